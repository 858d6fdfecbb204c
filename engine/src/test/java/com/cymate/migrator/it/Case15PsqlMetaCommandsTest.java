package com.cymate.migrator.it;

import static com.cymate.migrator.it.CaseFiles.SCHEMA;
import static org.assertj.core.api.Assertions.assertThat;

import com.cymate.migrator.testkit.MigrationDir;
import com.cymate.migrator.testkit.PostgresExtension;
import com.cymate.migrator.testkit.TestDatabase;
import com.cymate.migrator.testkit.TestDatabase.CliResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Case 15: psql meta-commands are refused, {@code \restrict} included; backslashes that are data
 * (literals, a line starting {@code \connect} inside a string, a DO body) pass unchanged.
 */
@ExtendWith(PostgresExtension.class)
class Case15PsqlMetaCommandsTest {

  private static final String CASE = "15-psql-meta-commands";
  private static final String DUMP = "0002_baseline_from_dump";

  @Test
  void dumpWithRestrictIsRefusedNamingBothLines(TestDatabase db, @TempDir Path tmp)
      throws Exception {
    MigrationDir dir = CaseFiles.copy(CASE, tmp);

    CliResult up = db.cli(dir.root(), "up");

    assertThat(up.exitCode()).isEqualTo(3);
    assertThat(up.err())
        .contains(DUMP + ".up.sql:5:1: psql meta-command \\restrict is not SQL")
        .contains(DUMP + ".up.sql:25:1: psql meta-command \\unrestrict is not SQL")
        .doesNotContain("0001_path_hints");
    assertThat(History.schemaExists(db, SCHEMA)).isFalse();
  }

  @Test
  void backslashesInDataApplyUnchangedAndTheDumpStaysOut(TestDatabase db, @TempDir Path tmp)
      throws Exception {
    MigrationDir dir = CaseFiles.copy(CASE, tmp);
    dir.delete(SCHEMA, DUMP + ".up.sql");
    dir.delete(SCHEMA, DUMP + ".down.sql");

    CliResult first = db.cli(dir.root(), "up");
    CaseFiles.replace(dir, CASE, DUMP + ".up.sql");
    CaseFiles.replace(dir, CASE, DUMP + ".down.sql");
    CliResult second = db.cli(dir.root(), "up");

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(db.column("SELECT pattern FROM app.path_hint ORDER BY id"))
        .containsExactly(
            "\\d+\\.csv",
            "line one\nline two",
            "first line of a note\n\\connect is just text on the second line");
    assertThat(second.exitCode()).isEqualTo(3);
    assertThat(second.err()).contains(DUMP + ".up.sql:5:1: psql meta-command \\restrict");
    assertThat(db.versions(SCHEMA)).containsExactly(1L);
    assertThat(db.tableExists("app.warehouse")).isFalse();
    assertThat(db.tableExists("public.warehouse")).isFalse();
  }
}
