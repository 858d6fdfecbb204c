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
 * Case 11: a CRLF checkout of unchanged files validates clean in both directions (canonical
 * checksum); a real content change is drift naming the file and both checksums.
 */
@ExtendWith(PostgresExtension.class)
class Case11CrlfLineEndingsChecksumTest {

  private static final String CASE = "11-crlf-line-endings-checksum";
  private static final String REGION = "0001_create_sales_region.up.sql";
  private static final String MANAGER = "0002_add_region_manager.up.sql";

  @Test
  void appliedFromLfValidatesCleanWithCrlfAndRefusesARealChange(TestDatabase db, @TempDir Path tmp)
      throws Exception {
    MigrationDir dir = CaseFiles.copy(CASE, tmp);
    assertThat(db.cli(dir.root(), "up").exitCode()).isZero();
    String recorded = History.field(db, SCHEMA, 1, "up_checksum");
    DatabaseState applied = DatabaseState.of(db);

    toCrlf(dir);
    assertValidAndUpToDate(db, dir);
    assertThat(DatabaseState.of(db)).isEqualTo(applied);

    CaseFiles.replace(dir, CASE, REGION);
    CaseFiles.replace(dir, CASE, MANAGER);
    CaseFiles.replace(dir, CASE, "changed/" + REGION);
    String changed = CanonicalChecksum.of(CaseFiles.file(dir, REGION));
    for (String command : new String[] {"validate", "up"}) {
      CliResult r = db.cli(dir.root(), command);
      assertThat(r.exitCode()).as(command + ": " + r.err()).isEqualTo(4);
      assertThat(r.err())
          .contains(REGION + ": checksum mismatch for applied version 1 of schema app")
          .contains("recorded " + recorded)
          .contains("file now " + changed);
    }
    assertThat(DatabaseState.of(db)).isEqualTo(applied);
    assertThat(db.count("SELECT count(*) FROM app.sales_region")).isEqualTo(2);
  }

  @Test
  void appliedFromCrlfRecordsTheSameChecksumsAndValidatesCleanWithLf(
      TestDatabase lfDb, TestDatabase crlfDb, @TempDir Path tmp) throws Exception {
    MigrationDir dir = CaseFiles.copy(CASE, tmp);
    assertThat(lfDb.cli(dir.root(), "up").exitCode()).isZero();
    toCrlf(dir);
    assertThat(crlfDb.cli(dir.root(), "up").exitCode()).isZero();

    for (long v = 1; v <= 2; v++) {
      assertThat(History.field(crlfDb, SCHEMA, v, "up_checksum"))
          .isEqualTo(History.field(lfDb, SCHEMA, v, "up_checksum"));
    }
    assertThat(History.field(lfDb, SCHEMA, 1, "up_checksum"))
        .isEqualTo(CanonicalChecksum.of(MigrationDir.caseDir(CASE).resolve(REGION)));
    CaseFiles.replace(dir, CASE, REGION);
    CaseFiles.replace(dir, CASE, MANAGER);
    assertValidAndUpToDate(crlfDb, dir);
    // inside the two-line literal the line ending is data: the engine sends the text unchanged
    assertThat(crlfDb.value("SELECT obj_description('app.sales_region'::regclass)"))
        .isEqualTo("Sales regions.\r\nOne row per region.");
    assertThat(lfDb.value("SELECT obj_description('app.sales_region'::regclass)"))
        .isEqualTo("Sales regions.\nOne row per region.");
  }

  private static void toCrlf(MigrationDir dir) throws Exception {
    CaseFiles.replace(dir, CASE, "crlf/" + REGION);
    CaseFiles.replace(dir, CASE, "crlf/" + MANAGER);
  }

  private static void assertValidAndUpToDate(TestDatabase db, MigrationDir dir) {
    CliResult validate = db.cli(dir.root(), "validate");
    assertThat(validate.exitCode()).as(validate.err()).isZero();
    assertThat(validate.out()).contains("app: valid (0 pending)");
    CliResult up = db.cli(dir.root(), "up");
    assertThat(up.exitCode()).as(up.err()).isZero();
    assertThat(up.out()).contains("app: applied 0 migration(s), up to date");
  }
}
