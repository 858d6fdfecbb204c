package com.cymate.migrator.cli;

import com.beust.jcommander.Parameter;
import java.nio.file.Path;

/** How to reach the database: flags first, then the libpq environment variables. */
public final class ConnectionOptions {

  @Parameter(
      names = "--url",
      description =
          "JDBC URL, e.g. jdbc:postgresql://db:5432/cymate (default: from PGHOST, PGPORT,"
              + " PGDATABASE)")
  String url;

  @Parameter(names = "--user", description = "database user (default: PGUSER)")
  String user;

  @Parameter(
      names = "--password",
      description =
          "database password (default: PGPASSWORD; prefer the variable: flags show in"
              + " process lists)",
      password = false)
  String password;

  @Parameter(
      names = "--embedded",
      description =
          "start the embedded PostgreSQL with data under --embedded-dir instead of"
              + " connecting to a server")
  boolean embedded;

  @Parameter(names = "--embedded-dir", description = "where --embedded keeps its data")
  Path embeddedDir = Path.of(".migrator");

  @Parameter(
      names = "--wait",
      description =
          "keep retrying to connect for this long (e.g. 30s, 2min) while the server" + " starts",
      converter = Durations.class)
  Durations.Span wait = Durations.Span.of("0");

  /** Flags that contradict each other are refused, never silently ignored. */
  void validate() {
    if (embedded && (url != null || user != null || password != null)) {
      throw new com.cymate.migrator.InvalidInputException(
          "--embedded starts its own server: drop --url/--user/--password, or drop --embedded");
    }
  }
}
