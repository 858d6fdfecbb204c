package com.cymate.migrator.it;

import static com.cymate.migrator.it.CaseFiles.SCHEMA;
import static org.assertj.core.api.Assertions.assertThat;

import com.cymate.migrator.testkit.Json;
import com.cymate.migrator.testkit.MigrationDir;
import com.cymate.migrator.testkit.PostgresExtension;
import com.cymate.migrator.testkit.TestDatabase;
import com.cymate.migrator.testkit.TestDatabase.CliResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Case 05: statements PostgreSQL refuses in a transaction block. Ours: a file whose every statement
 * needs it runs outside a transaction without a marker; a file mixing both kinds is refused before
 * anything runs.
 */
@ExtendWith(PostgresExtension.class)
class Case05NonTransactionalStatementsTest {

  private static final String CASE = "05-non-transactional-statements";
  private static final String MIXED = "0004_mixed_ddl_and_cic";

  @Test
  void mixedFileIsRefusedBeforeAnythingRuns(TestDatabase db, @TempDir Path tmp) throws Exception {
    MigrationDir dir = CaseFiles.copy(CASE, tmp);

    CliResult up = db.cli(dir.root(), "up");

    assertThat(up.exitCode()).isEqualTo(3);
    assertThat(up.err())
        .contains(
            MIXED
                + ".up.sql:2:1: CREATE INDEX CONCURRENTLY cannot be combined with"
                + " transactional statements in one migration; split the file")
        .contains(MIXED + ".down.sql:1:1: DROP INDEX CONCURRENTLY cannot be combined");
    assertThat(History.schemaExists(db, SCHEMA)).isFalse();
  }

  @Test
  void cicAndVacuumFilesRunOutsideATransaction(TestDatabase db, @TempDir Path tmp)
      throws Exception {
    MigrationDir dir = withoutMixed(tmp);

    CliResult up = db.cli(dir.root(), "up");

    assertThat(up.exitCode()).as(up.err()).isZero();
    assertThat(up.out()).contains("app: applied 3 migration(s) [1, 2, 3]");
    assertThat(db.versions(SCHEMA)).containsExactly(1L, 2L, 3L);
    assertThat(
            db.value(
                "SELECT indisvalid FROM pg_index"
                    + " WHERE indexrelid = 'app.blob_item_digest_idx'::regclass"))
        .isEqualTo("t");
    assertThat(
            db.column(
                "SELECT version || ' ' || transactional || ' ' || state"
                    + " FROM app.schema_version ORDER BY version"))
        .containsExactly("1 true applied", "2 false applied", "3 false applied");
    Poll.until(
        "VACUUM (ANALYZE) to show in the statistics",
        () ->
            db.value(
                    "SELECT last_vacuum IS NOT NULL AND last_analyze IS NOT NULL FROM pg_stat_user_tables"
                        + " WHERE relid = 'app.blob_item'::regclass")
                .equals("t"));
  }

  @Test
  void mixedFileAddedLaterIsRefusedAndLeavesNoDirtyState(TestDatabase db, @TempDir Path tmp)
      throws Exception {
    MigrationDir dir = withoutMixed(tmp);
    assertThat(db.cli(dir.root(), "up").exitCode()).isZero();
    CaseFiles.replace(dir, CASE, MIXED + ".up.sql");
    CaseFiles.replace(dir, CASE, MIXED + ".down.sql");

    CliResult up = db.cli(dir.root(), "up");

    assertThat(up.exitCode()).isEqualTo(3);
    assertThat(up.err()).contains(MIXED + ".up.sql:2:1: CREATE INDEX CONCURRENTLY");
    assertThat(db.versions(SCHEMA)).containsExactly(1L, 2L, 3L);
    assertThat(
            db.count(
                "SELECT count(*) FROM information_schema.columns WHERE table_schema ="
                    + " 'app' AND table_name = 'blob_item' AND column_name = 'size_bytes'"))
        .isZero();
    Files.delete(CaseFiles.file(dir, MIXED + ".up.sql"));
    Files.delete(CaseFiles.file(dir, MIXED + ".down.sql"));
    Map<String, Object> status = appStatus(db, dir);
    assertThat(status).containsEntry("dirty", false).containsEntry("current", 3L);
  }

  @Test
  void failedConcurrentIndexMarksDirtyAndNamesTheInvalidIndex(TestDatabase db, @TempDir Path tmp)
      throws Exception {
    MigrationDir dir = withoutMixed(tmp);
    assertThat(db.cli(dir.root(), "up").exitCode()).isZero();
    // 50 000 rows into 10 buckets: the unique build fails and leaves the index INVALID
    dir.pair(
        SCHEMA,
        "0005_unique_bucket",
        "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS blob_item_bucket_idx"
            + " ON blob_item ((id % 10));\n",
        "DROP INDEX CONCURRENTLY IF EXISTS blob_item_bucket_idx;\n");

    CliResult failed = db.cli(dir.root(), "up");
    CliResult rerun = db.cli(dir.root(), "up");

    assertThat(failed.exitCode()).isEqualTo(8);
    assertThat(failed.err())
        .contains("0005_unique_bucket.up.sql:1:1: ERROR: could not create unique index")
        .contains("[SQLSTATE 23505]")
        .contains("DROP INDEX CONCURRENTLY app.blob_item_bucket_idx;")
        .contains("migrator repair --schema app --version 5");
    assertThat(History.field(db, SCHEMA, 5, "state")).isEqualTo("failed");
    assertThat(rerun.exitCode()).as("IF NOT EXISTS must not hide the invalid index").isEqualTo(8);
    assertThat(rerun.err()).contains("schema app is dirty");
    assertThat(
            db.value(
                "SELECT indisvalid FROM pg_index"
                    + " WHERE indexrelid = 'app.blob_item_bucket_idx'::regclass"))
        .isEqualTo("f");
    assertThat(appStatus(db, dir)).containsEntry("dirty", true).containsEntry("current", 3L);
  }

  private static MigrationDir withoutMixed(Path tmp) {
    MigrationDir dir = CaseFiles.copy(CASE, tmp);
    dir.delete(SCHEMA, MIXED + ".up.sql");
    dir.delete(SCHEMA, MIXED + ".down.sql");
    return dir;
  }

  private static Map<String, Object> appStatus(TestDatabase db, MigrationDir dir) {
    CliResult status = db.cli(dir.root(), "status", "--json");
    assertThat(status.exitCode()).as(status.err()).isZero();
    List<Object> schemas = Json.array(Json.object(Json.parse(status.out())).get("schemas"));
    return Json.object(schemas.get(0));
  }
}
