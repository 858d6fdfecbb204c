package com.cymate.migrator.fault;

import static org.assertj.core.api.Assertions.assertThat;

import com.cymate.migrator.testkit.PostgresExtension;
import com.cymate.migrator.testkit.TestDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * One init container per replica: eight migrator processes start at once against the server and
 * race for the same ten migrations, non-transactional ones included.
 */
@ExtendWith(PostgresExtension.class)
class ConcurrentRunnersTest {

  private static final int RUNNERS = 8;
  private static final Pattern APPLIED = Pattern.compile("shop: applied (\\d+) migration");

  @Test
  void eightProcessesAtOnceApplyEachVersionExactlyOnceAndAllExitZero(
      TestDatabase db, @TempDir Path tmp) throws Exception {
    Path dir = ShopMigrations.write(tmp);
    List<MigratorProcess> runners = new ArrayList<>();
    try {
      runners.addAll(MigratorProcess.startMany(RUNNERS, Args.up(db.url(), dir)));
      List<Integer> codes = MigratorProcess.waitForAll(runners);

      assertThat(codes).as(() -> describe(runners)).containsOnly(0);
      assertThat(runners.stream().mapToInt(ConcurrentRunnersTest::appliedCount).sum())
          .as("migrations applied, summed over all runners")
          .isEqualTo(ShopMigrations.COUNT);
      ShopMigrations.assertConverged(db);
      assertThat(db.cli(dir, "validate").exitCode()).isZero();
    } finally {
      MigratorProcess.closeAll(runners);
    }
  }

  private static int appliedCount(MigratorProcess p) {
    Matcher m = APPLIED.matcher(p.out());
    return m.find() ? Integer.parseInt(m.group(1)) : -1000;
  }

  private static String describe(List<MigratorProcess> all) {
    StringBuilder s = new StringBuilder();
    all.forEach(p -> s.append(p.describe()).append('\n'));
    return s.toString();
  }
}
