package com.cymate.migrator.pgbouncer;

import static org.assertj.core.api.Assertions.assertThat;

import com.cymate.migrator.fault.Args;
import com.cymate.migrator.fault.MigratorProcess;
import com.cymate.migrator.testkit.MigrationDir;
import com.cymate.migrator.testkit.PostgresExtension;
import com.cymate.migrator.testkit.TestDatabase;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression: with server_round_robin a transaction pooler hands one client different backends,
 * which a probe that only compared two clients missed; a CIC then ran with another session's
 * search_path and built its index in the wrong schema, recorded as applied.
 */
@ExtendWith(PostgresExtension.class)
class RotatingPoolerTest {

  private static PgBouncer bouncer;

  @BeforeAll
  static void startBouncer() throws IOException {
    bouncer = PgBouncer.start(PostgresExtension.newDatabase().port(), "server_round_robin = 1");
  }

  @AfterAll
  static void stopBouncer() throws IOException {
    if (bouncer != null) {
      bouncer.close();
    }
  }

  @Test
  void nonTransactionalMigrationThroughARotatingPoolerIsRefused(TestDatabase db, @TempDir Path tmp)
      throws Exception {
    db.execute("CREATE TABLE public.part (id int, code text)");
    MigrationDir dir =
        MigrationDir.in(tmp)
            .pair(
                "catalog",
                "0001_create_part",
                "CREATE TABLE part (id int, code text);\n",
                "DROP TABLE part;\n")
            .pair(
                "catalog",
                "0002_index_part_code",
                "CREATE INDEX CONCURRENTLY part_code_idx ON part (code);\n",
                "DROP INDEX CONCURRENTLY part_code_idx;\n");

    try (MigratorProcess run = MigratorProcess.start(Args.up(bouncer.url(db.name()), dir.root()))) {
      assertThat(run.waitFor()).as(run::describe).isEqualTo(3);
      assertThat(run.err()).contains("0002_index_part_code.up.sql", "multiplexed");
    }
    assertThat(db.versions("catalog")).isEmpty();
    assertThat(db.value("SELECT count(*) FROM pg_indexes WHERE indexname = 'part_code_idx'"))
        .isEqualTo("0");
  }
}
