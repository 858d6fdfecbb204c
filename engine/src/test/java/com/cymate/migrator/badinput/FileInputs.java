package com.cymate.migrator.badinput;

import static com.cymate.migrator.badinput.BadInput.SCHEMA;
import static com.cymate.migrator.badinput.BadInput.accepted;
import static com.cymate.migrator.badinput.BadInput.refused;
import static com.cymate.migrator.badinput.Fixtures.base;
import static com.cymate.migrator.badinput.Fixtures.bytes;
import static com.cymate.migrator.badinput.Fixtures.concat;
import static com.cymate.migrator.badinput.Fixtures.file;
import static com.cymate.migrator.badinput.Fixtures.pair;
import static com.cymate.migrator.badinput.Fixtures.sha256;
import static com.cymate.migrator.badinput.Fixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import com.cymate.migrator.badinput.BadInput.Setup;
import com.cymate.migrator.testkit.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * File names, pairing, encodings, sizes and schema folder names: everything about a migration
 * folder that is wrong (or looks wrong but is fine) before any SQL is read. A refused folder must
 * leave even a fresh database untouched: no schema, no history tables.
 */
final class FileInputs {

  private static final String NAME_RULE = "name does not fit";
  private static final String T_UP = "CREATE TABLE t (id int);\n";
  private static final String T_DOWN = "DROP TABLE t;\n";

  private FileInputs() {}

  static Stream<BadInput> all() {
    return Stream.of(
        refused(
            "name without version",
            base().then(file("create_t.up.sql", T_UP)),
            3,
            "create_t.up.sql",
            NAME_RULE),
        refused(
            "name without description",
            base().then(file("0002.up.sql", T_UP)),
            3,
            "0002.up.sql",
            NAME_RULE),
        refused(
            "name with .sql only",
            base().then(file("0002_t.sql", T_UP)),
            3,
            "0002_t.sql",
            NAME_RULE),
        refused(
            "name with .up.SQL",
            base().then(file("0002_t.up.SQL", T_UP)),
            3,
            "0002_t.up.SQL",
            NAME_RULE),
        refused(
            "name with spaces",
            base().then(file("0002_add t.up.sql", T_UP)),
            3,
            "0002_add t.up.sql",
            NAME_RULE),
        refused(
            "stray non-migration file",
            base().then(file("notes.txt", "todo\n")),
            3,
            "notes.txt",
            NAME_RULE),
        refused(
            "version too large for bigint",
            base().then(pair("99999999999999999999_big", T_UP, T_DOWN)),
            3,
            "99999999999999999999_big.",
            "larger than 9223372036854775807"),
        gapsAreAllowed(),
        refused(
            "duplicate version 0002_a and 002_b",
            base().then(pair("0002_a", T_UP, T_DOWN)).then(pair("002_b", T_UP, T_DOWN)),
            3,
            "duplicate version 2",
            "0002_a.up.sql",
            "002_b.up.sql"),
        refused(
            "up without down",
            base().then(file("0002_t.up.sql", T_UP)),
            3,
            "0002_t.up.sql",
            "no matching 0002_t.down.sql"),
        refused(
            "down without up",
            base().then(file("0002_t.down.sql", T_DOWN)),
            3,
            "0002_t.down.sql",
            "no matching 0002_t.up.sql"),
        refused(
            "bad file in another schema stops every schema",
            base().then((db, dir) -> dir.write("other", "0001-x.up.sql", T_UP)),
            3,
            "0001-x.up.sql",
            NAME_RULE),
        refused(
            "invalid UTF-8 (Latin-1 e-acute) in an up file",
            base()
                .then(bytes("0002_t.up.sql", latin1Comment()))
                .then(file("0002_t.down.sql", T_DOWN)),
            3,
            "0002_t.up.sql:2:7:",
            "invalid UTF-8 byte 0xE9"),
        refused(
            "invalid UTF-8 in a down file",
            base()
                .then(file("0002_t.up.sql", T_UP))
                .then(
                    bytes(
                        "0002_t.down.sql",
                        concat(utf8("DROP TABLE t; -- "), new byte[] {(byte) 0xC3, '\n'}))),
            3,
            "0002_t.down.sql:1:18:",
            "invalid UTF-8 byte 0xC3"),
        bomIsAllowed(),
        crlfHasTheLfChecksum(),
        hugeFileIsApplied(),
        oddSchemaNameIsQuoted("Odd Schema-1"),
        oddSchemaNameIsQuoted("it's \"quoted\""),
        refused(
            "schema folder starting with pg_",
            (db, dir) -> dir.pair("pg_app", "0001_t", T_UP, T_DOWN),
            3,
            "sql/pg_app: schema names starting with pg_ are reserved"));
  }

