package com.cymate.migrator.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.cymate.migrator.testkit.MigrationDir;
import com.cymate.migrator.testkit.PostgresExtension;
import com.cymate.migrator.testkit.TestDatabase;
import com.cymate.migrator.testkit.TestDatabase.CliResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Issue 3 item 4: rollbacks use what was recorded, and never a silently different down. */
@ExtendWith(PostgresExtension.class)
class RollbackSafetyTest {

  private static MigrationDir release2(Path tmp) {
    return MigrationDir.in(tmp)
        .pair("app", "0001_create_t", "CREATE TABLE t (id int);\n", "DROP TABLE t;\n")
        .pair(
            "app",
            "0002_add_note",
            "ALTER TABLE t ADD COLUMN note text;\n",
            "ALTER TABLE t DROP COLUMN note;\n");
  }

  @Test
  void olderReleaseWithoutTheDownFilesRollsBackWithTheRecordedSql(
      TestDatabase db, @TempDir Path tmp) throws Exception {
    MigrationDir dir = release2(tmp);
    assertThat(db.cli(dir.root(), "up").exitCode()).isZero();
    dir.delete("app", "0002_add_note.up.sql");
    dir.delete("app", "0002_add_note.down.sql");

    assertThat(db.cli(dir.root(), "up").exitCode()).isEqualTo(7);
    CliResult down = db.cli(dir.root(), "down", "--schema", "app");
    assertThat(down.exitCode()).isZero();
    assertThat(down.out()).contains("rolled back 1 migration(s) [2]");
    assertThat(
            db.column(
                "SELECT attname FROM pg_attribute WHERE attrelid = 'app.t'::regclass"
                    + " AND attnum > 0 AND NOT attisdropped"))
        .containsExactly("id");
    assertThat(db.versions("app")).containsExactly(1L);
    assertThat(
            db.column(
                "SELECT direction || ' ' || version || ' ' || outcome"
                    + " FROM app.schema_version_log ORDER BY id"))
        .containsExactly("up 1 applied", "up 2 applied", "down 2 rolled_back");
  }

  @Test
  void aDownFileThatDiffersFromTheRecordIsRefusedUnlessForced(TestDatabase db, @TempDir Path tmp)
      throws Exception {
    MigrationDir dir = release2(tmp);
    assertThat(db.cli(dir.root(), "up").exitCode()).isZero();
    dir.write("app", "0002_add_note.down.sql", "ALTER TABLE t RENAME COLUMN note TO old_note;\n");

    CliResult refused = db.cli(dir.root(), "down", "--schema", "app");
    assertThat(refused.exitCode()).isEqualTo(4);
    assertThat(refused.err())
        .contains("0002_add_note.down.sql: differs from the down SQL recorded", "--force");
    assertThat(db.versions("app")).containsExactly(1L, 2L);

    CliResult forced = db.cli(dir.root(), "down", "--schema", "app", "--force");
    assertThat(forced.exitCode()).isZero();
    assertThat(
            db.column(
                "SELECT attname FROM pg_attribute WHERE attrelid = 'app.t'::regclass"
                    + " AND attnum > 0 AND NOT attisdropped ORDER BY attnum"))
        .containsExactly("id", "old_note");
    assertThat(db.versions("app")).containsExactly(1L);
  }
}
