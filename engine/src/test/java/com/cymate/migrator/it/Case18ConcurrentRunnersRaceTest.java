package com.cymate.migrator.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.cymate.migrator.testkit.MigrationDir;
import com.cymate.migrator.testkit.MigratorProcess;
import com.cymate.migrator.testkit.PostgresExtension;
import com.cymate.migrator.testkit.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Case 18: three runners of a deploy start within the same second on non-idempotent migrations.
 * They wait for the lock, re-read the history after taking it, and never run a version twice.
 */
@ExtendWith(PostgresExtension.class)
class Case18ConcurrentRunnersRaceTest {

  @Test
  void threeRunnersApplyEachVersionOnceAndAllSucceed(TestDatabase db, @TempDir Path tmp)
      throws Exception {
    MigrationDir dir = CaseFiles.copy("18-concurrent-runners-race", tmp);

    List<MigratorProcess.Result> runs =
        MigratorProcess.awaitAll(MigratorProcess.startAll(3, db, dir.root(), "up"));

    for (MigratorProcess.Result r : runs) {
      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(r.err()).doesNotContain("already exists", "duplicate key", "ERROR");
    }
    assertThat(RunnerOutput.appliedPerRunner(runs, "app"))
        .as("each version applied by exactly one runner")
        .containsExactlyInAnyOrder(1L, 2L, 3L);
    assertThat(runs.stream().filter(r -> RunnerOutput.applied(r, "app").isEmpty()))
        .as("runners that found nothing left print 'up to date'")
        .allSatisfy(r -> assertThat(r.out()).contains("app: applied 0 migration(s), up to date"));
    assertThat(db.versions("app")).containsExactly(1L, 2L, 3L);
    assertThat(History.log(db, "app"))
        .containsExactly("up 1 applied", "up 2 applied", "up 3 applied");
    assertThat(db.value("SELECT to_regclass('app.review_request_url_code_idx')")).isNotNull();

    DatabaseState after = DatabaseState.of(db);
    MigratorProcess.Result fourth = MigratorProcess.start(db, dir.root(), "up").await();
    assertThat(fourth.exitCode()).as(fourth.toString()).isZero();
    assertThat(fourth.out()).contains("app: applied 0 migration(s), up to date");
    assertThat(DatabaseState.of(db)).isEqualTo(after);
  }
}
