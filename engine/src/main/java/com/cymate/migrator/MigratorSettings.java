package com.cymate.migrator;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How a run behaves, validated once at the edge. Components get these values, never the
 * environment.
 *
 * @param lockWait how long to wait for another runner's migration lock
 * @param lockTimeout PostgreSQL lock_timeout for each migration (a file may override it)
 * @param lockRetries how often a transactional migration that hit lock_timeout is retried
 * @param statementTimeout PostgreSQL statement_timeout for each migration; zero disables it
 * @param strictLint refuse {@code up} when a pending file has lint warnings
 * @param force let {@code down} use a down file that differs from the recorded one
 * @param performedFrom {@code osuser@host}, recorded with every history and log row
 */
public record MigratorSettings(
    Duration lockWait,
    Duration lockTimeout,
    int lockRetries,
    Duration statementTimeout,
    boolean strictLint,
    boolean force,
    String performedFrom) {

  public MigratorSettings {
    requireNonNegative("lock wait", lockWait);
    requireNonNegative("lock timeout", lockTimeout);
    requireNonNegative("statement timeout", statementTimeout);
    if (lockRetries < 0) {
      throw new InvalidInputException("--lock-retries must be 0 or more, not " + lockRetries);
    }
  }

  /** The documented defaults: wait 10 min for the lock, lock_timeout 5 s with 3 retries. */
  public static MigratorSettings defaults() {
    return new MigratorSettings(
        Duration.ofMinutes(10),
        Duration.ofSeconds(5),
        3,
        Duration.ZERO,
        false,
        false,
        localIdentity());
  }

  private static void requireNonNegative(String what, Duration d) {
    if (d == null || d.isNegative()) {
      throw new InvalidInputException(what + " must be zero or more");
    }
  }

  /** {@code osuser@host}; the kernel's host name needs no DNS lookup, which can hang. */
  private static String localIdentity() {
    String user = System.getProperty("user.name", "unknown");
    try {
      return user + "@" + Files.readString(Path.of("/proc/sys/kernel/hostname")).trim();
    } catch (IOException | RuntimeException e) {
      try {
        return user + "@" + InetAddress.getLocalHost().getHostName();
      } catch (UnknownHostException unknown) {
        return user + "@unknown-host";
      }
    }
  }
}
