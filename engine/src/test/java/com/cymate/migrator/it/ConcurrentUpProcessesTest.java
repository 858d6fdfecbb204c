package com.cymate.migrator.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.cymate.migrator.testkit.MigrationDir;
import com.cymate.migrator.testkit.MigratorProcess;
import com.cymate.migrator.testkit.PostgresExtension;
import com.cymate.migrator.testkit.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several real {@code java -jar migrator.jar up} processes started at once against one database
 * (one init container per replica): all succeed and every version is applied exactly once.
 */
@ExtendWith(PostgresExtension.class)
class ConcurrentUpProcessesTest {

  private static final int RUNNERS = 4;

  @Test
  void fourProcessesApplyEveryVersionExactlyOnce(TestDatabase db, @TempDir Path tmp)
      throws Exception {
    MigrationDir dir =
        MigrationDir.in(tmp)
            .copyFrom(MigrationDir.repoRoot().resolve("sql/patch_api"), "patch_api")
            .copyFrom(MigrationDir.repoRoot().resolve("sql/upgrade_api"), "upgrade_api")
            // a third schema whose first migration keeps the lock long enough for the others to
            // pile up behind it, and whose second fails if it ever runs twice
            .pair(
                "race",
                "0001_create_item",
                "CREATE TABLE item (id int);\nSELECT pg_sleep(1);\n",
                "DROP TABLE item;\n")
            .pair(
                "race",
                "0002_add_note",
                "ALTER TABLE item ADD COLUMN note text;\n",
                "ALTER TABLE item DROP COLUMN note;\n");

    List<MigratorProcess.Result> runs =
        MigratorProcess.awaitAll(MigratorProcess.startAll(RUNNERS, db, dir.root(), "up"));

    for (MigratorProcess.Result r : runs) {
      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(r.err()).doesNotContain("already exists", "duplicate key", "ERROR");
    }
    for (String schema : List.of("patch_api", "upgrade_api")) {
      assertThat(RunnerOutput.appliedPerRunner(runs, schema))
          .as("each version applied by exactly one runner")
          .containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
      assertThat(db.versions(schema)).containsExactly(1L, 2L, 3L, 4L);
      assertThat(History.log(db, schema))
          .containsExactly(
              "up 1 applied", "up 2 applied", "up 3 applied", "up 4 started", "up 4 applied");
    }
    assertThat(RunnerOutput.appliedPerRunner(runs, "race")).containsExactlyInAnyOrder(1L, 2L);
    assertThat(History.log(db, "race")).containsExactly("up 1 applied", "up 2 applied");
    assertThat(
            db.count(
                "SELECT count(*) FROM information_schema.columns"
                    + " WHERE table_schema = 'race' AND table_name = 'item'"))
        .isEqualTo(2);
  }

  @Test
  void waitersGiveUpAfterLockWaitNamingTheHolder(TestDatabase db, @TempDir Path tmp)
      throws Exception {
    MigrationDir dir =
        MigrationDir.in(tmp)
            .pair(
                "app",
                "0001_slow",
                "CREATE TABLE slow (id int);\nSELECT pg_sleep(5);\n",
                "DROP TABLE slow;\n");
    MigratorProcess holder = MigratorProcess.start(db, dir.root(), "up");
    long holderPid =
        Poll.until("the holder to sleep in 0001", () -> Sessions.running(db, "pg_sleep(5)"));

    List<MigratorProcess.Result> waiters =
        MigratorProcess.awaitAll(
            MigratorProcess.startAll(2, db, dir.root(), "up", "--lock-wait", "1s"));
    MigratorProcess.Result held = holder.await();

    for (MigratorProcess.Result w : waiters) {
      assertThat(w.exitCode()).as(w.toString()).isEqualTo(5);
      assertThat(w.err())
          .contains(
              "could not acquire the migration lock of schema app within 1 s; held by pid "
                  + holderPid
                  + " (application_name ")
          .contains("client 127.0.0.1")
          .contains("active: SELECT pg_sleep(5)");
      assertThat(w.out()).isEmpty();
    }
    assertThat(held.exitCode()).as(held.toString()).isZero();
    assertThat(History.log(db, "app")).containsExactly("up 1 applied");
  }

  /**
   * The lock-timeout message and pg_stat_activity should show a migrator as 'migrator': the
   * connection sets application_name, but the RESET ALL before each migration clears it because
   * pgjdbc sends it with SET after connecting unless assumeMinServerVersion is 9.0 or later.
   */
  @Test
  void migrationSessionKeepsApplicationNameMigrator(TestDatabase db, @TempDir Path tmp)
      throws Exception {
    MigrationDir dir =
        MigrationDir.in(tmp)
            .pair(
                "app",
                "0001_seen",
                "CREATE TABLE seen AS SELECT current_setting(" + "'application_name') AS name;\n",
                "DROP TABLE seen;\n");

    assertThat(db.cli(dir.root(), "up").exitCode()).isZero();

    assertThat(db.value("SELECT name FROM app.seen")).isEqualTo("migrator");
  }
}
