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

/** Case 22: two files with version 2 ({@code 0002_}, {@code 002_}) are refused at load time. */
@ExtendWith(PostgresExtension.class)
class Case22DuplicateVersionsTest {

  private static final String CASE = "22-duplicate-versions";
  private static final String EMAIL = "0002_add_account_email.up.sql";
  private static final String PHONE = "002_add_account_phone.up.sql";

  @Test
  void duplicateIsRefusedByEveryCommandBeforeConnecting(TestDatabase db, @TempDir Path tmp)
      throws Exception {
    MigrationDir dir = CaseFiles.copy(CASE, tmp);

    BadInputTest.assertRefusedBeforeConnecting(db, dir, "duplicate version 2", EMAIL, PHONE);
    CliResult down = db.cli(dir.root(), "down");
    assertThat(down.exitCode()).isEqualTo(3);
    assertThat(down.err()).contains("duplicate version 2", EMAIL, PHONE);
    assertThat(History.schemaExists(db, SCHEMA)).isFalse();
  }

  @Test
  void duplicateArrivingAfterVersion2WasAppliedIsStillRefused(TestDatabase db, @TempDir Path tmp)
      throws Exception {
    MigrationDir dir = withoutPhone(tmp);
    assertThat(db.cli(dir.root(), "up").exitCode()).isZero();
    CaseFiles.replace(dir, CASE, PHONE);
    CaseFiles.replace(dir, CASE, PHONE.replace(".up.", ".down."));
    DatabaseState applied = DatabaseState.of(db);

    for (String command : new String[] {"up", "status", "validate", "down"}) {
      CliResult r = db.cli(dir.root(), command);
      assertThat(r.exitCode()).as(command).isEqualTo(3);
      assertThat(r.err()).as(command).contains("duplicate version 2", EMAIL, PHONE);
    }
    assertThat(DatabaseState.of(db)).isEqualTo(applied);
    assertThat(db.versions(SCHEMA)).containsExactly(1L, 2L, 3L);
  }

  /** case.md: "the message says which file the recorded checksum matches". */
  @Test
  void refusalSaysWhichFileTheRecordedVersionCameFrom(TestDatabase db, @TempDir Path tmp)
      throws Exception {
    MigrationDir dir = withoutPhone(tmp);
    assertThat(db.cli(dir.root(), "up").exitCode()).isZero();
    CaseFiles.replace(dir, CASE, PHONE);
    CaseFiles.replace(dir, CASE, PHONE.replace(".up.", ".down."));

    CliResult up = db.cli(dir.root(), "up");

    assertThat(up.exitCode()).isEqualTo(3);
    assertThat(up.err())
        .contains("the database has version 2 applied from " + EMAIL + " (its checksum matches)");
  }

  private static MigrationDir withoutPhone(Path tmp) {
    MigrationDir dir = CaseFiles.copy(CASE, tmp);
    dir.delete(SCHEMA, PHONE);
    dir.delete(SCHEMA, PHONE.replace(".up.", ".down."));
    return dir;
  }
}
