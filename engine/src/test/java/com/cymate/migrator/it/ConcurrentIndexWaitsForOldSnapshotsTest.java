package com.cymate.migrator.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.cymate.migrator.testkit.MigrationDir;
import com.cymate.migrator.testkit.MigratorProcess;
import com.cymate.migrator.testkit.PostgresExtension;
import com.cymate.migrator.testkit.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression: lock_timeout also bounded a CREATE INDEX CONCURRENTLY's wait for older snapshots, so
 * any open repeatable-read transaction failed the migration and left an INVALID index. A file of
 * only concurrent index commands now waits for them (they queue no traffic).
 */
@ExtendWith(PostgresExtension.class)
class ConcurrentIndexWaitsForOldSnapshotsTest {

  @Test
  void concurrentIndexOutlastsTheLockTimeoutWhileAnOldSnapshotIsOpen(
      TestDatabase db, @TempDir Path tmp) throws Exception {
    MigrationDir dir =
        MigrationDir.in(tmp)
            .pair(
                "app",
                "0001_create_t",
                "CREATE TABLE t (id int);\nINSERT INTO t SELECT generate_series(1, 1000);\n",
                "DROP TABLE t;\n")
            .pair(
                "app",
                "0002_index_t",
                "CREATE INDEX CONCURRENTLY t_id_idx ON t (id);\n",
                "DROP INDEX CONCURRENTLY t_id_idx;\n");
    assertThat(db.cli(dir.root(), "up", "--target", "1").exitCode()).isZero();

    try (Connection reader = db.connect();
        Statement s = reader.createStatement()) {
      reader.setAutoCommit(false);
      s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
      s.execute("SELECT count(*) FROM pg_class");
      MigratorProcess run = MigratorProcess.start(db, dir.root(), "up", "--lock-timeout", "1s");
      awaitIndexBuildWaiting(db);
      // well past the 1 s lock_timeout: the build must still be waiting, not failed
      Thread.sleep(2_000);
      assertThat(db.count("SELECT count(*) FROM pg_stat_progress_create_index")).isEqualTo(1);
      reader.commit();
      MigratorProcess.Result result = run.await();
      assertThat(result.exitCode()).as(result.toString()).isZero();
    }
    assertThat(
            db.value("SELECT indisvalid FROM pg_index WHERE indexrelid = 'app.t_id_idx'::regclass"))
        .isEqualTo("t");
  }

  private static void awaitIndexBuildWaiting(TestDatabase db) throws Exception {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (db.count("SELECT count(*) FROM pg_stat_progress_create_index") == 0) {
      assertThat(System.nanoTime()).as("index build never started").isLessThan(deadline);
      Thread.sleep(50);
    }
  }
}
