package com.cymate.migrator.execute;

import com.cymate.migrator.source.SchemaName;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;

/**
 * What the engine sets before each migration: search_path (so unqualified names land in the
 * schema), lock_timeout and statement_timeout. Sent as its own execution, never glued to the
 * migration text. First {@link #CLEAN}, so what a previous migration left in the session does not
 * leak into the next one or into the engine's own bookkeeping.
 *
 * @param statementTimeout zero disables it
 */
record SessionSettings(String schema, Duration lockTimeout, Duration statementTimeout) {

  /**
   * Session state a migration may leave behind: SETs (RESET ALL does not cover the role), temp
   * tables, LISTEN, session advisory locks. The engine's migration lock is transaction-scoped, so
   * pg_advisory_unlock_all leaves it alone. PREPAREd statements are not dropped: the driver keeps
   * its own.
   */
  static final String CLEAN =
      "RESET ALL; RESET SESSION AUTHORIZATION; RESET ROLE; DISCARD TEMP; UNLISTEN *; SELECT"
          + " pg_advisory_unlock_all(), ";

  /** One round trip: the driver sends both statements with a single Sync. */
  private static final String SQL =
      CLEAN
          + "set_config('search_path', ?, ?), set_config('lock_timeout', ?, ?),"
          + " set_config('statement_timeout', ?, ?), set_config('application_name', ?, false),"
          + " pg_backend_pid()";

  /**
   * @return the server process that took the settings
   * @param local true inside a migration's transaction (gone at commit), false for
   *     non-transactional migrations, whose statements each commit on their own
   */
  int apply(Connection c, boolean local) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(SQL)) {
      ps.setString(1, SchemaName.quote(schema) + ", public");
      ps.setString(3, lockTimeout.toMillis() + "ms");
      ps.setString(5, statementTimeout.toMillis() + "ms");
      for (int i = 2; i <= 6; i += 2) {
        ps.setBoolean(i, local);
      }
      // RESET ALL would blank a name the driver SET after connecting; pg_stat_activity and the
      // lock-holder messages need it
      ps.setString(7, applicationName(c));
      return backendPid(ps);
    }
  }

  /** The backend that took these settings: the multi-statement result's last row set. */
  private static int backendPid(PreparedStatement ps) throws SQLException {
    boolean rows = ps.execute();
    while (!rows && ps.getUpdateCount() != -1) {
      rows = ps.getMoreResults();
    }
    try (java.sql.ResultSet rs = ps.getResultSet()) {
      rs.next();
      return rs.getInt(6);
    }
  }

  private static String applicationName(Connection c) throws SQLException {
    String name = c.getClientInfo("ApplicationName");
    return name == null || name.isEmpty() ? "migrator" : name;
  }

  /** Back to the user the connection logged in as. */
  static void resetRole(Connection c) throws SQLException {
    try (java.sql.Statement s = c.createStatement()) {
      s.execute("RESET SESSION AUTHORIZATION; RESET ROLE");
    }
  }

  /** Puts the session back as the pool or the next migration expects it. */
  static void reset(Connection c) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(CLEAN + "set_config('application_name', ?, false)")) {
      ps.setString(1, applicationName(c));
      ps.execute();
    }
  }
}
