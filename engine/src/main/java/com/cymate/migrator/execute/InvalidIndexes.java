package com.cymate.migrator.execute;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Indexes left INVALID in a schema (a failed or cancelled CREATE INDEX CONCURRENTLY). They cost
 * writes and hide behind IF NOT EXISTS, so the engine reports each with the statement to drop it.
 */
public final class InvalidIndexes {

  private static final String SQL =
      "SELECT format('DROP INDEX CONCURRENTLY %I.%I', n.nspname, c.relname)"
          + " FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
          + " JOIN pg_namespace n ON n.oid = c.relnamespace"
          + " WHERE NOT i.indisvalid AND n.nspname = ?"
          // an index still being built concurrently is invalid too, but not left behind
          + " AND NOT EXISTS (SELECT 1 FROM pg_stat_progress_create_index p"
          + " WHERE p.index_relid = i.indexrelid)"
          + " ORDER BY c.relname";

  private InvalidIndexes() {}

  /** The DROP statements for every invalid index in the schema; empty when there is none. */
  public static List<String> dropStatements(Connection c, String schema) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(SQL)) {
      ps.setString(1, schema);
      try (ResultSet rs = ps.executeQuery()) {
        List<String> drops = new ArrayList<>();
        while (rs.next()) {
          drops.add(rs.getString(1));
        }
        return drops;
      }
    }
  }
}