  private static BadInput gapsAreAllowed() {
    Setup gaps =
        base()
            .then(pair("0005_t", T_UP, T_DOWN))
            .then(pair("0100_u", "CREATE TABLE u (id int);\n", "DROP TABLE u;\n"));
    return accepted(
        "gaps between versions (allowed)",
        gaps,
        (db, before, r) -> assertThat(db.versions(SCHEMA)).containsExactly(1L, 5L, 100L),
        "app: applied 3 migration(s) [1, 5, 100]");
  }

  private static byte[] latin1Comment() {
    // line 2, column 7: "-- caf" is 6 characters, then the stray Latin-1 byte
    return concat(
        utf8("CREATE TABLE t (id int);\n-- caf"), new byte[] {(byte) 0xE9}, utf8(" au lait\n"));
  }

  private static BadInput bomIsAllowed() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    Setup setup =
        base()
            .then(bytes("0002_t.up.sql", concat(bom, utf8(T_UP))))
            .then(file("0002_t.down.sql", T_DOWN));
    return accepted(
        "UTF-8 BOM (allowed, not part of the checksum)",
        setup,
        (db, before, r) -> {
          assertThat(db.tableExists("app.t")).isTrue();
          assertThat(checksum(db, 2)).isEqualTo(sha256(utf8(T_UP)));
        },
        "app: applied 2 migration(s) [1, 2]");
  }

  private static BadInput crlfHasTheLfChecksum() {
    String lf = "CREATE TABLE t (\n  id int,\n  note text DEFAULT 'a\nb'\n);\n";
    Setup setup =
        base()
            .then(file("0002_t.up.sql", lf.replace("\n", "\r\n")))
            .then(file("0002_t.down.sql", T_DOWN.replace("\n", "\r\n")));
    return accepted(
        "CRLF line endings (allowed, same checksum as LF)",
        setup,
        (db, before, r) -> {
          assertThat(db.tableExists("app.t")).isTrue();
          assertThat(checksum(db, 2)).isEqualTo(sha256(utf8(lf)));
        },
        "app: applied 2 migration(s) [1, 2]");
  }

  private static String checksum(TestDatabase db, long version) throws Exception {
    return db.value("SELECT up_checksum FROM app.schema_version WHERE version = " + version);
  }

  /** About 5 MB: 1,000 INSERT statements of fifty 100-character rows each. */
  private static BadInput hugeFileIsApplied() {
    StringBuilder up = new StringBuilder("CREATE TABLE big (id int PRIMARY KEY, pad text);\n");
    String pad = "x".repeat(100);
    for (int s = 0; s < 1_000; s++) {
      up.append("INSERT INTO big VALUES ");
      for (int r = 0; r < 50; r++) {
        up.append(r == 0 ? "" : ", ")
            .append('(')
            .append(s * 50 + r)
            .append(", '")
            .append(pad)
            .append("')");
      }
      up.append(";\n");
    }
    Setup setup = base().then(pair("0002_big", up.toString(), "DROP TABLE big;\n"));
    return accepted(
        "huge file (5 MB of INSERTs) is applied",
        setup,
        (db, before, r) -> {
          assertThat(up.length()).isGreaterThan(5_000_000);
          assertThat(db.count("SELECT count(*) FROM app.big")).isEqualTo(50_000);
          assertThat(db.versions(SCHEMA)).containsExactly(1L, 2L);
        },
        "app: applied 2 migration(s) [1, 2]");
  }

  private static BadInput oddSchemaNameIsQuoted(String schema) {
    return accepted(
        "schema folder needing quotes: " + schema,
        (db, dir) -> dir.pair(schema, "0001_t", T_UP, T_DOWN),
        (db, before, r) -> {
          List<String> added = new ArrayList<>(Snapshot.of(db).schemas());
          added.removeAll(before.schemas());
          assertThat(added)
              .as("the one new schema, named exactly as its folder")
              .containsExactly(schema);
          String q = "\"" + schema.replace("\"", "\"\"") + "\"";
          assertThat(db.tableExists(q + ".t")).as("table t in the schema").isTrue();
          assertThat(db.tableExists("public.t")).isFalse();
          assertThat(Fixtures.versions(db, schema)).containsExactly(1L);
        },
        schema + ": applied 1 migration(s) [1]");
  }
}
