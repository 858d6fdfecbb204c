package com.cymate.migrator.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import com.cymate.migrator.testkit.Json;
import com.cymate.migrator.testkit.MigrationDir;
import com.cymate.migrator.testkit.TestDatabase;
import com.cymate.migrator.testkit.TestDatabase.CliResult;
import java.util.List;
import java.util.Map;

/**
 * One malformed input of the catalog: how to build it, the command line to run, and what a careful
 * operator expects back.
 *
 * @param args the command line without the connection and {@code --dir} (added unless given)
 * @param expectedMessageParts text the one {@code migrator:} line on stderr must contain (for exit
 *     0: text stdout must contain)
 * @param check what must hold afterwards; by default the database is exactly as before the run
 */
record BadInput(
    String name,
    Setup setup,
    List<String> args,
    int expectedExit,
    List<String> expectedMessageParts,
    Check check) {

  /** The schema folder every case uses unless it is about the folder name itself. */
  static final String SCHEMA = "app";

  static final Check UNCHANGED =
      (db, before, result) ->
          assertThat(Snapshot.of(db)).as("database after the run").isEqualTo(before);

  /**
   * A transactional script failed and was rolled back: nothing changed but one audit row appended
   * to the log, naming the direction, the version and the file.
   */
  static Check rolledBackAndLogged(String direction, long version, String file) {
    return (db, before, result) -> {
      Snapshot after = Snapshot.of(db);
      assertThat(after.withoutLog()).as("database after the run").isEqualTo(before.withoutLog());
      assertThat(after.log())
          .as("log")
          .hasSize(before.log().size() + 1)
          .startsWith(before.log().toArray(String[]::new));
      Map<String, Object> row = Json.object(Json.parse(after.log().get(before.log().size())));
      assertThat(row)
          .containsEntry("direction", direction)
          .containsEntry("version", version)
          .containsEntry("outcome", "failed");
      assertThat((String) row.get("detail")).startsWith(file + ":");
    };
  }

  /** Writes files and prepares the database before the snapshot is taken. */
  @FunctionalInterface
  interface Setup {
    void prepare(TestDatabase db, MigrationDir dir) throws Exception;

    default Setup then(Setup next) {
      return (db, dir) -> {
        prepare(db, dir);
        next.prepare(db, dir);
      };
    }
  }

  /** What must hold after the run, given the snapshot taken just before it. */
  @FunctionalInterface
  interface Check {
    void verify(TestDatabase db, Snapshot before, CliResult result) throws Exception;
  }

  /** {@code up} fails with this exit code and leaves the database as it was. */
  static BadInput refused(String name, Setup setup, int exit, String... messageParts) {
    return new BadInput(name, setup, List.of("up"), exit, List.of(messageParts), UNCHANGED);
  }

  /** {@code up} succeeds; {@code check} says what it must have done. */
  static BadInput accepted(String name, Setup setup, Check check, String... outputParts) {
    return new BadInput(name, setup, List.of("up"), 0, List.of(outputParts), check);
  }

  BadInput args(String... commandLine) {
    return new BadInput(
        name, setup, List.of(commandLine), expectedExit, expectedMessageParts, check);
  }

  BadInput check(Check newCheck) {
    return new BadInput(name, setup, args, expectedExit, expectedMessageParts, newCheck);
  }

  @Override
  public String toString() {
    return name;
  }
}
