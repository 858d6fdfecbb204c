package com.cymate.migrator.verify;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What one schema looks like in the catalog, as sorted text lines: tables, columns, constraints,
 * indexes, sequences, views, functions, triggers, rules, policies, types, extensions, comments and
 * privileges. Two schemas built by the same statements have equal fingerprints; the migrator's own
 * history tables are left out.
 *
 * @param lines one line per object or property, sorted; line breaks inside a definition are written
 *     as {@code \n}
 */
public record CatalogFingerprint(String schema, List<String> lines) {

  public CatalogFingerprint {
    lines = List.copyOf(lines);
  }

  /**
   * Reads the fingerprint in a short read-only transaction of its own, so the connection must be in
   * autocommit mode.
   */
  public static CatalogFingerprint of(Connection c, String schema) throws SQLException {
    if (!c.getAutoCommit()) {
      throw new IllegalStateException("the fingerprint runs its own transaction: use autocommit");
    }
    c.setAutoCommit(false);
    try {
      List<String> lines = read(c, schema);
      c.commit();
      return new CatalogFingerprint(schema, lines);
    } catch (SQLException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(true);
    }
  }

  private static List<String> read(Connection c, String schema) throws SQLException {
    try (Statement s = c.createStatement()) {
      // the pg_get_*def functions qualify names outside the search_path: always, with this one
      s.execute("SET TRANSACTION READ ONLY");
      s.execute("SET LOCAL search_path = pg_catalog");
    }
    try (PreparedStatement ps = c.prepareStatement(CatalogQueries.FINGERPRINT)) {
      ps.setString(1, schema);
      try (ResultSet rs = ps.executeQuery()) {
        List<String> lines = new ArrayList<>();
        while (rs.next()) {
          String line = rs.getString(1);
          if (line != null) {
            lines.add(line.replace("\r", "\\r").replace("\n", "\\n"));
          }
        }
        lines.sort(null);
        return lines;
      }
    }
  }
}
