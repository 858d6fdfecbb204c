package com.cymate.migrator.badinput;

import com.cymate.migrator.testkit.TestDatabase;
import java.util.ArrayList;
import java.util.List;

/**
 * What a run could change, as comparable text: the user schemas, their relations with columns (and
 * the row counts of user tables), and every row of each schema's {@code schema_version} and {@code
 * schema_version_log}, the log in the order it was written.
 */
record Snapshot(
    List<String> schemas, List<String> relations, List<String> versions, List<String> log) {

  private static final String USER_SCHEMAS =
      "n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema'";

  static Snapshot of(TestDatabase db) throws Exception {
    List<String> schemas =
        db.column("SELECT nspname FROM pg_namespace n WHERE " + USER_SCHEMAS + " ORDER BY 1");
    return new Snapshot(
        schemas,
        relations(db),
        rows(db, schemas, "schema_version", "version"),
        rows(db, schemas, "schema_version_log", "id"));
  }

  /** This snapshot with the log left out, for runs that may only append to it. */
  Snapshot withoutLog() {
    return new Snapshot(schemas, relations, versions, List.of());
  }

  // the row count makes a rolled-back INSERT visible, the columns a rolled-back ALTER; the history
  // tables' rows are compared one by one instead
  private static List<String> relations(TestDatabase db) throws Exception {
    return db.column(
        "SELECT format('%s.%s %s (%s) %s', n.nspname, c.relname, c.relkind,"
            + " (SELECT string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod), ', '"
            + " ORDER BY a.attnum) FROM pg_attribute a"
            + " WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped),"
            + " CASE WHEN c.relkind = 'r' AND c.relname NOT LIKE 'schema\\_version%'"
            + " THEN (xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM %I.%I',"
            + " n.nspname, c.relname), false, true, '')))[1]::text || ' rows' END)"
            + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE "
            + USER_SCHEMAS
            + " ORDER BY 1");
  }

  private static List<String> rows(
      TestDatabase db, List<String> schemas, String table, String order) throws Exception {
    List<String> rows = new ArrayList<>();
    for (String schema : schemas) {
      String qualified = "\"" + schema.replace("\"", "\"\"") + "\"." + table;
      if (db.tableExists(qualified)) {
        rows.addAll(
            db.column("SELECT row_to_json(t)::text FROM " + qualified + " t ORDER BY " + order));
      }
    }
    return rows;
  }
}
