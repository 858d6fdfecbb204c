package com.cymate.migrator.it;

import static com.cymate.migrator.it.CaseFiles.SCHEMA;
import static org.assertj.core.api.Assertions.assertThat;

import com.cymate.migrator.testkit.MigrationDir;
import com.cymate.migrator.testkit.PostgresExtension;
import com.cymate.migrator.testkit.TestDatabase;
import com.cymate.migrator.testkit.TestDatabase.CliResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Case 09: a migration with an SQL error at line 7 fails with file:line:column, leaves no trace and
 * no dirty flag; the fixed file then applies with no manual step.
 */
@ExtendWith(PostgresExtension.class)
class Case09FailedMigrationDirtyStateTest {

  private static final String CASE = "09-failed-migration-dirty-state";
  private static final String FILE = "0002_add_customer_note.up.sql";

  @Test
  void failingMigrationLeavesNoTraceAndTheFixedFileApplies(TestDatabase db, @TempDir Path tmp)
      throws Exception {
    MigrationDir dir = CaseFiles.copy(CASE, tmp);

    CliResult failed = db.cli(dir.root(), "up");

    assertThat(failed.exitCode()).isEqualTo(2);
    assertThat(failed.err())
        .contains(FILE + ":7:1: ERROR: syntax error at or near \")\" [SQLSTATE 42601]")
        .doesNotContain("\tat ");
    assertThat(failed.err().lines()).hasSize(1);
    assertThat(db.versions(SCHEMA)).containsExactly(1L);
    assertThat(db.value("SELECT name FROM app.customer")).isEqualTo("first customer");
    assertThat(
            db.count(
                "SELECT count(*) FROM information_schema.columns"
                    + " WHERE table_schema = 'app' AND table_name = 'customer' AND column_name = 'email'"))
        .isZero();
    assertThat(db.tableExists("app.customer_note")).isFalse();
    // the failure is audited in the log, but leaves no history row that would block a rerun
    assertThat(History.log(db, SCHEMA)).containsExactly("up 1 applied", "up 2 failed");

    CaseFiles.replace(dir, CASE, "fixed/" + FILE);
    CliResult fixed = db.cli(dir.root(), "up");

    assertThat(fixed.exitCode()).as(fixed.err()).isZero();
    assertThat(fixed.out()).contains("app: applied 1 migration(s) [2]");
    assertThat(db.versions(SCHEMA)).containsExactly(1L, 2L);
    assertThat(db.tableExists("app.customer_note")).isTrue();
    assertThat(History.field(db, SCHEMA, 2, "up_checksum"))
        .isEqualTo(CanonicalChecksum.of(CaseFiles.file(dir, FILE)));
    assertThat(db.cli(dir.root(), "validate").exitCode()).isZero();
    assertThat(History.log(db, SCHEMA))
        .containsExactly("up 1 applied", "up 2 failed", "up 2 applied");
  }

  @Test
  void failureInTheMiddleOfARunKeepsEarlierMigrationsOfThatRun(TestDatabase db, @TempDir Path tmp)
      throws Exception {
    MigrationDir dir = CaseFiles.copy(CASE, tmp);
    dir.pair(SCHEMA, "0003_later", "CREATE TABLE later (id int);", "DROP TABLE later;");

    CliResult failed = db.cli(dir.root(), "up");

    assertThat(failed.exitCode()).isEqualTo(2);
    assertThat(db.versions(SCHEMA)).containsExactly(1L);
    assertThat(db.tableExists("app.customer")).isTrue();
    assertThat(db.tableExists("app.later")).isFalse();
    assertThat(db.cli(dir.root(), "status").out())
        .contains("schema app: version 1, 1 applied, 2 pending\n")
        .doesNotContain("DIRTY");
  }
}
