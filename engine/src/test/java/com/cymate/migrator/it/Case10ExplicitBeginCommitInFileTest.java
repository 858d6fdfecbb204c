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
 * Case 10: a file's own BEGIN/COMMIT is refused before it runs; PL/pgSQL BEGIN ... END is not
 * transaction control.
 */
@ExtendWith(PostgresExtension.class)
class Case10ExplicitBeginCommitInFileTest {

  private static final String CASE = "10-explicit-begin-commit-in-file";
  private static final String WRAPPED = "0002_create_shipment";

  @Test
  void wrappedFileIsRefusedNamingBothLinesAndNothingRuns(TestDatabase db, @TempDir Path tmp)
      throws Exception {
    MigrationDir dir = CaseFiles.copy(CASE, tmp);

    CliResult up = db.cli(dir.root(), "up");

    assertThat(up.exitCode()).isEqualTo(3);
    assertThat(up.err())
        .contains(WRAPPED + ".up.sql:1:1: BEGIN is not allowed in a migration")
        .contains(WRAPPED + ".up.sql:12:1: COMMIT is not allowed in a migration")
        .contains(WRAPPED + ".down.sql:1:1: BEGIN")
        .doesNotContain("0001_shipment_helpers");
    assertThat(History.schemaExists(db, SCHEMA)).isFalse();
  }

  @Test
  void plpgsqlBlocksApplyAndTheWrappedFileStaysOut(TestDatabase db, @TempDir Path tmp)
      throws Exception {
    MigrationDir dir = CaseFiles.copy(CASE, tmp);
    dir.delete(SCHEMA, WRAPPED + ".up.sql");
    dir.delete(SCHEMA, WRAPPED + ".down.sql");

    CliResult first = db.cli(dir.root(), "up");
    CaseFiles.replace(dir, CASE, WRAPPED + ".up.sql");
    CaseFiles.replace(dir, CASE, WRAPPED + ".down.sql");
    CliResult second = db.cli(dir.root(), "up");

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(db.value("SELECT app.shipment_code(42)")).isEqualTo("SHP-00000042");
    assertThat(second.exitCode()).isEqualTo(3);
    assertThat(second.err()).contains(WRAPPED + ".up.sql:1:1: BEGIN");
    assertThat(db.versions(SCHEMA)).containsExactly(1L);
    assertThat(db.tableExists("app.shipment")).isFalse();
    assertThat(db.value("SELECT to_regtype('app.shipment_status')")).isNull();
  }
}
