package com.cymate.migrator.badinput;

import com.cymate.migrator.testkit.TestDatabase;
import java.util.ArrayList;
import java.util.List;

/**
 * What a run could change, as comparable text: the user schemas, their relations with columns and
 * row counts, and every row of each schema's {@code schema_version} and {@code schema_version_log}.
 */
record Snapshot(List<String> schemas, List<String> relations, List<String> history) {

  private static final String USER_SCHEMAS =
      "n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema'";

  static Snapshot of(TestDatabase db) throws Exception {
    List<String> schemas =
        db.column("SELECT nspname FROM pg_namespace n WHERE " + USER_SCHEMAS + " ORDER BY 1");
    return new Snapshot(schemas, relations(db), history(db, schemas));
  }

  // the row count makes a rolled-back INSERT visible, the columns a rolled-back ALTER
  private static List<String> relations(TestDatabase db) throws Exception {
    return db.column(
        "SELECT format('%s.%s %s (%s) %s rows', n.nspname, c.relname, c.relkind,"
            + " (SELECT string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod), ', '"
            + " ORDER BY a.attnum) FROM pg_attribute a"
            + " WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped),"
            + " CASE WHEN c.relkind = 'r' THEN (xpath('/row/n/text()', query_to_xml(format("
            + "'SELECT count(*) AS n FROM %I.%I', n.nspname, c.relname), false, true, '')))[1]::text"
            + " END)"
            + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE "
            + USER_SCHEMAS
            + " ORDER BY 1");
  }

  private static List<String> history(TestDatabase db, List<String> schemas) throws Exception {
    List<String> rows = new ArrayList<>();
    for (String schema : schemas) {
      String q = "\"" + schema.replace("\"", "\"\"") + "\"";
      for (String table : List.of("schema_version", "schema_version_log")) {
        if (db.tableExists(q + "." + table)) {
          rows.addAll(
              db.column("SELECT row_to_json(t)::text FROM " + q + "." + table + " t ORDER BY 1"));
        }
      }
    }
    return rows;
  }
}
