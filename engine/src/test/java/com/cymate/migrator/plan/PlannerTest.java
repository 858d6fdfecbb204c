package com.cymate.migrator.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.cymate.migrator.ExitCode;
import com.cymate.migrator.history.AppliedMigration;
import com.cymate.migrator.history.MigrationState;
import com.cymate.migrator.source.Checksum;
import com.cymate.migrator.source.InMemorySource;
import com.cymate.migrator.source.Migration;
import com.cymate.migrator.source.MigrationAssembler;
import com.cymate.migrator.source.Version;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The planner is a pure function: files and rows in, statuses and problems out. */
class PlannerTest {

  private static final String S = "patch_api";

  private static List<Migration> files(long... versions) {
    InMemorySource source = new InMemorySource();
    for (long v : versions) {
      String base = String.format("%04d_m%d", v, v);
      source.add(S, base + ".up.sql", "CREATE TABLE t" + v + " (id int);");
      source.add(S, base + ".down.sql", "DROP TABLE t" + v + ";");
    }
    return new MigrationAssembler(source).load(S);
  }

  private static AppliedMigration row(Migration m, MigrationState state, long rank) {
    return new AppliedMigration(
        m.version(),
        m.description(),
        m.up().checksum(),
        m.down().checksum(),
        Checksum.ALGORITHM,
        m.down().text(),
        state,
        "postgres",
        "me@host",
        null,
        1,
        rank,
        state == MigrationState.APPLIED,
        null,
        null);
  }

  private static List<AppliedMigration> applied(List<Migration> files, long... versions) {
    List<AppliedMigration> rows = new ArrayList<>();
    for (long v : versions) {
      Migration m = files.stream().filter(f -> f.version().value() == v).findFirst().orElseThrow();
      rows.add(row(m, MigrationState.APPLIED, rows.size() + 1));
    }
    return rows;
  }

  @Test
  void emptyHistoryMakesEverythingPendingInNumericOrder() {
    Plan plan = Planner.plan(S, files(10, 9, 1, 10000, 9999), List.of(), PlanOptions.DEFAULT);
    assertThat(plan.pending())
        .extracting(m -> m.version().value())
        .containsExactly(1L, 9L, 10L, 9999L, 10000L);
    assertThat(plan.problems()).isEmpty();
    assertThat(plan.current()).isEmpty();
  }

  @Test
  void appliedVersionsAreNotPendingAndCurrentIsTheNewest() {
    List<Migration> files = files(1, 2, 3);
    Plan plan = Planner.plan(S, files, applied(files, 1, 2), PlanOptions.DEFAULT);
    assertThat(plan.pending()).extracting(m -> m.version().value()).containsExactly(3L);
    assertThat(plan.current()).contains(new Version(2));
    assertThat(plan.count(Status.APPLIED)).isEqualTo(2);
  }

  @Test
  void targetStopsThePlan() {
    Plan plan = Planner.plan(S, files(1, 2, 3), List.of(), new PlanOptions(new Version(2), false));
    assertThat(plan.pending()).extracting(m -> m.version().value()).containsExactly(1L, 2L);
  }

  @Test
  void changedUpFileIsDriftNamingFileAndBothChecksums() {
    List<Migration> files = files(1);
    AppliedMigration edited = row(files.get(0), MigrationState.APPLIED, 1);
    edited =
        new AppliedMigration(
            edited.version(),
            edited.description(),
            "0".repeat(64),
            edited.downChecksum(),
            edited.checksumAlgorithm(),
            edited.downSql(),
            edited.state(),
            edited.appliedBy(),
            edited.appliedFrom(),
            null,
            1,
            1,
            true,
            null,
            null);
    Plan plan = Planner.plan(S, files, List.of(edited), PlanOptions.DEFAULT);
    assertThat(plan.entries().get(0).status()).isEqualTo(Status.DRIFTED);
    assertThat(plan.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.exitCode()).isEqualTo(ExitCode.VALIDATION_FAILED);
              assertThat(p.message())
                  .contains("0001_m1.up.sql", "0".repeat(64), files.get(0).up().checksum());
            });
  }

  @Test
  void rowOfAnotherChecksumAlgorithmIsNeverDrift() {
    List<Migration> files = files(1);
    AppliedMigration r = row(files.get(0), MigrationState.APPLIED, 1);
    AppliedMigration old =
        new AppliedMigration(
            r.version(),
            r.description(),
            "md5-of-something",
            r.downChecksum(),
            "md5-v0",
            r.downSql(),
            r.state(),
            r.appliedBy(),
            r.appliedFrom(),
            null,
            1,
            1,
            true,
            null,
            null);
    assertThat(Planner.plan(S, files, List.of(old), PlanOptions.DEFAULT).problems()).isEmpty();
  }

  @Test
  void appliedVersionWithoutFileMeansTheDatabaseIsAhead() {
    List<Migration> files = files(1, 2);
    Plan plan = Planner.plan(S, files.subList(0, 1), applied(files, 1, 2), PlanOptions.DEFAULT);
    assertThat(plan.entries())
        .extracting(Entry::status)
        .containsExactly(Status.APPLIED, Status.MISSING_FILE);
    assertThat(plan.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.exitCode()).isEqualTo(ExitCode.DATABASE_AHEAD));
  }

  @Test
  void lateMergedVersionsAreRefusedUnlessOutOfOrder() {
    List<Migration> files = files(1, 2, 3, 4, 5);
    List<AppliedMigration> rows = applied(files, 1, 2, 5);
    Plan plan = Planner.plan(S, files, rows, PlanOptions.DEFAULT);
    assertThat(plan.pending()).isEmpty();
    assertThat(plan.problems())
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.message())
                    .contains(
                        "0003_m3.up.sql, 0004_m4.up.sql",
                        "latest applied version 5",
                        "--out-of-order"));
    Plan allowed = Planner.plan(S, files, rows, new PlanOptions(null, true));
    assertThat(allowed.problems()).isEmpty();
    assertThat(allowed.pending()).extracting(m -> m.version().value()).containsExactly(3L, 4L);
  }

  @Test
  void unfinishedNonTransactionalRowMakesTheSchemaDirty() {
    List<Migration> files = files(1, 2);
    List<AppliedMigration> rows = new ArrayList<>(applied(files, 1));
    rows.add(row(files.get(1), MigrationState.FAILED, 2));
    Plan plan = Planner.plan(S, files, rows, PlanOptions.DEFAULT);
    assertThat(plan.entries().get(1).status()).isEqualTo(Status.FAILED);
    assertThat(plan.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.exitCode()).isEqualTo(ExitCode.DIRTY);
              assertThat(p.message()).contains("repair --schema patch_api --version 2");
            });
  }
}
