package com.cymate.migrator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.cymate.migrator.testkit.MigrationDir;
import com.cymate.migrator.testkit.PostgresExtension;
import com.cymate.migrator.testkit.TestDatabase;
import com.cymate.migrator.testkit.TestDatabase.CliResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Issue 3 item 3: lint as a command, as warnings during up, and as errors with --strict. */
@ExtendWith(PostgresExtension.class)
class LintCommandTest {

  private static MigrationDir lockHeavy(Path tmp) {
    return MigrationDir.in(tmp)
        .pair(
            "app",
            "0001_create_t",
            "CREATE TABLE t (id int, name text);\nCREATE INDEX t_name_idx ON t (name);\n",
            "DROP TABLE t;\n")
        .pair(
            "app",
            "0002_index_t",
            "-- an index on a table that already has traffic\nCREATE INDEX t_id_idx ON t (id);\n",
            "DROP INDEX t_id_idx;\n");
  }

  @Test
  void lintNamesFileLineRuleAndTheSaferWay(TestDatabase db, @TempDir Path tmp) {
    CliResult r = db.cli(lockHeavy(tmp).root(), "lint");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains(
            "0002_index_t.up.sql:2: [index-not-concurrently]",
            "safer: CREATE INDEX CONCURRENTLY",
            "1 lint warning(s)")
        .doesNotContain("0001_create_t.up.sql");
    assertThat(db.cli(lockHeavy(tmp).root(), "lint", "--strict").exitCode()).isEqualTo(4);
  }

  @Test
  void upWarnsButStrictUpRefusesBeforeApplyingAnything(TestDatabase db, @TempDir Path tmp)
      throws Exception {
    MigrationDir dir = lockHeavy(tmp);
    CliResult strict = db.cli(dir.root(), "up", "--strict");
    assertThat(strict.exitCode()).isEqualTo(4);
    assertThat(strict.err()).contains("0002_index_t.up.sql:2: [index-not-concurrently]");
    assertThat(db.versions("app")).isEmpty();

    assertThat(db.cli(dir.root(), "up").exitCode()).isZero();
    assertThat(db.versions("app")).containsExactly(1L, 2L);
    CliResult pending = db.cli(dir.root(), "lint", "--pending", "--strict");
    assertThat(pending.exitCode()).isZero();
    assertThat(pending.out()).contains("0 lint warning(s)");
  }

  @Test
  void lintIgnoreAcceptsARuleForOneFile(TestDatabase db, @TempDir Path tmp) {
    MigrationDir dir = lockHeavy(tmp);
    dir.write(
        "app",
        "0002_index_t.up.sql",
        "-- migrator:lint-ignore=index-not-concurrently\n"
            + "-- the table is empty when this ships\n"
            + "CREATE INDEX t_id_idx ON t (id);\n");
    CliResult r = db.cli(dir.root(), "lint", "--strict");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("0 lint warning(s)");
  }
}
