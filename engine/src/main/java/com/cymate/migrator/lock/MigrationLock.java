package com.cymate.migrator.lock;

import com.cymate.migrator.LockTimeoutException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes a schema's migration lock inside the caller's transaction. Between attempts the transaction
 * is rolled back, so a waiter holds neither a snapshot nor a lock while it sleeps.
 */
public final class MigrationLock {

  private static final Logger log = LoggerFactory.getLogger(MigrationLock.class);

  private final LockKey key;
  private final Duration maxWait;

  public MigrationLock(String schema, Duration maxWait) {
    this.key = LockKey.of(schema);
    this.maxWait = maxWait;
  }

  /**
   * Returns with the lock held by the connection's open transaction (autocommit must be off).
   *
   * @throws LockTimeoutException naming the holder when {@code maxWait} passes
   */
  public void acquire(Connection c) throws SQLException {
    long deadline = System.nanoTime() + maxWait.toNanos();
    for (int attempt = 0; !tryLock(c); attempt++) {
      c.rollback();
      waitOrGiveUp(c, deadline, attempt);
    }
  }

  /**
   * Polls {@code ready} (each call in a fresh, locked transaction that the caller ends) until it is
   * true; used to wait for another runner's non-transactional migration to finish.
   */
  public void awaitCondition(Connection c, Condition ready, String what) throws SQLException {
    long deadline = System.nanoTime() + maxWait.toNanos();
    for (int attempt = 0; ; attempt++) {
      acquire(c);
      if (ready.holds()) {
        return;
      }
      c.rollback();
      if (System.nanoTime() > deadline) {
        throw new LockTimeoutException(
            String.format("timed out after %s waiting for %s", human(maxWait), what));
      }
      Backoff.sleep(Backoff.LOCK_POLL.delay(attempt));
    }
  }

  /** A check made under the lock, in the caller's transaction. */
  @FunctionalInterface
  public interface Condition {
    boolean holds() throws SQLException;
  }

  private boolean tryLock(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
      ps.setLong(1, key.key());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getBoolean(1);
      }
    }
  }

  private void waitOrGiveUp(Connection c, long deadline, int attempt) throws SQLException {
    if (System.nanoTime() > deadline) {
      String holder = LockHolder.describe(c, key);
      c.rollback();
      throw new LockTimeoutException(
          String.format(
              "could not acquire the migration lock of schema %s within %s; held by %s",
              key.schema(), human(maxWait), holder));
    }
    if (attempt == 0) {
      log.info("schema {}: waiting for the migration lock held by another migrator", key.schema());
    }
    Backoff.sleep(Backoff.LOCK_POLL.delay(attempt));
  }

  static String human(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }
}
