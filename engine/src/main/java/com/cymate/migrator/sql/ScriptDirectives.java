package com.cymate.migrator.sql;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code -- migrator:} comment lines at the top of a file, before its first statement:
 *
 * <pre>
 * -- migrator:no-transaction
 * -- migrator:lock-timeout=10s
 * -- migrator:statement-timeout=5min
 * -- migrator:lint-ignore=index-not-concurrently,truncate
 * </pre>
 *
 * @param noTransaction run each statement in autocommit instead of one transaction for the file
 * @param lockTimeout the file's {@code lock_timeout}, if set
 * @param statementTimeout the file's {@code statement_timeout}, if set
 * @param lintIgnore lint rule ids not to report for this file
 */
public record ScriptDirectives(
    boolean noTransaction,
    Optional<Duration> lockTimeout,
    Optional<Duration> statementTimeout,
    Set<String> lintIgnore) {

  public ScriptDirectives {
    lintIgnore = Set.copyOf(lintIgnore);
  }

  /** A file without directives. */
  public static ScriptDirectives none() {
    return new ScriptDirectives(false, Optional.empty(), Optional.empty(), Set.of());
  }
}
