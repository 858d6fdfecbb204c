package com.cymate.migrator.it;

import static com.cymate.migrator.it.CaseFiles.SCHEMA;
import static org.assertj.core.api.Assertions.assertThat;

import com.cymate.migrator.testkit.MigrationDir;
import com.cymate.migrator.testkit.MigratorProcess;
import com.cymate.migrator.testkit.PostgresExtension;
import com.cymate.migrator.testkit.TestDatabase;
import com.cymate.migrator.testkit.TestDatabase.CliResult;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Case 19: an ALTER TABLE queued behind a long transaction must give up after lock_timeout instead
 * of stalling every reader queued behind it; retries can outlast a short blocker.
 */
@ExtendWith(PostgresExtension.class)
class Case19DdlLockQueueBlocksTrafficTest {

  private static final String FILE = "0002_add_archived_flag.up.sql";
  private static final String TABLE = "app.notification";
  private static final String READER =
      "SELECT count(*) FROM app.notification WHERE recipient = 'user42'";

  @Test
  void lockTimeoutFailsFastNamingFileLineStateAndBlocker(TestDatabase db, @TempDir Path tmp)
      throws Exception {
    MigrationDir dir = appliedFirst(db, tmp);
    try (Connection blocker = blocker(db)) {
      long blockerPid = pid(blocker);
      CompletableFuture<CliResult> migration =
          CompletableFuture.supplyAsync(
              () -> db.cli(dir.root(), "up", "--lock-timeout", "1s", "--lock-retries", "0"));
      Poll.until("the ALTER to queue behind the blocker", () -> Sessions.waitingFor(db, TABLE));

      // queued behind the ALTER, the reader waits at most until lock_timeout cancels it, never
      // for the blocker, which stays open until the reader has its answer
      assertThat(read(db)).isEqualTo(1);
      CliResult failed = migration.get();

      assertThat(failed.exitCode()).as(failed.err()).isEqualTo(5);
      assertThat(failed.err())
          .contains(FILE + ":1:1: ERROR: canceling statement due to lock timeout [SQLSTATE 55P03]")
          .contains("blocked by pid " + blockerPid);
      assertThat(db.versions(SCHEMA)).containsExactly(1L);
      assertThat(History.log(db, SCHEMA)).containsExactly("up 1 applied", "up 2 failed");
      assertThat(archivedColumns(db)).isZero();
      blocker.commit();
    }

    CliResult rerun = db.cli(dir.root(), "up", "--lock-timeout", "1s", "--lock-retries", "0");

    assertThat(rerun.exitCode()).as(rerun.err()).isZero();
    assertThat(db.versions(SCHEMA)).containsExactly(1L, 2L);
    assertThat(archivedColumns(db)).isEqualTo(1);
  }

  @Test
  void retriesOutlastABlockerThatCommitsMeanwhile(TestDatabase db, @TempDir Path tmp)
      throws Exception {
    MigrationDir dir = appliedFirst(db, tmp);
    MigratorProcess migration;
    try (Connection blocker = blocker(db)) {
      migration =
          MigratorProcess.start(
              db, dir.root(), "up", "--lock-timeout", "1s", "--lock-retries", "5");
      Poll.until("the first attempt to queue", () -> Sessions.waitingFor(db, TABLE));
      Poll.until("the first attempt to time out", () -> Sessions.waitingFor(db, TABLE) == null);
      blocker.commit();
    }

    MigratorProcess.Result done = migration.await();

    assertThat(done.exitCode()).as(done.toString()).isZero();
    assertThat(done.err())
        .contains(
            "schema app: 0002_add_archived_flag.up.sql hit lock_timeout; retrying (attempt 2 of 6)");
    assertThat(done.out()).contains("app: applied 1 migration(s) [2]");
    assertThat(archivedColumns(db)).isEqualTo(1);
    assertThat(History.log(db, SCHEMA)).containsExactly("up 1 applied", "up 2 applied");
  }

  private static MigrationDir appliedFirst(TestDatabase db, Path tmp) {
    MigrationDir dir = CaseFiles.copy("19-ddl-lock-queue-blocks-traffic", tmp);
    CliResult first = db.cli(dir.root(), "up", "--target", "1");
    assertThat(first.exitCode()).as(first.err()).isZero();
    return dir;
  }

  /** Like the case's blocker.sql: a transaction that has read the table and stays open. */
  private static Connection blocker(TestDatabase db) throws Exception {
    Connection c = db.connect();
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      s.execute("SELECT count(*) FROM app.notification");
    }
    return c;
  }

  private static long read(TestDatabase db) throws Exception {
    try (Connection c = db.connect();
        Statement s = c.createStatement()) {
      s.execute("SET statement_timeout = '60s'"); // hang guard only
      try (ResultSet rs = s.executeQuery(READER)) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static long pid(Connection c) throws Exception {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static long archivedColumns(TestDatabase db) throws Exception {
    return db.count(
        "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'app'"
            + " AND table_name = 'notification' AND column_name = 'archived'");
  }
}
