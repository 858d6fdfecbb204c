package com.cymate.migrator.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;

/**
 * Starts the embedded server on a data directory that survives the process, so {@code up} and a
 * later {@code status} see the same database.
 */
public final class EmbeddedServer implements AutoCloseable {

  private final EmbeddedPostgres postgres;

  private EmbeddedServer(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  public static EmbeddedServer start(Path home) {
    try {
      Path data = home.resolve("data");
      Files.createDirectories(home);
      return new EmbeddedServer(
          EmbeddedPostgres.builder()
              .setDataDirectory(data)
              .setCleanDataDirectory(false)
              .setOverrideWorkingDirectory(home.resolve("binaries").toFile())
              .start());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + home, e);
    }
  }

  public DataSource dataSource() {
    return postgres.getPostgresDatabase();
  }

  public String description() {
    return "embedded PostgreSQL on port " + postgres.getPort() + " (database postgres)";
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
