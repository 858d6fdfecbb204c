package com.cymate.migrator.cli;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.ParametersDelegate;
import java.nio.file.Path;

/** Options every command shares: where the files are, which schema, and the timeouts. */
public final class RunOptions {

  @ParametersDelegate ConnectionOptions connection = new ConnectionOptions();

  @Parameter(
      names = "--dir",
      description = "folder holding one sub-folder of migrations per schema")
  Path dir = Path.of("sql");

  @Parameter(names = "--schema", description = "act on this schema only (default: every folder)")
  String schema;

  @Parameter(
      names = "--lock-wait",
      description = "how long to wait for another migrator's lock on the schema",
      converter = Durations.class)
  Durations.Span lockWait = Durations.Span.of("10min");

  @Parameter(
      names = "--lock-timeout",
      description =
          "PostgreSQL lock_timeout for each migration; a file may set its own with"
              + " '-- migrator:lock-timeout=10s'",
      converter = Durations.class)
  Durations.Span lockTimeout = Durations.Span.of("5s");

  @Parameter(
      names = "--lock-retries",
      description = "retries of a transactional migration that hit lock_timeout")
  int lockRetries = 3;

  @Parameter(
      names = "--statement-timeout",
      description = "PostgreSQL statement_timeout for each migration (0: none)",
      converter = Durations.class)
  Durations.Span statementTimeout = Durations.Span.of("0");

  @Parameter(
      names = {"--help", "-h"},
      help = true,
      description = "show this help")
  boolean help;
}
