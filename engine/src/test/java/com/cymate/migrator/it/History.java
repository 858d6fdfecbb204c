package com.cymate.migrator.it;

import com.cymate.migrator.testkit.TestDatabase;
import java.util.List;

/** Reads a schema's history tables the way an auditor would, as plain comparable text. */
final class History {

  private History() {}

  /** The log as {@code "up 1 applied"} lines, oldest first. */
  static List<String> log(TestDatabase db, String schema) throws Exception {
    if (!db.tableExists(schema + ".schema_version_log")) {
      return List.of();
    }
    return db.column(
        "SELECT direction || ' ' || version || ' ' || outcome FROM "
            + schema
            + ".schema_version_log ORDER BY id");
  }

  /** Versions in the order they were applied (installed_rank), not in version order. */
  static List<Long> appliedOrder(TestDatabase db, String schema) throws Exception {
    return db
        .column("SELECT version FROM " + schema + ".schema_version ORDER BY installed_rank")
        .stream()
        .map(Long::valueOf)
        .toList();
  }

  static String field(TestDatabase db, String schema, long version, String column)
      throws Exception {
    return db.value(
        "SELECT "
            + column
            + "::text FROM "
            + schema
            + ".schema_version WHERE version = "
            + version);
  }

  /** Whether the schema itself exists (the engine creates it with the history on first use). */
  static boolean schemaExists(TestDatabase db, String schema) throws Exception {
    return db.value("SELECT to_regnamespace('" + schema + "')") != null;
  }
}
