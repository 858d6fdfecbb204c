package com.cymate.migrator.it;

import com.cymate.migrator.testkit.TestDatabase;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a run could change, as text: schemas, relations with their columns, constraints,
 * functions, and every history and log row. Two equal states mean the run changed nothing.
 */
record DatabaseState(
    List<String> schemas,
    List<String> relations,
    List<String> constraints,
    List<String> functions,
    List<String> history) {

  private static final String USER_SCHEMAS =
      "n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema'";

  static DatabaseState of(TestDatabase db) throws Exception {
    List<String> schemas =
        db.column("SELECT nspname FROM pg_namespace n WHERE " + USER_SCHEMAS + " ORDER BY 1");
    return new DatabaseState(
        schemas, relations(db), constraints(db), functions(db), history(db, schemas));
  }

  private static List<String> relations(TestDatabase db) throws Exception {
    return db.column(
        "SELECT n.nspname || '.' || c.relname || ' ' || c.relkind::text || ' ('"
            + " || coalesce((SELECT string_agg(a.attname || ' ' || format_type(a.atttypid,"
            + " a.atttypmod) || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END, ', '"
            + " ORDER BY a.attnum) FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0"
            + " AND NOT a.attisdropped), '') || ')'"
            + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE "
            + USER_SCHEMAS
            + " ORDER BY 1");
  }

  private static List<String> constraints(TestDatabase db) throws Exception {
    return db.column(
        "SELECT n.nspname || '.' || c.conname || ' ' || pg_get_constraintdef(c.oid)"
            + " FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE "
            + USER_SCHEMAS
            + " ORDER BY 1");
  }

  private static List<String> functions(TestDatabase db) throws Exception {
    return db.column(
        "SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n"
            + " ON n.oid = p.pronamespace WHERE "
            + USER_SCHEMAS
            + " ORDER BY 1");
  }

  private static List<String> history(TestDatabase db, List<String> schemas) throws Exception {
    List<String> rows = new ArrayList<>();
    for (String s : schemas) {
      String q = "\"" + s.replace("\"", "\"\"") + "\"";
      if (db.tableExists(q + ".schema_version")) {
        rows.addAll(
            db.column(
                "SELECT row_to_json(v)::text FROM " + q + ".schema_version v ORDER BY version"));
        rows.addAll(
            db.column(
                "SELECT row_to_json(l)::text FROM " + q + ".schema_version_log l ORDER BY id"));
      }
    }
    return rows;
  }
}
