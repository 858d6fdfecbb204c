package com.cymate.migrator.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.cymate.migrator.testkit.MigrationDir;
import com.cymate.migrator.testkit.PostgresExtension;
import com.cymate.migrator.testkit.TestDatabase;
import com.cymate.migrator.testkit.TestDatabase.CliResult;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The migrator runs as the schema owner, which need not be able to create schemas. */
@ExtendWith(PostgresExtension.class)
class SchemaOwnershipTest {

  private static CliResult runAs(TestDatabase db, String role, Path dir, String... command) {
    String[] args = new String[command.length + 6];
    System.arraycopy(command, 0, args, 0, command.length);
    System.arraycopy(
        new String[] {"--url", db.url(), "--user", role, "--dir", dir.toString()},
        0,
        args,
        command.length,
        6);
    return CliResult.run(args, Map.of());
  }

  private static MigrationDir oneMigration(Path tmp) {
    return MigrationDir.in(tmp)
        .pair("app", "0001_create_t", "CREATE TABLE t (id int);\n", "DROP TABLE t;\n");
  }

  @Test
  void ownerOfAPrecreatedSchemaMigratesWithoutCreateOnTheDatabase(
      TestDatabase db, @TempDir Path tmp) throws Exception {
    String role = "owner_" + db.name();
    db.execute("CREATE ROLE " + role + " LOGIN");
    db.execute("REVOKE CREATE ON DATABASE " + db.name() + " FROM PUBLIC");
    db.execute("CREATE SCHEMA app AUTHORIZATION " + role);

    CliResult r = runAs(db, role, oneMigration(tmp).root(), "up");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(
            db.value(
                "SELECT tableowner FROM pg_tables WHERE schemaname = 'app' AND"
                    + " tablename = 't'"))
        .isEqualTo(role);
  }

  @Test
  void roleWithoutRightsGetsAClearMessageAndNothingChanges(TestDatabase db, @TempDir Path tmp)
      throws Exception {
    String role = "nobody_" + db.name();
    db.execute("CREATE ROLE " + role + " LOGIN");
    CliResult r = runAs(db, role, oneMigration(tmp).root(), "up");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err())
        .contains("schema app: cannot create the schema or its history tables", "schema's owner")
        .doesNotContain("\n  ");
    assertThat(db.value("SELECT to_regnamespace('app')")).isNull();
  }
}
