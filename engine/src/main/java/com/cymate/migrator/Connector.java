package com.cymate.migrator;

import com.cymate.migrator.lock.Backoff;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens connections, retrying with back-off for up to {@code wait} (init containers start before
 * the database accepts connections), and names what to check when it gives up.
 */
public final class Connector {

  private static final Logger log = LoggerFactory.getLogger(Connector.class);
  private static final Backoff BACKOFF = new Backoff(Duration.ofMillis(250), Duration.ofSeconds(5));

  private final DataSource dataSource;
  private final String description;
  private final Duration wait;

  /**
   * @param description where it connects, without any password (used in messages)
   */
  public Connector(DataSource dataSource, String description, Duration wait) {
    this.dataSource = dataSource;
    this.description = description;
    this.wait = wait;
  }

  /** For work that must not touch a database: opening a connection is a bug. */
  public static Connector none() {
    return new Connector(null, "no database", Duration.ZERO);
  }

  public Connection open() {
    if (dataSource == null) {
      throw new IllegalStateException("this command does not connect to a database");
    }
    long deadline = System.nanoTime() + wait.toNanos();
    for (int attempt = 0; ; attempt++) {
      try {
        return dataSource.getConnection();
      } catch (SQLException e) {
        if (!isRetryable(e) || System.nanoTime() > deadline) {
          throw unreachable(e);
        }
        log.info("database {} not ready yet ({}); retrying", description, e.getMessage());
        Backoff.sleep(BACKOFF.delay(attempt));
      }
    }
  }

  /**
   * Connection failures and "starting up"/"shutting down" are worth waiting for; bad logins not.
   */
  private static boolean isRetryable(SQLException e) {
    String state = e.getSQLState();
    return state == null || state.startsWith("08") || state.equals("57P03");
  }

  /** pgjdbc often says only "The connection attempt failed."; the cause says why. */
  private static String rootCause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root == e || root.getMessage() == null
        ? ""
        : " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
  }

  private DatabaseUnreachableException unreachable(SQLException e) {
    return new DatabaseUnreachableException(
        "cannot connect to "
            + description
            + ": "
            + e.getMessage()
            + " (check --url/--user/--password or PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD;"
            + " --wait DURATION retries while the server starts)",
        e);
  }
}
