package com.cymate.migrator.it;

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

/** The repository's own {@code sql/} folder, end to end through the CLI: up, down, status. */
@ExtendWith(PostgresExtension.class)
class RepoMigrationsTest {

  private static final Path SQL = MigrationDir.repoRoot().resolve("sql");
  private static final List<String> SCHEMAS = List.of("patch_api", "upgrade_api");
  private static final List<Long> ALL = List.of(1L, 2L, 3L, 4L);
  private static final List<String> FIRST_UP_LOG =
      List.of("up 1 applied", "up 2 applied", "up 3 applied", "up 4 started", "up 4 applied");

  @Test
  void upMigratesBothSchemasToVersion4WithTheSpecifiedTable(TestDatabase db) throws Exception {
    CliResult up = db.cli(SQL, "up");

    assertThat(up.exitCode()).as(up.err()).isZero();
    assertThat(up.out())
        .contains("patch_api: applied 4 migration(s) [1, 2, 3, 4]")
        .contains("upgrade_api: applied 4 migration(s) [1, 2, 3, 4]");
    for (String schema : SCHEMAS) {
      assertThat(db.versions(schema)).containsExactlyElementsOf(ALL);
      assertThat(columns(db, schema)).containsExactlyElementsOf(specifiedColumns(schema));
      assertThat(
              db.value("SELECT pg_get_serial_sequence('" + schema + ".fixed_vulnerability', 'id')"))
          .isEqualTo(schema + ".fixed_vulnerability_id_seq");
      assertThat(primaryKey(db, schema)).isEqualTo("id");
      assertThat(History.log(db, schema)).containsExactlyElementsOf(FIRST_UP_LOG);
    }
  }

  @Test
  void historyRecordsChecksumsDownSqlAndWhoAppliedEachVersion(TestDatabase db) throws Exception {
    assertThat(db.cli(SQL, "up").exitCode()).isZero();

    for (String schema : SCHEMAS) {
      for (Path up : upFiles(schema)) {
        String name = up.getFileName().toString();
        long version = Long.parseLong(name.substring(0, name.indexOf('_')));
        Path down = up.resolveSibling(name.replace(".up.sql", ".down.sql"));
        assertThat(History.field(db, schema, version, "description"))
            .isEqualTo(name.substring(5, name.length() - ".up.sql".length()));
        assertThat(History.field(db, schema, version, "up_checksum"))
            .isEqualTo(CanonicalChecksum.of(up))
            .matches("[0-9a-f]{64}");
        assertThat(History.field(db, schema, version, "down_checksum"))
            .isEqualTo(CanonicalChecksum.of(down));
        assertThat(History.field(db, schema, version, "down_sql"))
            .isEqualTo(Files.readString(down));
        assertThat(History.field(db, schema, version, "applied_by")).isEqualTo("postgres");
        assertThat(History.field(db, schema, version, "state")).isEqualTo("applied");
        assertThat(Long.parseLong(History.field(db, schema, version, "execution_ms")))
            .isNotNegative();
        assertThat(History.field(db, schema, version, "applied_at")).isNotNull();
        // 0004 builds its indexes CONCURRENTLY, so it must have run outside a transaction
        assertThat(History.field(db, schema, version, "transactional"))
            .isEqualTo(version == 4 ? "false" : "true");
      }
    }
  }

