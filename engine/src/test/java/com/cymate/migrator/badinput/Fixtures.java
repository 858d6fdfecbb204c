package com.cymate.migrator.badinput;

import static com.cymate.migrator.badinput.BadInput.SCHEMA;
import static org.assertj.core.api.Assertions.assertThat;

import com.cymate.migrator.badinput.BadInput.Setup;
import com.cymate.migrator.testkit.TestDatabase;
import com.cymate.migrator.testkit.TestDatabase.CliResult;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

/** Building blocks for the catalog's set-ups, all in schema folder {@value BadInput#SCHEMA}. */
final class Fixtures {

  static final String BASE_UP = "CREATE TABLE base (id int PRIMARY KEY);\n";

  private Fixtures() {}

  /** A valid first migration, so every folder has something good next to the bad file. */
  static Setup base() {
    return pair("0001_base", BASE_UP, "DROP TABLE base;\n");
  }

  /** {@link #base()} applied, so the history tables exist before the bad input arrives. */
  static Setup baseApplied() {
    return base().then(upSucceeds());
  }

  static Setup pair(String name, String up, String down) {
    return (db, dir) -> dir.pair(SCHEMA, name, up, down);
  }

  static Setup file(String name, String text) {
    return (db, dir) -> dir.write(SCHEMA, name, text);
  }

  static Setup bytes(String name, byte[] content) {
    return (db, dir) -> dir.writeBytes(SCHEMA, name, content);
  }

  static Setup upSucceeds() {
    return (db, dir) -> {
      CliResult up = db.cli(dir.root(), "up");
      assertThat(up.exitCode()).as("set-up up: " + up).isZero();
    };
  }

  static Setup sql(String statement) {
    return (db, dir) -> db.execute(statement);
  }

  static Setup deleteFile(String name) {
    return (db, dir) -> dir.delete(SCHEMA, name);
  }

  /** Applied versions, ascending; quotes the schema name properly, whatever it holds. */
  static List<Long> versions(TestDatabase db, String schema) throws Exception {
    String q = "\"" + schema.replace("\"", "\"\"") + "\"";
    return db.column("SELECT version FROM " + q + ".schema_version ORDER BY version").stream()
        .map(Long::valueOf)
        .toList();
  }

  static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] p : parts) {
      length += p.length;
    }
    byte[] all = new byte[length];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, all, at, p.length);
      at += p.length;
    }
    return all;
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** SHA-256 of the bytes, computed here rather than by the engine's own Checksum class. */
  static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
