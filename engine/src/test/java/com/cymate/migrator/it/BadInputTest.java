package com.cymate.migrator.it;

import static com.cymate.migrator.it.CaseFiles.SCHEMA;
import static org.assertj.core.api.Assertions.assertThat;

import com.cymate.migrator.testkit.MigrationDir;
import com.cymate.migrator.testkit.PostgresExtension;
import com.cymate.migrator.testkit.TestDatabase;
import com.cymate.migrator.testkit.TestDatabase.CliResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files the engine must refuse before it connects: exit 3, a message naming the file, and the
 * database untouched. The same run against a port where nothing listens proves the order: had it
 * connected first, it would exit 6.
 */
@ExtendWith(PostgresExtension.class)
class BadInputTest {

  private static final String NOWHERE = "jdbc:postgresql://127.0.0.1:1/nowhere";

  @Test
  void badFileNameIsRefused(TestDatabase db, @TempDir Path tmp) throws Exception {
    MigrationDir dir = valid(tmp).write(SCHEMA, "V2__add_column.sql", "SELECT 1;");

    assertRefusedBeforeConnecting(db, dir, "V2__add_column.sql: name does not fit");
  }

  @Test
  void upWithoutDownIsRefused(TestDatabase db, @TempDir Path tmp) throws Exception {
    MigrationDir dir = valid(tmp).write(SCHEMA, "0002_lonely.up.sql", "SELECT 1;");

    assertRefusedBeforeConnecting(
        db, dir, "0002_lonely.up.sql: has no matching 0002_lonely.down.sql");
  }

  @Test
  void downWithoutUpIsRefused(TestDatabase db, @TempDir Path tmp) throws Exception {
    MigrationDir dir = valid(tmp).write(SCHEMA, "0002_orphan.down.sql", "SELECT 1;");

    assertRefusedBeforeConnecting(
        db, dir, "0002_orphan.down.sql: has no matching 0002_orphan.up.sql");
  }

  @Test
  void upAndDownWithDifferentDescriptionsAreRefused(TestDatabase db, @TempDir Path tmp)
      throws Exception {
    MigrationDir dir =
        valid(tmp)
            .write(SCHEMA, "0002_add_email.up.sql", "SELECT 1;")
            .write(SCHEMA, "0002_add_mail.down.sql", "SELECT 1;");

    assertRefusedBeforeConnecting(
        db, dir, "duplicate version 2", "0002_add_email.up.sql", "0002_add_mail.down.sql");
  }

  @Test
  void versionTooLargeForBigintIsRefusedNotWrapped(TestDatabase db, @TempDir Path tmp)
      throws Exception {
    MigrationDir dir =
        valid(tmp).pair(SCHEMA, "99999999999999999999_huge", "SELECT 1;", "SELECT 1;");

    assertRefusedBeforeConnecting(
        db, dir, "99999999999999999999_huge.", "is larger than 9223372036854775807");
  }

  @Test
  void largestBigintVersionIsAccepted(TestDatabase db, @TempDir Path tmp) throws Exception {
    MigrationDir dir =
        valid(tmp)
            .pair(
                SCHEMA,
                "9223372036854775807_last",
                "CREATE TABLE last (id int);",
                "DROP TABLE last;");

    CliResult up = db.cli(dir.root(), "up");

    assertThat(up.exitCode()).as(up.err()).isZero();
    assertThat(db.versions(SCHEMA)).containsExactly(1L, Long.MAX_VALUE);
  }

  @Test
  void fileWithBomAndCrlfAppliesWithTheCanonicalChecksum(TestDatabase db, @TempDir Path tmp)
      throws Exception {
    String lf = "CREATE TABLE bom_crlf (\n  id int,\n  note text\n);\n";
    byte[] bomCrlf = bytes("\uFEFF" + lf.replace("\n", "\r\n"));
    MigrationDir dir =
        MigrationDir.in(tmp)
            .writeBytes(SCHEMA, "0001_bom_crlf.up.sql", bomCrlf)
            .write(SCHEMA, "0001_bom_crlf.down.sql", "DROP TABLE bom_crlf;\n");

    CliResult up = db.cli(dir.root(), "up");

    assertThat(up.exitCode()).as(up.err()).isZero();
    assertThat(db.tableExists("app.bom_crlf")).isTrue();
    String lfChecksum =
        CanonicalChecksum.of(
            MigrationDir.in(tmp.resolve("lf"))
                .write(SCHEMA, "0001_bom_crlf.up.sql", lf)
                .root()
                .resolve(SCHEMA + "/0001_bom_crlf.up.sql"));
    assertThat(History.field(db, SCHEMA, 1, "up_checksum")).isEqualTo(lfChecksum);

    dir.write(SCHEMA, "0001_bom_crlf.up.sql", lf);
    CliResult validate = db.cli(dir.root(), "validate");
    assertThat(validate.exitCode()).as(validate.err()).isZero();
  }

  /** A correct first migration, so the refusal is about the bad file alone. */
  private static MigrationDir valid(Path tmp) {
    return MigrationDir.in(tmp)
        .pair(SCHEMA, "0001_create_thing", "CREATE TABLE thing (id int);", "DROP TABLE thing;");
  }

  static void assertRefusedBeforeConnecting(TestDatabase db, MigrationDir dir, String... names)
      throws Exception {
    DatabaseState before = DatabaseState.of(db);
    for (String command : new String[] {"up", "status", "validate"}) {
      CliResult real = db.cli(dir.root(), command);
      assertThat(real.exitCode()).as(command + ": " + real.err()).isEqualTo(3);
      assertThat(real.err()).as(command).contains(names).doesNotContain("\tat ");
      assertThat(real.err().lines()).as(command).hasSize(1);
    }
    CliResult unreachable =
        CliResult.run(
            new String[] {
              "up", "--url", NOWHERE, "--user", "postgres", "--dir", dir.root().toString()
            },
            Map.of());
    assertThat(unreachable.exitCode()).as(unreachable.err()).isEqualTo(3);
    assertThat(unreachable.err()).contains(names);
    assertThat(History.schemaExists(db, SCHEMA)).isFalse();
    assertThat(DatabaseState.of(db)).isEqualTo(before);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
