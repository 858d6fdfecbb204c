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
 * Case 07: runner A builds an index CONCURRENTLY while runner B waits for the migration lock. B
 * must wait without a snapshot the index build would wait for: no deadlock, no hang.
 */
@ExtendWith(PostgresExtension.class)
class Case07CicVsWaitingRunnerDeadlockTest {

  @Test
  void waitingRunnerDoesNotBlockTheConcurrentIndexBuild(TestDatabase db, @TempDir Path tmp)
      throws Exception {
    MigrationDir dir = CaseFiles.copy("07-cic-vs-waiting-runner-deadlock", tmp);

    MigratorProcess a = MigratorProcess.start(db, dir.root(), "up");
    Poll.until("runner A to sleep inside 0001", () -> Sessions.running(db, "pg_sleep(5)"));
    MigratorProcess b = MigratorProcess.start(db, dir.root(), "up");
    MigratorProcess.Result ra = a.await();
    MigratorProcess.Result rb = b.await();

    for (MigratorProcess.Result r : List.of(ra, rb)) {
      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(r.err()).doesNotContainIgnoringCase("deadlock");
    }
    assertThat(rb.err()).as(rb.toString()).contains("waiting for the migration lock");
    assertThat(RunnerOutput.appliedPerRunner(List.of(ra, rb), "app"))
        .as("each version applied by exactly one runner")
        .containsExactlyInAnyOrder(1L, 2L);
    assertThat(db.versions("app")).containsExactly(1L, 2L);
    assertThat(History.log(db, "app"))
        .containsExactly("up 1 applied", "up 2 started", "up 2 applied");
    assertThat(
            db.value(
                "SELECT indisvalid FROM pg_index"
                    + " WHERE indexrelid = 'app.job_queue_run_at_idx'::regclass"))
        .isEqualTo("t");
  }
}
