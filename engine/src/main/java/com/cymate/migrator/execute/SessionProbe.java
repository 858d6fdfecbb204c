package com.cymate.migrator.execute;

import com.cymate.migrator.Connector;
import com.cymate.migrator.InvalidInputException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Detects a transaction-pooling proxy (PgBouncer pool_mode=transaction) between us and the server.
 * A non-transactional migration needs one stable server session: its settings and each of its
 * statements must reach the same backend. Two client connections that are handed the same backend
 * one after the other can only be multiplexed; a pooler reuses the most recently released server
 * connection first, so this shows up at once when it is there.
 */
final class SessionProbe {

  private static final int ROUNDS = 3;

  private SessionProbe() {}

  static void requireSessionLevel(Connection main, Connector connector, String file)
      throws SQLException {
    boolean autoCommit = main.getAutoCommit();
    main.setAutoCommit(true);
    try (Connection other = connector.open()) {
      other.setAutoCommit(true);
      int mainPid = backendPid(main);
      for (int i = 0; i < ROUNDS; i++) {
        int otherPid = backendPid(other);
        if (otherPid == mainPid || backendPid(main) != mainPid) {
          throw multiplexed(file);
        }
      }
    } finally {
      main.setAutoCommit(autoCommit);
    }
  }

  static int backendPid(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  static InvalidInputException multiplexed(String file) {
    return new InvalidInputException(
        file
            + ": a non-transactional migration needs a session-level connection, but this"
            + " connection appears to be multiplexed (transaction-pooling proxy such as PgBouncer"
            + " pool_mode=transaction); run it connected directly to PostgreSQL or through"
            + " session pooling. Nothing was executed.");
  }
}
