package com.cymate.migrator.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.cymate.migrator.testkit.MigrationDir;
import com.cymate.migrator.testkit.PostgresExtension;
import com.cymate.migrator.testkit.TestDatabase;
import com.cymate.migrator.testkit.TestDatabase.CliResult;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A non-transactional migration recorded in progress is "running" while its runner's server session
 * lives, and dirty once it is gone. Regression: status called a live CIC dirty, and repair
 * --drop-invalid-indexes then killed it.
 */
@ExtendWith(PostgresExtension.class)
class RunningVersusDirtyTest {

  private static final String CLAIM =
      "INSERT INTO app.schema_version (version, description, up_checksum, down_checksum,"
          + " checksum_algorithm, down_sql, state, transactional, runner_backend)"
          + " SELECT 2, 'index_t', 'x', 'y', 'sha256-utf8-lf-nobom-v1', '', 'in_progress', false,"
          + " pid || ':' || extract(epoch FROM backend_start) FROM pg_stat_activity"
          + " WHERE pid = pg_backend_pid()";

  @Test
  void aLiveRunnersMigrationIsRunningAndItsIndexesAreNotDropped(TestDatabase db, @TempDir Path tmp)
      throws Exception {
    MigrationDir dir =
        MigrationDir.in(tmp)
            .pair("app", "0001_create_t", "CREATE TABLE t (id int);\n", "DROP TABLE t;\n")
            .pair(
                "app",
                "0002_index_t",
                "CREATE INDEX CONCURRENTLY t_id_idx ON t (id);\n",
                "DROP INDEX CONCURRENTLY t_id_idx;\n");
    assertThat(db.cli(dir.root(), "up", "--target", "1").exitCode()).isZero();

    long runnerPid;
    try (Connection runner = db.connect();
        Statement s = runner.createStatement()) {
      s.execute(CLAIM);
      runnerPid =
          Long.parseLong(
              db.value(
                  "SELECT max(pid) FROM pg_stat_activity WHERE pid ="
                      + " (SELECT split_part(runner_backend, ':', 1)::int FROM app.schema_version"
                      + " WHERE version = 2)"));
      CliResult status = db.cli(dir.root(), "status");
      assertThat(status.out()).contains("1 running now").doesNotContain("DIRTY");
      assertThat(db.cli(dir.root(), "validate").exitCode()).isZero();
      CliResult drop = db.cli(dir.root(), "repair", "--schema", "app", "--drop-invalid-indexes");
      assertThat(drop.exitCode()).isEqualTo(4);
      assertThat(drop.err()).contains("version 2 of schema app is still running");
    }

    // a closed connection's backend exits a moment later
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (db.count("SELECT count(*) FROM pg_stat_activity WHERE pid = " + runnerPid) > 0
        && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    CliResult afterDeath = db.cli(dir.root(), "status");
    assertThat(afterDeath.out()).contains("DIRTY");
    assertThat(db.cli(dir.root(), "validate").exitCode()).isEqualTo(8);
  }
}
