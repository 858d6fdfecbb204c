package com.cymate.migrator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.cymate.migrator.testkit.MigrationDir;
import com.cymate.migrator.testkit.PostgresExtension;
import com.cymate.migrator.testkit.TestDatabase;
import com.cymate.migrator.testkit.TestDatabase.CliResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: dry runs, new, connection settings, secrets. */
@ExtendWith(PostgresExtension.class)
class CommandLineTest {

  private static MigrationDir twoMigrations(Path tmp) {
    return MigrationDir.in(tmp)
        .pair("app", "0001_create_t", "CREATE TABLE t (id int);\n", "DROP TABLE t;\n")
        .pair(
            "app",
            "0002_index_t",
            "CREATE INDEX CONCURRENTLY t_id_idx ON t (id);\n",
            "DROP INDEX CONCURRENTLY t_id_idx;\n");
  }

  @Test
  void upDryRunPrintsThePlanAndTheSqlAndExecutesNothing(TestDatabase db, @TempDir Path tmp)
      throws Exception {
    MigrationDir dir = twoMigrations(tmp);
    CliResult r = db.cli(dir.root(), "up", "--dry-run");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains("-- schema app: 2 pending")
        .contains("-- 0001_create_t.up.sql (in one transaction)")
        .contains("CREATE TABLE t (id int);")
        .contains("-- 0002_index_t.up.sql (non-transactional: one statement at a time)")
        .contains("CREATE INDEX CONCURRENTLY t_id_idx ON t (id);");
    assertThat(db.value("SELECT to_regnamespace('app')")).isNull();
  }

  @Test
  void downDryRunShowsTheDownThatWouldRunAndRefusesWhatDownWouldRefuse(
      TestDatabase db, @TempDir Path tmp) throws Exception {
    MigrationDir dir = twoMigrations(tmp);
    assertThat(db.cli(dir.root(), "up").exitCode()).isZero();
    CliResult plan = db.cli(dir.root(), "down", "--schema", "app", "--steps", "2", "--dry-run");
    assertThat(plan.exitCode()).isZero();
    assertThat(plan.out())
        .contains("-- schema app: 2 to roll back")
        .containsSubsequence("DROP INDEX CONCURRENTLY t_id_idx;", "DROP TABLE t;");
    assertThat(db.versions("app")).containsExactly(1L, 2L);

    dir.write("app", "0002_index_t.down.sql", "DROP INDEX t_id_idx;\n");
    CliResult refused = db.cli(dir.root(), "down", "--schema", "app", "--dry-run");
    assertThat(refused.exitCode()).isEqualTo(4);
    assertThat(refused.err()).contains("0002_index_t.down.sql: differs from the down SQL recorded");
  }

  @Test
  void newWritesADraftThatUpRefusesUntilItIsEdited(TestDatabase db, @TempDir Path tmp)
      throws Exception {
    MigrationDir dir = twoMigrations(tmp);
    CliResult created = db.cli(dir.root(), "new", "add_name", "--schema", "app");
    assertThat(created.exitCode()).isZero();
    Path up = dir.root().resolve("app/0003_add_name.up.sql");
    assertThat(created.out()).contains(up.toString());

    CliResult refused = db.cli(dir.root(), "up");
    assertThat(refused.exitCode()).isEqualTo(3);
    assertThat(refused.err()).contains("0003_add_name.up.sql:1:", "draft");
    assertThat(db.versions("app")).isEmpty();

    Files.writeString(up, "ALTER TABLE t ADD COLUMN name text;\n");
    dir.write("app", "0003_add_name.down.sql", "ALTER TABLE t DROP COLUMN name;\n");
    assertThat(db.cli(dir.root(), "up").exitCode()).isZero();
    assertThat(db.versions("app")).containsExactly(1L, 2L, 3L);
  }

  @Test
  void newRefusesAMissingSchemaFolderAndPathsOutsideTheDirectory(
      TestDatabase db, @TempDir Path tmp) {
    MigrationDir dir = twoMigrations(tmp);
    CliResult missing = db.cli(dir.root(), "new", "x", "--schema", "nosuch");
    assertThat(missing.exitCode()).isEqualTo(3);
    assertThat(missing.err()).contains("no folder", "create that folder first");
    CliResult escape = db.cli(dir.root(), "new", "x", "--schema", "../evil");
    assertThat(escape.exitCode()).isEqualTo(3);
    assertThat(Files.exists(tmp.resolve("evil"))).isFalse();
  }

  @Test
  void aPasswordInAnInvalidUrlIsNeverPrinted() {
    CliResult r =
        CliResult.run(
            new String[] {
              "status", "--url", "jdbc:postgresql://127.0.0.1:abc/postgres?password=Secret9"
            },
            Map.of());
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.out() + r.err()).doesNotContain("Secret9").contains("password=***");
  }

  @Test
  void libpqVariablesThatJdbcCannotUseAreInvalidInput() {
    CliResult socket = CliResult.run(new String[] {"status"}, Map.of("PGHOST", "/tmp"));
    assertThat(socket.exitCode()).isEqualTo(3);
    assertThat(socket.err()).contains("PGHOST '/tmp' is a Unix socket directory");
    CliResult port = CliResult.run(new String[] {"status"}, Map.of("PGPORT", "abc"));
    assertThat(port.exitCode()).isEqualTo(3);
    assertThat(port.err()).contains("PGPORT 'abc' is not a port number");
  }

  @Test
  void embeddedWithAUrlIsAContradiction(@TempDir Path tmp) {
    CliResult r =
        CliResult.run(
            new String[] {"status", "--embedded", "--url", "jdbc:postgresql://x/y"}, Map.of());
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).contains("--embedded starts its own server");
  }

  @Test
  void helpListsEveryExitCode() {
    CliResult r = CliResult.run(new String[] {"--help"}, Map.of());
    assertThat(r.exitCode()).isZero();
    for (com.cymate.migrator.ExitCode code : com.cymate.migrator.ExitCode.values()) {
      assertThat(r.out()).contains(code.code() + "  " + code.meaning());
    }
  }

  @Test
  void statusNamesTheDescriptionAVersionWasAppliedUnder(TestDatabase db, @TempDir Path tmp)
      throws Exception {
    MigrationDir dir = twoMigrations(tmp);
    assertThat(db.cli(dir.root(), "up").exitCode()).isZero();
    java.nio.file.Path folder = dir.root().resolve("app");
    Files.move(folder.resolve("0001_create_t.up.sql"), folder.resolve("0001_make_t.up.sql"));
    Files.move(folder.resolve("0001_create_t.down.sql"), folder.resolve("0001_make_t.down.sql"));
    CliResult status = db.cli(dir.root(), "status");
    assertThat(status.exitCode()).isZero();
    assertThat(status.out()).contains("make_t", "(applied as create_t)");
    assertThat(db.cli(dir.root(), "validate").exitCode()).isZero();
  }
}
