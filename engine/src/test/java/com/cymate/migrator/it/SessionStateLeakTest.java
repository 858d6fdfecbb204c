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
 * Regression: a migration's SET ROLE, temp tables and session advisory locks outlived it, so the
 * next migration ran as another role and the history recorded that role as the applier.
 */
@ExtendWith(PostgresExtension.class)
class SessionStateLeakTest {

  @Test
  void nothingAMigrationLeavesInTheSessionReachesTheNextOne(TestDatabase db, @TempDir Path tmp)
      throws Exception {
    String team = "team_" + db.name();
    db.execute("CREATE ROLE " + team);
    MigrationDir dir =
        MigrationDir.in(tmp)
            .pair(
                "app",
                "0001_as_team",
                "GRANT USAGE, CREATE ON SCHEMA app TO "
                    + team
                    + ";\n"
                    + "SET ROLE "
                    + team
                    + ";\n"
                    + "CREATE TABLE owned (id int);\n",
                "DROP TABLE owned;\n")
            .pair(
                "app",
                "0002_session_state",
                "CREATE TEMP TABLE scratch AS SELECT 1 AS x;\n"
                    + "SELECT pg_advisory_lock(42);\n"
                    + "LISTEN chan;\n",
                "-- nothing to undo\n")
            .pair(
                "app",
                "0003_probe",
                "CREATE TABLE probe AS SELECT current_user::text AS cu,"
                    + " (SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
                    + " AND pid = pg_backend_pid() AND objid = 42) AS locks,"
                    + " to_regclass('pg_temp.scratch') IS NULL AS temp_gone;\n",
                "DROP TABLE probe;\n");

    CliResult up = db.cli(dir.root(), "up");
    assertThat(up.exitCode()).as(up.err()).isZero();
    assertThat(db.value("SELECT tableowner FROM pg_tables WHERE tablename = 'owned'"))
        .isEqualTo(team);
    // (UNLISTEN, like LISTEN, only takes effect at commit, so it cannot be probed from inside)
    assertThat(db.value("SELECT cu || ' ' || locks || ' ' || temp_gone FROM app.probe"))
        .isEqualTo("postgres 0 true");
    assertThat(db.column("SELECT DISTINCT applied_by FROM app.schema_version"))
        .containsExactly("postgres");
    assertThat(db.column("SELECT DISTINCT performed_by FROM app.schema_version_log"))
        .containsExactly("postgres");
  }
}
