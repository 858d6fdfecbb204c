package com.cymate.migrator.pgbouncer;

import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PgBouncer (Debian's package) in transaction pooling mode in front of a PostgreSQL server,
 * with two server connections per database: the setting where session-level advisory locks stop
 * protecting anything (case 17). It refuses to run as root, so it runs as {@code postgres}, with
 * its files in a temporary folder that user can read.
 */
final class PgBouncer implements AutoCloseable {

  private static final Path BINARY = Path.of("/usr/sbin/pgbouncer");
  private static final long START_TIMEOUT_MS = 20_000;

  private final Process process;
  private final Path dir;
  private final int port;
  private final StringBuffer log = new StringBuffer();

  private PgBouncer(Process process, Path dir, int port) {
    this.process = process;
    this.dir = dir;
    this.port = port;
    Thread reader = new Thread(this::readLog, "pgbouncer-log");
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts PgBouncer in front of the server on {@code serverPort}; returns once it accepts. */
  static PgBouncer start(int serverPort) throws IOException {
    return start(serverPort, new String[0]);
  }

  /** As {@link #start(int)}, with extra {@code [pgbouncer]} settings such as rotation. */
  static PgBouncer start(int serverPort, String... settings) throws IOException {
    if (!Files.isExecutable(BINARY)) {
      fail(BINARY + " is not installed: run scripts/install-test-deps.sh (it installs pgbouncer)");
    }
    Path dir = Files.createTempDirectory("pgbouncer");
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    int port = freePort();
    Path userlist = readable(dir.resolve("userlist.txt"), "\"postgres\" \"\"\n");
    Path ini = readable(dir.resolve("pgbouncer.ini"), config(serverPort, port, userlist, settings));
    Process p =
        new ProcessBuilder(BINARY.toString(), "-u", "postgres", ini.toString())
            .redirectErrorStream(true)
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
            .start();
    PgBouncer bouncer = new PgBouncer(p, dir, port);
    bouncer.awaitReady();
    return bouncer;
  }

  private static String config(int serverPort, int port, Path userlist, String... settings) {
    // [pgbouncer] is the last section, so extra settings go at the end
    return baseConfig(serverPort, port, userlist) + String.join("\n", settings) + "\n";
  }

  private static String baseConfig(int serverPort, int port, Path userlist) {
    return String.join(
        "\n",
        "[databases]",
        "* = host=127.0.0.1 port=" + serverPort,
        "",
        "[pgbouncer]",
        "listen_addr = 127.0.0.1",
        "listen_port = " + port,
        "unix_socket_dir =",
        "auth_type = trust",
        "auth_file = " + userlist,
        "pool_mode = transaction",
        "default_pool_size = 2",
        "max_client_conn = 200",
        // pgjdbc sends it at start-up; PgBouncer refuses unknown start-up parameters
        "ignore_startup_parameters = extra_float_digits",
        "server_reset_query_always = 0",
        "logfile =",
        "pidfile =",
        "");
  }

  /** A JDBC URL through the pooler; pgjdbc must not use server-side prepared statements here. */
  String url(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?prepareThreshold=0";
  }

  String log() {
    return log.toString();
  }

  private void awaitReady() {
    long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
    while (true) {
      if (!process.isAlive()) {
        fail("pgbouncer exited with " + process.exitValue() + " at start:\n" + log);
      }
      try {
        DriverManager.getConnection(url("postgres"), "postgres", "").close();
        return;
      } catch (SQLException e) {
        if (System.currentTimeMillis() > deadline) {
          fail("pgbouncer did not accept connections within " + START_TIMEOUT_MS + " ms:\n" + log);
        }
      }
      pause();
    }
  }

  private void readLog() {
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        log.append(line).append('\n');
      }
    } catch (IOException e) {
      log.append("[log reading stopped: ").append(e).append("]\n");
    }
  }

  @Override
  public void close() throws IOException {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(f);
      }
    }
  }

  private static Path readable(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    return file;
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new IOException("interrupted while waiting for pgbouncer"));
    }
  }
}
