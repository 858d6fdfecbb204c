package com.cymate.migrator.it;

import static com.cymate.migrator.it.CaseFiles.SCHEMA;
import static org.assertj.core.api.Assertions.assertThat;

import com.cymate.migrator.testkit.MigrationDir;
import com.cymate.migrator.testkit.PostgresExtension;
import com.cymate.migrator.testkit.TestDatabase;
import com.cymate.migrator.testkit.TestDatabase.CliResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Case 14: COPY ... FROM stdin with inline data. Ours feeds the block through CopyManager inside
 * the migration's transaction and then runs the statements after it.
 */
@ExtendWith(PostgresExtension.class)
class Case14CopyFromStdinTest {

  private static final String CASE = "14-copy-from-stdin";
  private static final String FILE = "0001_load_country.up.sql";

  @Test
  void copyBlockLoadsAndTheStatementsAfterItRun(TestDatabase db, @TempDir Path tmp)
      throws Exception {
    MigrationDir dir = CaseFiles.copy(CASE, tmp);

    CliResult up = db.cli(dir.root(), "up");

    assertThat(up.exitCode()).as(up.err()).isZero();
    assertThat(db.count("SELECT count(*) FROM app.country")).isEqualTo(4);
    assertThat(db.value("SELECT note IS NULL FROM app.country WHERE code = 'DE'")).isEqualTo("t");
    assertThat(db.value("SELECT note FROM app.country WHERE code = 'FR'"))
        .isEqualTo("listed; twice? no");
    assertThat(db.value("SELECT name || '|' || note FROM app.country WHERE code = 'CI'"))
        .isEqualTo("Côte d'Ivoire|apostrophe in data");
    assertThat(db.value("SELECT note FROM app.country WHERE code = 'XA'"))
        .isEqualTo("contains $note$ once and a tab:\there");
    assertThat(db.value("SELECT to_regclass('app.country_name_idx')")).isNotNull();
    assertThat(db.value("SELECT obj_description('app.country'::regclass)"))
        .isEqualTo("loaded by COPY; index created after it");
    assertThat(History.field(db, SCHEMA, 1, "transactional")).isEqualTo("true");
  }

  @Test
  void copyWithoutTerminatorIsRefusedAtTheCopyLine(TestDatabase db, @TempDir Path tmp)
      throws Exception {
    MigrationDir dir = CaseFiles.copy(CASE, tmp);
    Path file = CaseFiles.file(dir, FILE);
    String text = Files.readString(file, StandardCharsets.UTF_8);
    Files.writeString(file, text.replace("\\.\n", ""), StandardCharsets.UTF_8);

    CliResult up = db.cli(dir.root(), "up");

    assertThat(up.exitCode()).isEqualTo(3);
    assertThat(up.err()).contains(FILE + ":8:").contains("no terminating \\. line");
    assertThat(History.schemaExists(db, SCHEMA)).isFalse();
  }
}
