package com.cymate.migrator.lock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Says who holds a migration lock, so a timeout message points at a process, not a mystery. */
final class LockHolder {

  private static final String SQL =
      "SELECT a.pid, a.application_name, a.client_addr, a.xact_start, a.state,"
          + " left(a.query, 200) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
          + " WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1"
          + " AND l.classid = ?::bigint::oid AND l.objid = ?::bigint::oid";

  private LockHolder() {}

  static String describe(Connection c, LockKey key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(SQL)) {
      ps.setLong(1, key.classId());
      ps.setLong(2, key.objId());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? format(rs) : "a session that has just released it (or is not visible)";
      }
    }
  }

  private static String format(ResultSet rs) throws SQLException {
    return String.format(
        "pid %d (application_name '%s', client %s, in transaction since %s, %s: %s)",
        rs.getInt(1),
        rs.getString(2),
        rs.getString(3),
        rs.getObject(4),
        rs.getString(5),
        rs.getString(6));
  }
}
