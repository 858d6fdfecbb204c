package com.cymate.migrator.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.cymate.migrator.testkit.MigrationDir;
import com.cymate.migrator.testkit.PostgresExtension;
import com.cymate.migrator.testkit.TestDatabase;
import com.cymate.migrator.testkit.TestDatabase.CliResult;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code migrator verify} end to end through the CLI, against the shared embedded server. */
@ExtendWith(PostgresExtension.class)
class VerifyCommandTest {

  private static final Path REPO_SQL = MigrationDir.repoRoot().resolve("sql");
  private static final Pattern SCRATCH = Pattern.compile("migrator_verify_[0-9a-f]{12}");

  @TempDir Path tmp;

  @Test
  void repoSqlFolderRestoresItsSchemaOnEveryDown(TestDatabase db) throws Exception {
    CliResult verify = db.cli(REPO_SQL, "verify");

    assertThat(verify.exitCode()).as(verify.err()).isZero();
    assertThat(verify.out())
        .contains(
            "patch_api: 4 migration(s) restore the schema on down (up, down, up): [1, 2, 3, 4]")
        .contains(
            "upgrade_api: 4 migration(s) restore the schema on down (up, down, up): [1, 2, 3, 4]");
    assertScratchDropped(db, verify);
    assertUntouched(db, "patch_api", "upgrade_api");
  }

  static Stream<Arguments> forgottenInDown() {
    return Stream.of(
        Arguments.of(
            "index",
            "CREATE INDEX t_b_idx ON t (b);\nCOMMENT ON COLUMN t.b IS 'indexed';\n",
            "COMMENT ON COLUMN t.b IS NULL;\n",
            List.of("  + index t_b_idx: CREATE INDEX t_b_idx ON s.t USING btree (b)")),
        Arguments.of(
            "column default",
            "ALTER TABLE t ALTER COLUMN b SET DEFAULT 42;\nALTER TABLE t ALTER COLUMN b SET NOT NULL;\n",
            "ALTER TABLE t ALTER COLUMN b DROP NOT NULL;\n",
            List.of("  - column t.b: integer", "  + column t.b: integer default 42")),
        Arguments.of(
            "check constraint",
            "ALTER TABLE t ADD CONSTRAINT t_b_positive CHECK (b > 0);\nALTER TABLE t ADD COLUMN c text;\n",
            "ALTER TABLE t DROP COLUMN c;\n",
            List.of("  + constraint t.t_b_positive: CHECK ((b > 0))")));
  }

  @ParameterizedTest(name = "down forgets the {0}")
  @MethodSource("forgottenInDown")
  void downThatForgetsSomethingIsReportedWithTheExactDifference(
      String what, String up, String down, List<String> difference, TestDatabase db)
      throws Exception {
    MigrationDir dir =
        MigrationDir.in(tmp)
            .pair(
                "s",
                "0001_create_t",
                "CREATE TABLE t (a integer PRIMARY KEY, b integer);\n",
                "DROP TABLE t;\n")
            .pair("s", "0002_change_t", up, down)
            .pair("s", "0003_create_u", "CREATE TABLE u (x integer);\n", "DROP TABLE u;\n");

    CliResult verify = db.cli(dir.root(), "verify");

    assertThat(verify.exitCode()).as(verify.out() + verify.err()).isEqualTo(4);
    assertThat(verify.err())
        .contains(
            "migrator: error: s: 0002_change_t.down.sql does not restore the schema its up"
                + " started from ("
                + difference.size()
                + " line(s) differ;");
    List<String> out = verify.out().lines().toList();
    int heading =
        out.indexOf(
            "s: 0002_change_t.down.sql does not restore the schema its up started from"
                + " (- only before the up, + only after the down):");
    assertThat(heading).as(verify.out()).isNotNegative();
    assertThat(out.subList(heading + 1, out.size())).isEqualTo(difference);
    assertThat(out).contains("s: 1 migration(s) restore the schema on down (up, down, up): [1]");
    assertScratchDropped(db, verify);
    assertUntouched(db, "s");
  }