  @Test
  void secondUpAppliesNothingAndLeavesHistoryAlone(TestDatabase db) throws Exception {
    assertThat(db.cli(SQL, "up").exitCode()).isZero();
    DatabaseState before = DatabaseState.of(db);

    CliResult again = db.cli(SQL, "up");

    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.out())
        .contains("patch_api: applied 0 migration(s), up to date")
        .contains("upgrade_api: applied 0 migration(s), up to date");
    assertThat(DatabaseState.of(db)).isEqualTo(before);
  }

  @Test
  void downOneStepRollsBackOnlyTheNewestVersionOfThatSchema(TestDatabase db) throws Exception {
    assertThat(db.cli(SQL, "up").exitCode()).isZero();

    CliResult down = db.cli(SQL, "down", "--schema", "patch_api");

    assertThat(down.exitCode()).as(down.err()).isZero();
    assertThat(down.out()).contains("patch_api: rolled back 1 migration(s) [4]");
    assertThat(db.versions("patch_api")).containsExactly(1L, 2L, 3L);
    assertThat(queryIndexes(db, "patch_api")).isZero();
    assertThat(db.versions("upgrade_api")).containsExactlyElementsOf(ALL);
    assertThat(queryIndexes(db, "upgrade_api")).isEqualTo(3);
    assertThat(History.log(db, "patch_api"))
        .containsExactly(
            "up 1 applied",
            "up 2 applied",
            "up 3 applied",
            "up 4 started",
            "up 4 applied",
            "down 4 rollback started",
            "down 4 rolled_back");
  }

  @Test
  void downWithoutSchemaIsRefusedWhenThereAreTwo(TestDatabase db) throws Exception {
    assertThat(db.cli(SQL, "up").exitCode()).isZero();

    CliResult down = db.cli(SQL, "down");

    assertThat(down.exitCode()).isEqualTo(3);
    assertThat(down.err()).contains("down needs --schema");
    assertThat(db.versions("patch_api")).containsExactlyElementsOf(ALL);
  }

  @Test
  void downToZeroThenUpAgainRebuildsTheSameSchema(TestDatabase db) throws Exception {
    assertThat(db.cli(SQL, "up").exitCode()).isZero();
    DatabaseState migrated = DatabaseState.of(db);

    CliResult down = db.cli(SQL, "down", "--schema", "patch_api", "--target", "0");

    assertThat(down.exitCode()).as(down.err()).isZero();
    assertThat(down.out()).contains("patch_api: rolled back 4 migration(s) [4, 3, 2, 1]");
    assertThat(db.versions("patch_api")).isEmpty();
    assertThat(db.tableExists("patch_api.fixed_vulnerability")).isFalse();
    assertThat(db.tableExists("patch_api.patch_release")).isFalse();
    assertThat(db.versions("upgrade_api")).containsExactlyElementsOf(ALL);

    CliResult up = db.cli(SQL, "up");

    assertThat(up.exitCode()).as(up.err()).isZero();
    assertThat(up.out())
        .contains("patch_api: applied 4 migration(s) [1, 2, 3, 4]")
        .contains("upgrade_api: applied 0 migration(s), up to date");
    DatabaseState again = DatabaseState.of(db);
    assertThat(again.relations()).isEqualTo(migrated.relations());
    assertThat(again.constraints()).isEqualTo(migrated.constraints());
    assertThat(columns(db, "patch_api")).containsExactlyElementsOf(specifiedColumns("patch_api"));
    assertThat(History.log(db, "patch_api"))
        .containsExactly(
            "up 1 applied",
            "up 2 applied",
            "up 3 applied",
            "up 4 started",
            "up 4 applied",
            "down 4 rollback started",
            "down 4 rolled_back",
            "down 3 rolled_back",
            "down 2 rolled_back",
            "down 1 rolled_back",
            "up 1 applied",
            "up 2 applied",
            "up 3 applied",
            "up 4 started",
            "up 4 applied");
  }

  @Test
  void statusOnAFreshDatabaseShowsEverythingPendingAndCreatesNothing(TestDatabase db)
      throws Exception {
    DatabaseState before = DatabaseState.of(db);

    CliResult status = db.cli(SQL, "status");

    assertThat(status.exitCode()).as(status.err()).isZero();
    assertThat(status.out())
        .contains("schema patch_api: version none, 0 applied, 4 pending\n")
        .contains("schema upgrade_api: version none, 0 applied, 4 pending\n");
    assertThat(status.out().lines().filter(l -> l.matches("\\s+\\d+\\s+\\S+\\s+pending\\s*")))
        .hasSize(8);
    assertThat(DatabaseState.of(db)).isEqualTo(before);
  }

  @Test
  void statusTextShowsCurrentVersionPendingCountAndEachVersion(TestDatabase db) throws Exception {
    assertThat(db.cli(SQL, "up", "--target", "2").exitCode()).isZero();

    CliResult status = db.cli(SQL, "status");

    assertThat(status.exitCode()).as(status.err()).isZero();
    List<String> lines = status.out().lines().toList();
    assertThat(lines).hasSize(10);
    assertThat(lines.get(0)).isEqualTo("schema patch_api: version 2, 2 applied, 2 pending");
    assertThat(lines.get(1))
        .matches("\\s+1\\s+create_fixed_vulnerability\\s+applied\\s+\\S+ by postgres in \\d+ ms");
    assertThat(lines.get(2))
        .matches(
            "\\s+2\\s+constrain_fixed_vulnerability\\s+applied\\s+\\S+ by postgres in \\d+ ms");
    assertThat(lines.get(3)).matches("\\s+3\\s+create_patch_release\\s+pending\\s*");
    assertThat(lines.get(4)).matches("\\s+4\\s+index_fixed_vulnerability_queries\\s+pending\\s*");
    assertThat(lines.get(5)).isEqualTo("schema upgrade_api: version 2, 2 applied, 2 pending");
    assertThat(lines.get(8)).matches("\\s+3\\s+create_upgrade_release\\s+pending\\s*");
  }

  @Test
  void statusJsonCarriesTheRealValues(TestDatabase db) throws Exception {
    assertThat(db.cli(SQL, "up", "--target", "2").exitCode()).isZero();

    CliResult status = db.cli(SQL, "status", "--json");

    assertThat(status.exitCode()).as(status.err()).isZero();
    List<Object> schemas = Json.array(Json.object(Json.parse(status.out())).get("schemas"));
    assertThat(schemas).hasSize(2);
    for (int i = 0; i < 2; i++) {
      Map<String, Object> s = Json.object(schemas.get(i));
      String schema = SCHEMAS.get(i);
      assertThat(s)
          .containsEntry("schema", schema)
          .containsEntry("current", 2L)
          .containsEntry("pending", 2L)
          .containsEntry("dirty", false)
          .containsEntry("valid", true)
          .containsEntry("problems", List.of());
      List<Map<String, Object>> migrations =
          Json.array(s.get("migrations")).stream().map(Json::object).toList();
      assertThat(migrations).extracting(m -> m.get("version")).containsExactly(1L, 2L, 3L, 4L);
      assertThat(migrations)
          .extracting(m -> m.get("status"))
          .containsExactly("applied", "applied", "pending", "pending");
      Map<String, Object> first = migrations.get(0);
      assertThat(first)
          .containsEntry("description", "create_fixed_vulnerability")
          .containsEntry("applied_by", "postgres")
          .containsEntry("checksum", CanonicalChecksum.of(upFiles(schema).get(0)));
      assertThat((Long) first.get("execution_ms")).isNotNegative();
      assertThat(migrations.get(2)).doesNotContainKeys("applied_at", "checksum");
    }
  }

  @Test
  void validateIsCleanAndCountsPending(TestDatabase db) throws Exception {
    assertThat(db.cli(SQL, "up", "--target", "3").exitCode()).isZero();

    CliResult partly = db.cli(SQL, "validate");
    assertThat(db.cli(SQL, "up").exitCode()).isZero();
    CliResult fully = db.cli(SQL, "validate");

    assertThat(partly.exitCode()).as(partly.err()).isZero();
    assertThat(partly.out())
        .contains("patch_api: valid (1 pending)", "upgrade_api: valid (1 pending)");
    assertThat(fully.exitCode()).as(fully.err()).isZero();
    assertThat(fully.out())
        .contains("patch_api: valid (0 pending)", "upgrade_api: valid (0 pending)");
    assertThat(fully.err()).isEmpty();
  }

  /** The columns issue 2 specifies, as information_schema reports them. */
  private static List<String> specifiedColumns(String schema) {
    String version = schema.equals("patch_api") ? "patch_version" : "upgrade_version";
    return List.of(
        "id|integer||nextval('" + schema + ".fixed_vulnerability_id_seq'::regclass)|NO",
        "vulnerability_id|character varying|255||NO",
        version + "|character varying|100||NO",
        "fixed_date|timestamp without time zone||CURRENT_TIMESTAMP|YES",
        "severity_level|character varying|50||YES",
        "description|text|||YES");
  }

  private static List<String> columns(TestDatabase db, String schema) throws Exception {
    return db.column(
        "SELECT column_name || '|' || data_type || '|' || coalesce(character_maximum_length::text,"
            + " '') || '|' || coalesce(column_default, '') || '|' || is_nullable"
            + " FROM information_schema.columns WHERE table_schema = '"
            + schema
            + "' AND table_name = 'fixed_vulnerability' ORDER BY ordinal_position");
  }

  private static String primaryKey(TestDatabase db, String schema) throws Exception {
    return db.value(
        "SELECT string_agg(a.attname, ',') FROM pg_index i JOIN pg_attribute a"
            + " ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)"
            + " WHERE i.indisprimary AND i.indrelid = '"
            + schema
            + ".fixed_vulnerability'::regclass");
  }

  /** The three query indexes 0004 builds. */
  private static long queryIndexes(TestDatabase db, String schema) throws Exception {
    return db.count(
        "SELECT count(*) FROM pg_indexes WHERE schemaname = '"
            + schema
            + "' AND indexname LIKE 'fixed\\_vulnerability\\_%\\_idx'");
  }

  private static List<Path> upFiles(String schema) throws Exception {
    try (var files = Files.list(SQL.resolve(schema))) {
      return files.filter(f -> f.toString().endsWith(".up.sql")).sorted().toList();
    }
  }
}
