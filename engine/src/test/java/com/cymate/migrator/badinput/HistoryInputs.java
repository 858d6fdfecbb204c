package com.cymate.migrator.badinput;

import static com.cymate.migrator.badinput.BadInput.SCHEMA;
import static com.cymate.migrator.badinput.BadInput.accepted;
import static com.cymate.migrator.badinput.BadInput.refused;
import static com.cymate.migrator.badinput.Fixtures.baseApplied;
import static com.cymate.migrator.badinput.Fixtures.deleteFile;
import static com.cymate.migrator.badinput.Fixtures.pair;
import static com.cymate.migrator.badinput.Fixtures.sql;
import static com.cymate.migrator.badinput.Fixtures.upSucceeds;
import static org.assertj.core.api.Assertions.assertThat;

import com.cymate.migrator.badinput.BadInput.Setup;
import java.util.stream.Stream;

/**
 * A history that no longer matches the files: edited by hand, a down that fails, a database newer
 * than the files it is run with.
 */
final class HistoryInputs {

  private static final String TWO_UP = "CREATE TABLE two (id int);\n";

  private HistoryInputs() {}

  static Stream<BadInput> all() {
    return Stream.of(
        refused(
            "history checksum changed by hand",
            baseApplied().then(sql("UPDATE app.schema_version SET up_checksum = repeat('0', 64)")),
            4,
            "0001_base.up.sql: checksum mismatch for applied version 1",
            "0".repeat(64)),
        refused(
            "history row deleted by hand: the log shows it, nothing runs twice",
            baseApplied().then(sql("DELETE FROM app.schema_version WHERE version = 1")),
            4,
            "versions 1 have no row in schema_version",
            "edited by hand"),
        downFails(),
        refused(
            "database newer than the files: up",
            ahead(),
            7,
            "schema app has version 2 (two) applied but no file describes it"),
        accepted(
                "database newer than the files: status shows it",
                ahead(),
                BadInput.UNCHANGED,
                "schema app: version 2, 2 applied, 0 pending, 1 without file (database ahead)",
                "missing file")
            .args("status"),
        downWithTheFileGone());
  }

  /** 0001 and 0002 applied, then 0002's files deleted (an older release's files). */
  static Setup ahead() {
    return baseApplied()
        .then(pair("0002_two", TWO_UP, "DROP TABLE two;\n"))
        .then(upSucceeds())
        .then(deleteFile("0002_two.up.sql"))
        .then(deleteFile("0002_two.down.sql"));
  }

  // the first statement of the down succeeds and must be rolled back with the second
  private static BadInput downFails() {
    Setup setup =
        baseApplied()
            .then(pair("0002_two", TWO_UP, "DROP TABLE two;\n-- then a typo\nDROP TABLE tow;\n"))
            .then(upSucceeds());
    return refused(
            "a down that fails (after up): version stays applied",
            setup,
            2,
            "0002_two.down.sql:3:1: ERROR: table \"tow\" does not exist",
            "rolled back")
        .args("down", "--schema", SCHEMA)
        .check(
            (db, before, r) -> {
              BadInput.rolledBackAndLogged("down", 2, "0002_two.down.sql").verify(db, before, r);
              assertThat(db.versions(SCHEMA)).containsExactly(1L, 2L);
            });
  }

  private static BadInput downWithTheFileGone() {
    return accepted(
            "database newer than the files: down uses the recorded SQL",
            ahead(),
            (db, before, r) -> {
              assertThat(db.versions(SCHEMA)).containsExactly(1L);
              assertThat(db.tableExists("app.two")).isFalse();
              assertThat(
                      db.value(
                          "SELECT direction || ' ' || version || ' ' || outcome"
                              + " FROM app.schema_version_log ORDER BY id DESC LIMIT 1"))
                  .isEqualTo("down 2 rolled_back");
            },
            "app: rolled back 1 migration(s) [2]")
        .args("down", "--schema", SCHEMA);
  }
}