  @Test
  void downThatReAddsADroppedColumnAtTheEndStillRestores(TestDatabase db) throws Exception {
    MigrationDir dir =
        MigrationDir.in(tmp)
            .pair(
                "s",
                "0001_create_t",
                "CREATE TABLE t (a integer, b text NOT NULL DEFAULT '');\n",
                "DROP TABLE t;\n")
            .pair(
                "s",
                "0002_drop_a",
                "ALTER TABLE t DROP COLUMN a;\n",
                "ALTER TABLE t ADD COLUMN a integer;\n");

    CliResult verify = db.cli(dir.root(), "verify");

    assertThat(verify.exitCode()).as(verify.out() + verify.err()).isZero();
    assertThat(verify.out()).contains("s: 2 migration(s) restore the schema on down");
  }

  @Test
  void upThatBuildsSomethingElseTheSecondTimeIsReported(TestDatabase db) throws Exception {
    // the down leaves the sequence advanced, so the second up names its index differently
    MigrationDir dir =
        MigrationDir.in(tmp)
            .pair(
                "s",
                "0001_create_t",
                "CREATE TABLE t (a integer);\nCREATE SEQUENCE n;\n",
                "DROP TABLE t;\nDROP SEQUENCE n;\n")
            .pair(
                "s",
                "0002_index_t",
                "DO $$ BEGIN EXECUTE format('CREATE INDEX t_%s ON t (a)', nextval('n')); END $$;\n",
                "DO $$ BEGIN EXECUTE format('DROP INDEX t_%s', currval('n')); END $$;\n");

    CliResult verify = db.cli(dir.root(), "verify");

    assertThat(verify.exitCode()).as(verify.out() + verify.err()).isEqualTo(4);
    assertThat(verify.err())
        .contains(
            "s: 0002_index_t.up.sql gives a different schema when applied again after its"
                + " down");
    assertThat(verify.out())
        .contains("  - index t_1: CREATE INDEX t_1 ON s.t USING btree (a)")
        .contains("  + index t_2: CREATE INDEX t_2 ON s.t USING btree (a)");
  }

  @Test
  void scratchDatabaseIsDroppedWhenAMigrationFails(TestDatabase db) throws Exception {
    MigrationDir dir =
        MigrationDir.in(tmp)
            .pair("s", "0001_create_t", "CREATE TABLE t (a integer);\n", "DROP TABLE t;\n")
            .pair("s", "0002_broken", "ALTER TABLE t ADD COLUMN;\n", "SELECT 1;\n");

    CliResult verify = db.cli(dir.root(), "verify");

    assertThat(verify.exitCode()).as(verify.out() + verify.err()).isEqualTo(2);
    assertThat(verify.err()).contains("0002_broken.up.sql:1:");
    assertScratchDropped(db, verify);
    assertUntouched(db, "s");
  }

  @Test
  void verifyOneSchemaLeavesTheOthersAlone(TestDatabase db) throws Exception {
    CliResult verify = db.cli(REPO_SQL, "verify", "--schema", "upgrade_api");

    assertThat(verify.exitCode()).as(verify.err()).isZero();
    assertThat(verify.out()).contains("upgrade_api: 4 migration(s)").doesNotContain("patch_api");
  }

  @Test
  void embeddedServerVerifiesInAScratchDatabaseOfItsOwn() {
    MigrationDir dir =
        MigrationDir.in(tmp)
            .pair("s", "0001_create_t", "CREATE TABLE t (a integer);\n", "DROP TABLE t;\n");

    CliResult verify =
        CliResult.run(
            new String[] {
              "verify",
              "--embedded",
              "--embedded-dir",
              tmp.resolve("pg").toString(),
              "--dir",
              dir.root().toString()
            },
            java.util.Map.of());

    assertThat(verify.exitCode()).as(verify.err()).isZero();
    assertThat(verify.out()).contains("s: 1 migration(s) restore the schema on down");
  }

  private static void assertScratchDropped(TestDatabase db, CliResult verify) throws SQLException {
    Matcher m = SCRATCH.matcher(verify.out());
    assertThat(m.find()).as("scratch database named in: " + verify.out()).isTrue();
    assertThat(db.count("SELECT count(*) FROM pg_database WHERE datname = '" + m.group() + "'"))
        .isZero();
  }

  /** Verify ran nowhere but in its scratch database: the target has no trace of the schemas. */
  private static void assertUntouched(TestDatabase db, String... schemas) throws SQLException {
    for (String schema : schemas) {
      assertThat(db.count("SELECT count(*) FROM pg_namespace WHERE nspname = '" + schema + "'"))
          .as("schema %s in the target database", schema)
          .isZero();
    }
  }
}
