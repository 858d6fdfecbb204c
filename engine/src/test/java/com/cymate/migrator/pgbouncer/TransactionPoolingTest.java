package com.cymate.migrator.pgbouncer;

import static org.assertj.core.api.Assertions.assertThat;

import com.cymate.migrator.fault.Args;
import com.cymate.migrator.fault.MigratorProcess;
import com.cymate.migrator.testkit.MigrationDir;
import com.cymate.migrator.testkit.PostgresExtension;
import com.cymate.migrator.testkit.TestDatabase;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Case 17: migrators connected through PgBouncer in transaction pooling mode, where a session-level
 * advisory lock would be taken, used and released on different server sessions. The engine takes a
 * transaction-scoped lock in the same transaction as each migration, so the expected behaviour is
 * (a): runners wait, each version is applied exactly once, every run exits 0, and no advisory lock
 * is left on the server.
 */
@ExtendWith(PostgresExtension.class)
class TransactionPoolingTest {

  private static final Pattern APPLIED = Pattern.compile(": applied (\\d+) migration");
  private static PgBouncer bouncer;

  @BeforeAll
  static void startBouncer() throws IOException {
    bouncer = PgBouncer.start(PostgresExtension.newDatabase().port());
  }

  @AfterAll
  static void stopBouncer() throws IOException {
    if (bouncer != null) {
      bouncer.close();
    }
  }

  @Test
  void case17TwoParallelRunsThenOneMoreApplyEachVersionOnceAndLeaveNoLock(
      TestDatabase db, @TempDir Path tmp) throws Exception {
    MigrationDir dir =
        MigrationDir.in(tmp)
            .copyFrom(MigrationDir.caseDir("17-advisory-lock-through-pgbouncer"), "widget");
    List<String> up = Args.up(bouncer.url(db.name()), dir.root());

    List<MigratorProcess> parallel = new ArrayList<>();
    try {
      parallel.addAll(MigratorProcess.startMany(2, up));
      assertAllSucceeded(parallel, 2);
    } finally {
      MigratorProcess.closeAll(parallel);
    }
    assertThat(advisoryLocks(db)).as("advisory locks left after the parallel runs").isZero();

    try (MigratorProcess third = MigratorProcess.start(up)) {
      assertThat(third.waitFor()).as(third::describe).isZero();
      assertThat(third.out()).contains("widget: applied 0 migration(s), up to date");
    }
    assertAppliedOnce(db, "widget", 2);
    assertThat(
            db.column(
                "SELECT column_name FROM information_schema.columns"
                    + " WHERE table_schema = 'widget' AND table_name = 'widget' ORDER BY ordinal_position"))
        .containsExactly("id", "name", "color");
    assertThat(advisoryLocks(db)).as("advisory locks left after the third run").isZero();
  }

  @Test
  void eightProcessesThroughTheBouncerApplyEachVersionExactlyOnce(
      TestDatabase db, @TempDir Path tmp) throws Exception {
    int count = 6;
    MigrationDir dir = MigrationDir.in(tmp);
    for (int v = 1; v <= count; v++) {
      // each one takes a moment, so the runners really overlap and wait for each other
      dir.pair(
          "ledger",
          String.format("%04d_create_account_%d", v, v),
          "CREATE TABLE account_"
              + v
              + " (id bigint PRIMARY KEY);\n"
              + "INSERT INTO account_"
              + v
              + " SELECT generate_series(1, 1000);\n"
              + "SELECT pg_sleep(0.1);\n",
          "DROP TABLE account_" + v + ";\n");
    }
    List<MigratorProcess> runners = new ArrayList<>();
    try {
      runners.addAll(MigratorProcess.startMany(8, Args.up(bouncer.url(db.name()), dir.root())));
      assertAllSucceeded(runners, count);
    } finally {
      MigratorProcess.closeAll(runners);
    }
    assertAppliedOnce(db, "ledger", count);
    for (int v = 1; v <= count; v++) {
      assertThat(db.count("SELECT count(*) FROM ledger.account_" + v)).isEqualTo(1000);
    }
    assertThat(advisoryLocks(db)).isZero();
  }

  /**
   * The case's note: a non-transactional migration cannot be protected by a transaction-scoped
   * lock, so through a transaction-pooling proxy it is refused with a specific message, before it
   * runs; the transactional migration before it is applied normally.
   */
  @Test
  void nonTransactionalMigrationThroughTheBouncerIsRefusedBeforeItRuns(
      TestDatabase db, @TempDir Path tmp) throws Exception {
    MigrationDir dir =
        MigrationDir.in(tmp)
            .pair(
                "catalog",
                "0001_create_part",
                "CREATE TABLE part (id int PRIMARY KEY, code text);\n",
                "DROP TABLE part;\n")
            .pair(
                "catalog",
                "0002_index_part_code",
                "-- migrator:no-transaction\nCREATE INDEX CONCURRENTLY part_code_idx ON part (code);\n",
                "-- migrator:no-transaction\nDROP INDEX CONCURRENTLY part_code_idx;\n");

    try (MigratorProcess run = MigratorProcess.start(Args.up(bouncer.url(db.name()), dir.root()))) {
      assertThat(run.waitFor()).as(run::describe).isEqualTo(3);
      assertThat(run.err())
          .contains("0002_index_part_code.up.sql", "multiplexed", "Nothing was executed");
    }
    // refused before the run executes anything, not only when it reaches 0002
    assertThat(db.versions("catalog")).isEmpty();
    assertThat(db.value("SELECT to_regclass('catalog.part')")).isNull();
    assertThat(advisoryLocks(db)).isZero();

    // connected directly, the same files apply
    assertThat(db.cli(dir.root(), "up").exitCode()).isZero();
    assertThat(db.versions("catalog")).containsExactly(1L, 2L);
  }

  private static void assertAllSucceeded(List<MigratorProcess> runners, int migrations) {
    List<Integer> codes = MigratorProcess.waitForAll(runners);
    StringBuilder story = new StringBuilder();
    runners.forEach(p -> story.append(p.describe()).append('\n'));
    story.append("--- pgbouncer:\n").append(bouncer.log());
    assertThat(codes).as(story.toString()).containsOnly(0);
    assertThat(runners.stream().mapToInt(TransactionPoolingTest::appliedCount).sum())
        .as("migrations applied, summed over all runners; %s", story)
        .isEqualTo(migrations);
  }

  private static int appliedCount(MigratorProcess p) {
    Matcher m = APPLIED.matcher(p.out());
    return m.find() ? Integer.parseInt(m.group(1)) : -1000;
  }

  /** Every version in the history once, and exactly one successful 'up' of it in the log. */
  private static void assertAppliedOnce(TestDatabase db, String schema, int count)
      throws SQLException {
    List<Long> all = LongStream.rangeClosed(1, count).boxed().toList();
    assertThat(db.versions(schema)).isEqualTo(all);
    assertThat(
            db.column(
                "SELECT version FROM "
                    + schema
                    + ".schema_version_log WHERE direction = 'up'"
                    + " AND outcome = 'applied' ORDER BY version"))
        .map(Long::valueOf)
        .isEqualTo(all);
  }

  /**
   * Advisory locks held on the server for this test's database, asked directly, not via the pool.
   */
  private static long advisoryLocks(TestDatabase db) throws SQLException {
    return db.count(
        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
            + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())");
  }
}
