package com.cymate.migrator.execute;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * After a lock_timeout: the other sessions holding locks on the schema's tables, so the message
 * names the blocker (pid, application, since when, query) instead of leaving a guess.
 */
final class LockBlockers {

  private static final String SQL =
      "SELECT DISTINCT a.pid, a.application_name, a.state, a.xact_start, left(a.query, 120)"
          + " FROM pg_locks l JOIN pg_class r ON r.oid = l.relation"
          + " JOIN pg_namespace n ON n.oid = r.relnamespace"
          + " JOIN pg_stat_activity a ON a.pid = l.pid"
          + " WHERE l.granted AND n.nspname = ? AND a.pid <> pg_backend_pid() ORDER BY a.pid";

  private LockBlockers() {}

  static String describe(Connection c, String schema) {
    try (PreparedStatement ps = c.prepareStatement(SQL)) {
      ps.setString(1, schema);
      try (ResultSet rs = ps.executeQuery()) {
        List<String> holders = new ArrayList<>();
        while (rs.next()) {
          holders.add(
              String.format(
                  "pid %d (application_name '%s', %s since %s: %s)",
                  rs.getInt(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getObject(4),
                  rs.getString(5)));
        }
        return holders.isEmpty() ? "no lock holder visible any more" : String.join("; ", holders);
      }
    } catch (SQLException e) {
      return "blockers unknown (" + e.getMessage() + ")";
    }
  }
}
