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

/**
 * A failed CREATE UNIQUE INDEX CONCURRENTLY leaves an INVALID index: status and validate must say
 * so even after the dirty row is repaired, and repair can drop it.
 */
@ExtendWith(PostgresExtension.class)
class InvalidIndexRepairTest {

  @Test
  void invalidIndexIsReportedUntilDroppedByRepair(TestDatabase db, @TempDir Path tmp)
      throws Exception {
    MigrationDir dir =
        MigrationDir.in(tmp)
            .pair(
                "app",
                "0001_create_t",
                "CREATE TABLE t (id int);\nINSERT INTO t VALUES (1), (1);\n",
                "DROP TABLE t;\n")
            .pair(
                "app",
                "0002_unique_t",
                "CREATE UNIQUE INDEX CONCURRENTLY t_id_key ON t (id);\n",
                "DROP INDEX CONCURRENTLY t_id_key;\n");
    CliResult failed = db.cli(dir.root(), "up");
    assertThat(failed.exitCode()).isEqualTo(8);
    assertThat(failed.err()).contains("DROP INDEX CONCURRENTLY app.t_id_key");

    CliResult marked =
        db.cli(dir.root(), "repair", "--schema", "app", "--version", "2", "--mark-rolled-back");
    assertThat(marked.exitCode()).isZero();
    assertThat(marked.out()).contains("INVALID indexes remain", "--drop-invalid-indexes");

    CliResult validate = db.cli(dir.root(), "validate");
    assertThat(validate.exitCode()).isEqualTo(8);
    assertThat(validate.err()).contains("INVALID indexes", "DROP INDEX CONCURRENTLY app.t_id_key");
    assertThat(db.cli(dir.root(), "status", "--json").out()).contains("\"valid\": false");

    CliResult dropped = db.cli(dir.root(), "repair", "--schema", "app", "--drop-invalid-indexes");
    assertThat(dropped.exitCode()).isZero();
    assertThat(dropped.out()).contains("no INVALID indexes remain");
    assertThat(db.count("SELECT count(*) FROM pg_index WHERE NOT indisvalid")).isZero();
    assertThat(
            db.column(
                "SELECT outcome || ': ' || coalesce(detail, '-') FROM app.schema_version_log"
                    + " WHERE direction = 'repair' ORDER BY id"))
        .containsExactly(
            "marked_rolled_back: -", "dropped_invalid_index: DROP INDEX CONCURRENTLY app.t_id_key");
    assertThat(db.cli(dir.root(), "validate").exitCode()).isZero();

    db.execute("DELETE FROM app.t WHERE ctid = (SELECT max(ctid) FROM app.t)");
    assertThat(db.cli(dir.root(), "up").exitCode()).isZero();
    assertThat(
            db.value("SELECT indisvalid FROM pg_index WHERE indexrelid = 'app.t_id_key'::regclass"))
        .isEqualTo("t");
  }
}
