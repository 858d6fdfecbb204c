package com.cymate.migrator.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.cymate.migrator.testkit.MigrationDir;
import com.cymate.migrator.testkit.PostgresExtension;
import com.cymate.migrator.testkit.TestDatabase;
import com.cymate.migrator.testkit.TestDatabase.CliResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** An applied file edited afterwards: up and validate refuse, name it, and change nothing. */
@ExtendWith(PostgresExtension.class)
class DriftTest {

  private static final String EDITED = "0002_constrain_fixed_vulnerability.up.sql";

  @Test
  void editedAppliedFileIsRefusedByUpAndValidateAndNothingChanges(
      TestDatabase db, @TempDir Path tmp) throws Exception {
    MigrationDir dir =
        MigrationDir.in(tmp)
            .copyFrom(MigrationDir.repoRoot().resolve("sql/patch_api"), "patch_api")
            .copyFrom(MigrationDir.repoRoot().resolve("sql/upgrade_api"), "upgrade_api");
    assertThat(db.cli(dir.root(), "up").exitCode()).isZero();
    String recorded = History.field(db, "patch_api", 2, "up_checksum");
    Path edited = dir.root().resolve("patch_api").resolve(EDITED);
    Files.writeString(edited, "\nCREATE TABLE sneaked_in (id int);\n", StandardOpenOption.APPEND);
    dir.pair("patch_api", "0005_add_notes", "CREATE TABLE notes (id int);", "DROP TABLE notes;");
    String now = CanonicalChecksum.of(edited);
    DatabaseState before = DatabaseState.of(db);

    CliResult up = db.cli(dir.root(), "up");
    CliResult validate = db.cli(dir.root(), "validate");

    for (CliResult r : new CliResult[] {up, validate}) {
      assertThat(r.exitCode()).as(r.err()).isEqualTo(4);
      assertThat(r.err())
          .contains(EDITED + ": checksum mismatch for applied version 2 of schema patch_api")
          .contains("recorded " + recorded)
          .contains("file now " + now);
    }
    assertThat(recorded).isNotEqualTo(now);
    assertThat(DatabaseState.of(db)).isEqualTo(before);
    assertThat(db.tableExists("patch_api.sneaked_in")).isFalse();
    assertThat(db.tableExists("patch_api.notes")).isFalse();
  }

  @Test
  void restoringTheFileClearsTheDrift(TestDatabase db, @TempDir Path tmp) throws Exception {
    MigrationDir dir =
        MigrationDir.in(tmp)
            .copyFrom(MigrationDir.repoRoot().resolve("sql/patch_api"), "patch_api");
    assertThat(db.cli(dir.root(), "up").exitCode()).isZero();
    Path file = dir.root().resolve("patch_api").resolve(EDITED);
    byte[] original = Files.readAllBytes(file);
    Files.writeString(file, "-- a comment is an edit too\n", StandardOpenOption.APPEND);
    assertThat(db.cli(dir.root(), "validate").exitCode()).isEqualTo(4);

    Files.write(file, original);

    CliResult validate = db.cli(dir.root(), "validate");
    assertThat(validate.exitCode()).as(validate.err()).isZero();
    assertThat(validate.out()).contains("patch_api: valid (0 pending)");
  }
}
