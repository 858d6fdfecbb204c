package com.cymate.migrator.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import com.cymate.migrator.testkit.MigrationDir;
import com.cymate.migrator.testkit.PostgresExtension;
import com.cymate.migrator.testkit.TestDatabase;
import com.cymate.migrator.testkit.TestDatabase.CliResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input catalog (issue 3, item 8): each malformed input runs through the real CLI against a
 * fresh database and must give its exact exit code, one {@code migrator:} line on stderr that names
 * the file (and line and column where there is one), no stack trace, and, unless the input is
 * allowed, a database exactly as it was before the run.
 */
@ExtendWith(PostgresExtension.class)
class BadInputCatalogTest {

  static Stream<BadInput> catalog() {
    return Stream.of(
            FileInputs.all(), ScriptInputs.all(), HistoryInputs.all(), CommandLineInputs.all())
        .flatMap(s -> s);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalog")
  void badInputGivesItsExitCodeAndOneLineAndChangesNothing(
      BadInput input, TestDatabase db, @TempDir Path tmp) throws Exception {
    assertHandled(input, db, tmp);
  }

  @Test
  void targetThatIsNotANumberIsInvalidInput(TestDatabase db, @TempDir Path tmp) throws Exception {
    assertHandled(RegressionInputs.targetNotANumber(), db, tmp);
  }

  @Test
  void lockTimeoutThatIsNotADurationIsInvalidInput(TestDatabase db, @TempDir Path tmp)
      throws Exception {
    assertHandled(RegressionInputs.lockTimeoutNotADuration(), db, tmp);
  }

  @Test
  void validatePrintsEachProblemOnce(TestDatabase db, @TempDir Path tmp) throws Exception {
    assertHandled(RegressionInputs.validateWithDrift(), db, tmp);
  }

  @Test
  void droppedHistoryColumnIsReportedOnOneLine(TestDatabase db, @TempDir Path tmp)
      throws Exception {
    assertHandled(RegressionInputs.historyColumnDropped(), db, tmp);
  }

  @Test
  void droppedHistoryLogIsAValidationFailure(TestDatabase db, @TempDir Path tmp) throws Exception {
    assertHandled(RegressionInputs.historyLogDropped(), db, tmp);
  }

  @Test
  void nulByteIsRefusedBeforeRunning(TestDatabase db, @TempDir Path tmp) throws Exception {
    assertHandled(RegressionInputs.nulByte(), db, tmp);
  }

  @Test
  void versionZeroIsReservedForTargetZero(TestDatabase db, @TempDir Path tmp) throws Exception {
    assertHandled(RegressionInputs.versionZeroIsRefused(), db, tmp);
  }

  private static void assertHandled(BadInput input, TestDatabase db, Path tmp) throws Exception {
    MigrationDir dir = MigrationDir.in(tmp);
    Files.createDirectories(dir.root());
    input.setup().prepare(db, dir);
    Snapshot before = Snapshot.of(db);

    CliResult result = run(db, dir.root(), input.args());

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(input.expectedExit());
    assertThat(result.out() + result.err())
        .as("no stack trace")
        .doesNotContain("\tat ")
        .doesNotContainPattern("[A-Za-z]+(Exception|Error)\\b");
    if (input.expectedExit() == 0) {
      assertThat(result.err()).as(result.toString()).isEmpty();
      assertThat(result.out()).contains(input.expectedMessageParts());
    } else {
      assertThat(result.err().lines().toList())
          .as(result.toString())
          .singleElement()
          .asString()
          .startsWith("migrator:")
          .contains(input.expectedMessageParts());
    }
    input.check().verify(db, before, result);
  }

  /** Through {@code db.cli}, unless the case brings its own connection URL or directory. */
  private static CliResult run(TestDatabase db, Path dir, List<String> args) {
    if (!args.contains("--url") && !args.contains("--dir")) {
      return db.cli(dir, args.toArray(String[]::new));
    }
    List<String> all = new ArrayList<>(args);
    if (!all.contains("--url")) {
      all.addAll(List.of("--url", db.url(), "--user", TestDatabase.USER));
    }
    if (!all.contains("--dir")) {
      all.addAll(List.of("--dir", dir.toString()));
    }
    return CliResult.run(all.toArray(String[]::new), Map.of());
  }
}
