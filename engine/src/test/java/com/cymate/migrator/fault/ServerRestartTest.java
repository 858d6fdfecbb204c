package com.cymate.migrator.fault;

import static org.assertj.core.api.Assertions.assertThat;

import com.cymate.migrator.testkit.MigrationDir;
import com.cymate.migrator.testkit.TestDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PostgreSQL server restarts while a migrator is running: once in the middle of a migration,
 * once before the migrator could connect at all. A server of its own (fixed data directory and
 * port), since the shared test server must not go away.
 */
class ServerRestartTest {

  private static final String SCHEMA = "depot";

  @TempDir Path tmp;
  private Path data;
  private int port;
  private EmbeddedPostgres server;
  private MigratorProcess running;

  @AfterEach
  void stopEverything() throws IOException {
    if (running != null) {
      running.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void serverRestartedMidMigrationThenNextRunConvergesWithNothingHalfApplied() throws Exception {
    data = tmp.resolve("pgdata");
    port = freePort();
    startServer();
    MigrationDir dir = MigrationDir.in(tmp);
    writeMigrations(dir);
    TestDatabase db = new TestDatabase("postgres", port);

    CountDownLatch inSlowMigration = new CountDownLatch(1);
    running =
        MigratorProcess.start(
            Args.up(db.url(), dir.root(), "--wait", "30s"),
            line -> line.contains("applying 0002_"),
            p -> inSlowMigration.countDown());
    assertThat(inSlowMigration.await(60, TimeUnit.SECONDS)).as(running::describe).isTrue();
    restartServer();
    int code = running.waitFor();

    // 0002 sleeps for seconds: the restart lands inside it, so it fails (or rides through)
    assertThat(code).as(running::describe).isIn(0, 2, 6);
    assertThat(db.tableExists("depot.shelf"))
        .as("0002 is all or nothing")
        .isEqualTo(db.versions(SCHEMA).contains(2L));
    MigratorProcess next = MigratorProcess.start(Args.up(db.url(), dir.root(), "--wait", "30s"));
    assertThat(next.waitFor()).as(next::describe).isZero();
    assertConverged(db, 3);
  }

  @Test
  void migratorStartedWhileTheServerIsDownRidesThroughWithWait() throws Exception {
    data = tmp.resolve("pgdata");
    port = freePort();
    startServer();
    MigrationDir dir = MigrationDir.in(tmp);
    writeMigrations(dir);
    TestDatabase db = new TestDatabase("postgres", port);
    server.close();
    server = null;

    CountDownLatch retrying = new CountDownLatch(1);
    running =
        MigratorProcess.start(
            Args.up(db.url(), dir.root(), "--wait", "60s"),
            line -> line.contains("not ready yet"),
            p -> retrying.countDown());
    assertThat(retrying.await(60, TimeUnit.SECONDS)).as(running::describe).isTrue();
    startServer();
    assertThat(running.waitFor()).as(running::describe).isZero();
    assertConverged(db, 3);
  }

  private static void writeMigrations(MigrationDir dir) {
    dir.pair(
        SCHEMA,
        "0001_create_bin",
        "CREATE TABLE bin (id int PRIMARY KEY);\n"
            + "INSERT INTO bin SELECT generate_series(1, 100);\n",
        "DROP TABLE bin;\n");
    // long enough that a restart surely lands inside it; it writes before and after the sleep
    dir.pair(
        SCHEMA,
        "0002_create_shelf",
        """
        CREATE TABLE shelf (id int PRIMARY KEY, bin_id int NOT NULL REFERENCES bin (id));
        INSERT INTO shelf SELECT g, g FROM generate_series(1, 50) g;
        SELECT pg_sleep(4);
        INSERT INTO shelf SELECT g, g FROM generate_series(51, 100) g;
        """,
        "DROP TABLE shelf;\n");
    dir.pair(
        SCHEMA,
        "0003_create_label",
        "CREATE TABLE label (shelf_id int PRIMARY KEY REFERENCES shelf (id));\n",
        "DROP TABLE label;\n");
  }

  private static void assertConverged(TestDatabase db, int versions) throws SQLException {
    List<Long> all = LongStream.rangeClosed(1, versions).boxed().toList();
    assertThat(db.versions(SCHEMA)).isEqualTo(all);
    assertThat(
            db.column(
                "SELECT version FROM depot.schema_version_log WHERE direction = 'up'"
                    + " AND outcome = 'applied' ORDER BY version"))
        .map(Long::valueOf)
        .as("each version applied exactly once")
        .isEqualTo(all);
    assertThat(db.count("SELECT count(*) FROM depot.bin")).isEqualTo(100);
    assertThat(db.count("SELECT count(*) FROM depot.shelf")).isEqualTo(100);
    assertThat(db.tableExists("depot.label")).isTrue();
  }

  private void restartServer() throws IOException {
    server.close();
    server = null;
    startServer();
  }

  private void startServer() {
    try {
      server =
          EmbeddedPostgres.builder()
              .setDataDirectory(data)
              .setCleanDataDirectory(false)
              .setPort(port)
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
