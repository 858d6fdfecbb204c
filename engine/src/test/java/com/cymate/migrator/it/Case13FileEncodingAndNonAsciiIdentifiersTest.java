package com.cymate.migrator.it;

import static com.cymate.migrator.it.CaseFiles.SCHEMA;
import static org.assertj.core.api.Assertions.assertThat;

import com.cymate.migrator.testkit.MigrationDir;
import com.cymate.migrator.testkit.MigratorProcess;
import com.cymate.migrator.testkit.PostgresExtension;
import com.cymate.migrator.testkit.TestDatabase;
import com.cymate.migrator.testkit.TestDatabase.CliResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Case 13: files are UTF-8 whatever the JVM's default charset; a Latin-1 file is refused naming
 * file, line, column and byte; non-ASCII identifiers arrive exactly.
 */
@ExtendWith(PostgresExtension.class)
class Case13FileEncodingAndNonAsciiIdentifiersTest {

  private static final String CASE = "13-file-encoding-and-non-ascii-identifiers";
  private static final String LATIN1 = "0002_seed_menu_latin1";
  private static final List<String> CP1252 = List.of("-Dfile.encoding=windows-1252");

  @Test
  void latin1FileIsRefusedBeforeAnythingRuns(TestDatabase db, @TempDir Path tmp) throws Exception {
    MigrationDir dir = CaseFiles.copy(CASE, tmp);

    CliResult up = db.cli(dir.root(), "up");

    assertThat(up.exitCode()).isEqualTo(3);
    assertThat(up.err())
        .contains(LATIN1 + ".up.sql:2:17: invalid UTF-8 byte 0xFC; migration files must be UTF-8");
    assertThat(History.schemaExists(db, SCHEMA)).isFalse();
  }

  @Test
  void utf8FileAppliesExactlyUnderAWindowsDefaultCharset(TestDatabase db, @TempDir Path tmp)
      throws Exception {
    MigrationDir dir = CaseFiles.copy(CASE, tmp);
    dir.delete(SCHEMA, LATIN1 + ".up.sql");
    dir.delete(SCHEMA, LATIN1 + ".down.sql");

    MigratorProcess.Result up = MigratorProcess.start(db, dir.root(), CP1252, "up").await();

    assertThat(up.exitCode()).as(up.toString()).isZero();
    assertThat(
            db.value(
                "SELECT string_agg(attname, ',' ORDER BY attnum) FROM pg_attribute"
                    + " WHERE attrelid = 'app.\"Menü_Eintrag\"'::regclass AND attnum > 0"))
        .isEqualTo("id,größe,Preis €");
    assertThat(db.value("SELECT 名前 FROM app.商品")).isEqualTo("抹茶");
    assertThat(db.value("SELECT größe FROM app.\"Menü_Eintrag\"")).isEqualTo("groß");
    assertThat(db.value("SELECT obj_description('app.\"Menü_Eintrag\"'::regclass)"))
        .isEqualTo("Crème brûlée; façade; naïve");
    assertThat(History.field(db, SCHEMA, 1, "up_checksum"))
        .isEqualTo(CanonicalChecksum.of(CaseFiles.file(dir, "0001_create_menu.up.sql")));
    MigratorProcess.Result validate =
        MigratorProcess.start(db, dir.root(), CP1252, "validate").await();
    assertThat(validate.exitCode()).as(validate.toString()).isZero();
    CliResult inProcess = db.cli(dir.root(), "validate");
    assertThat(inProcess.exitCode()).as(inProcess.err()).isZero();
  }

  @Test
  void latin1FileAddedLaterIsRefusedAndTheSchemaStaysAtVersion1(TestDatabase db, @TempDir Path tmp)
      throws Exception {
    MigrationDir dir = CaseFiles.copy(CASE, tmp);
    dir.delete(SCHEMA, LATIN1 + ".up.sql");
    dir.delete(SCHEMA, LATIN1 + ".down.sql");
    assertThat(db.cli(dir.root(), "up").exitCode()).isZero();
    CaseFiles.replace(dir, CASE, LATIN1 + ".up.sql");
    CaseFiles.replace(dir, CASE, LATIN1 + ".down.sql");

    CliResult up = db.cli(dir.root(), "up");

    assertThat(up.exitCode()).isEqualTo(3);
    assertThat(up.err()).contains(LATIN1 + ".up.sql:2:17: invalid UTF-8 byte 0xFC");
    assertThat(db.versions(SCHEMA)).containsExactly(1L);
    assertThat(db.count("SELECT count(*) FROM app.\"Menü_Eintrag\"")).isEqualTo(1);
  }
}
