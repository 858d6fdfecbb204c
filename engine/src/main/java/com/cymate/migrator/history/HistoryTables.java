package com.cymate.migrator.history;

import com.cymate.migrator.source.SchemaName;

/** The quoted, schema-qualified names and the DDL of one schema's history tables. */
record HistoryTables(String schema, String versionTable, String logTable) {

  static HistoryTables of(String schema) {
    String q = SchemaName.quote(schema);
    return new HistoryTables(schema, q + ".schema_version", q + ".schema_version_log");
  }

  /** Only when the schema is missing: IF NOT EXISTS still needs CREATE on the database. */
  String createSchema() {
    return "CREATE SCHEMA " + SchemaName.quote(schema);
  }

  String ddl() {
    return "CREATE TABLE IF NOT EXISTS "
        + versionTable
        + " (\n"
        + "  version            bigint PRIMARY KEY,\n"
        + "  description        text NOT NULL,\n"
        + "  up_checksum        text NOT NULL,\n"
        + "  down_checksum      text NOT NULL,\n"
        + "  checksum_algorithm text NOT NULL,\n"
        + "  down_sql           text NOT NULL,\n"
        + "  state              text NOT NULL"
        + " CHECK (state IN ('applied', 'in_progress', 'failed')),\n"
        + "  applied_by         text NOT NULL DEFAULT current_user,\n"
        + "  applied_from       text,\n"
        + "  applied_at         timestamptz NOT NULL DEFAULT clock_timestamp(),\n"
        + "  execution_ms       bigint NOT NULL DEFAULT 0,\n"
        + "  installed_rank     bigint GENERATED ALWAYS AS IDENTITY UNIQUE,\n"
        + "  transactional      boolean NOT NULL,\n"
        + "  runner_backend     text,\n"
        + "  detail             text\n"
        + ");\nCREATE TABLE IF NOT EXISTS "
        + logTable
        + " (\n"
        + "  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n"
        + "  version        bigint NOT NULL,\n"
        + "  description    text NOT NULL,\n"
        + "  direction      text NOT NULL CHECK (direction IN ('up', 'down', 'repair')),\n"
        + "  outcome        text NOT NULL,\n"
        + "  checksum       text,\n"
        + "  performed_by   text NOT NULL DEFAULT current_user,\n"
        + "  performed_from text,\n"
        + "  performed_at   timestamptz NOT NULL DEFAULT clock_timestamp(),\n"
        + "  execution_ms   bigint,\n"
        + "  detail         text\n"
        + ")";
  }
}
