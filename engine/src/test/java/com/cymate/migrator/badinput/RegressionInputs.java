package com.cymate.migrator.badinput;

import static com.cymate.migrator.badinput.BadInput.refused;
import static com.cymate.migrator.badinput.Fixtures.base;
import static com.cymate.migrator.badinput.Fixtures.baseApplied;
import static com.cymate.migrator.badinput.Fixtures.pair;
import static com.cymate.migrator.badinput.Fixtures.sql;

/**
 * Inputs the engine once mishandled, found by this catalog. Each states the behaviour a careful
 * operator expects and guards its fix.
 */
final class RegressionInputs {

  private static final String DRIFT = "UPDATE app.schema_version SET up_checksum = repeat('0', 64)";

  private RegressionInputs() {}

  static BadInput targetNotANumber() {
    return refused("up --target not a number", base(), 3, "'v2' is not a migration version")
        .args("up", "--target", "v2");
  }

  static BadInput lockTimeoutNotADuration() {
    return refused("--lock-timeout not a duration", base(), 3, "'soon' is not a duration")
        .args("up", "--lock-timeout", "soon");
  }

  static BadInput validateWithDrift() {
    return refused(
            "validate with a checksum changed by hand",
            baseApplied().then(sql(DRIFT)),
            4,
            "0001_base.up.sql: checksum mismatch for applied version 1")
        .args("validate");
  }

  static BadInput historyColumnDropped() {
    return refused(
        "history column dropped by hand",
        baseApplied().then(sql("ALTER TABLE app.schema_version DROP COLUMN down_sql")),
        4,
        "schema_version",
        "does not have the layout",
        "down_sql");
  }

  static BadInput historyLogDropped() {
    return refused(
        "history log table dropped by hand",
        baseApplied()
            .then(sql("DROP TABLE app.schema_version_log"))
            .then(pair("0002_two", "CREATE TABLE two (id int);\n", "DROP TABLE two;\n")),
        4,
        "schema_version_log");
  }

  // PostgreSQL text cannot hold U+0000, so the file can never run; say where it is, run nothing
  static BadInput nulByte() {
    return refused(
        "NUL byte in the file",
        ScriptInputs.change("CREATE TABLE t (id int);\nCOMMENT ON TABLE t IS 'a\0b';\n"),
        3,
        "0002_change.up.sql:2:");
  }

  // "--target 0" means "nothing applied", so no file may claim version 0
  static BadInput versionZeroIsRefused() {
    return refused(
        "version 0 in a file name",
        pair("0000_init", "CREATE TABLE zero (id int);\n", "DROP TABLE zero;\n"),
        3,
        "0000_init.down.sql: version 0 is reserved");
  }
}
