package com.cymate.migrator.fault;

import static org.assertj.core.api.Assertions.assertThat;

import com.cymate.migrator.fault.ShopMigrations.NonTransactional;
import com.cymate.migrator.testkit.PostgresExtension;
import com.cymate.migrator.testkit.TestDatabase;
import com.cymate.migrator.testkit.TestDatabase.CliResult;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SIGKILL of a real migrator process in the middle of {@code up}, at every migration of a folder
 * mixing transactional and non-transactional files. Whatever the moment, nothing applied is lost
 * and the next run either converges, or (only when a non-transactional migration was in flight)
 * reports exactly that migration dirty, names {@code repair}, and converges after the repair.
 */
@ExtendWith(PostgresExtension.class)
class KilledMidRunTest {

  private static final Pattern APPLYING = Pattern.compile("applying (\\d{4})_\\S+\\.up\\.sql");
  private static final Pattern APPLIED = Pattern.compile("applied (\\d{4})_\\S+\\.up\\.sql");

  /**
   * Kill as soon as the engine logs that it starts a migration, plus a few milliseconds that vary
   * with the version, so the kills land before, inside and after statements.
   */
  static Stream<Arguments> killPoints() {
    return LongStream.rangeClosed(1, ShopMigrations.COUNT)
        .mapToObj(v -> Arguments.of(v, (v * 7) % 20));
  }

  @ParameterizedTest(name = "killed {1} ms after applying version {0}")
  @MethodSource("killPoints")
  void killedProcessLosesNothingAndTheNextRunConverges(
      long version, long delayMs, TestDatabase db, @TempDir Path tmp) throws Exception {
    Path dir = ShopMigrations.write(tmp);
    String trigger = "applying " + ShopMigrations.upFile(version);
    MigratorProcess killed =
        MigratorProcess.start(
            Args.up(db.url(), dir), line -> line.contains(trigger), p -> kill(p, delayMs));
    try {
      int code = killed.waitFor();
      // up to 0007 there are 100+ ms of work left, far more than the kill takes; after that a slow
      // machine may let the run finish first, which is then an ordinary run
      if (version <= 7) {
        assertThat(code).as(killed::describe).isNotZero();
      }
    } finally {
      killed.close();
    }

    CliResult next = db.cli(dir, "up", "--lock-wait", "60s");
    try {
      if (next.exitCode() != 0) {
        repairDirty(db, dir, next, inFlight(killed.err()));
      }
      ShopMigrations.assertConverged(db);
      assertThat(db.cli(dir, "validate").exitCode()).isZero();
    } catch (AssertionError e) {
      throw new AssertionError(
          e.getMessage() + "\n=== killed run: " + killed.describe() + "\n=== next up: " + next, e);
    }
  }

  /** The only acceptable failure: exit 8 for the non-transactional migration that was running. */
  private static void repairDirty(TestDatabase db, Path dir, CliResult next, Optional<Long> running)
      throws SQLException {
    assertThat(running).as("a migration in flight when killed; next run: %s", next).isPresent();
    long v = running.get();
    NonTransactional nt =
        ShopMigrations.NON_TRANSACTIONAL.stream()
            .filter(n -> n.version() == v)
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("dirty after a kill in transactional " + v + ": " + next));
    assertThat(next.exitCode()).as(next.toString()).isEqualTo(8);
    assertThat(next.err()).contains("dirty", "repair", "--version " + v);
    CliResult status = db.cli(dir, "status");
    assertThat(status.out()).contains("DIRTY");
    assertThat(db.column("SELECT version FROM shop.schema_version WHERE state <> 'applied'"))
        .containsExactly(String.valueOf(v));
    assertThat(db.versions(ShopMigrations.SCHEMA))
        .as("everything before the dirty version stays applied")
        .containsAll(LongStream.range(1, v).boxed().toList());

    // what an operator does: keep it if every index was built and is valid (an INVALID one is
    // listed with a suffix, so it does not count), else undo and rerun
    List<String> present = ShopMigrations.indexes(db);
    boolean complete = present.containsAll(nt.indexes());
    if (!complete) {
      for (String index : nt.indexes()) {
        db.execute("DROP INDEX IF EXISTS shop." + index);
      }
    }
    String decision = complete ? "--mark-applied" : "--mark-rolled-back";
    CliResult repair =
        db.cli(dir, "repair", "--schema", "shop", "--version", String.valueOf(v), decision);
    assertThat(repair.exitCode()).as(repair.toString()).isZero();
    CliResult after = db.cli(dir, "up");
    assertThat(after.exitCode()).as(after.toString()).isZero();
  }

  /** The last migration the killed process said it was applying and did not report applied. */
  private static Optional<Long> inFlight(String stderr) {
    Optional<Long> last = Optional.empty();
    for (String line : stderr.split("\n")) {
      Matcher applying = APPLYING.matcher(line);
      if (applying.find()) {
        last = Optional.of(Long.parseLong(applying.group(1)));
      }
      Matcher applied = APPLIED.matcher(line);
      if (applied.find() && last.isPresent() && last.get() == Long.parseLong(applied.group(1))) {
        last = Optional.empty();
      }
    }
    return last;
  }

  private static void kill(Process p, long delayMs) {
    try {
      Thread.sleep(delayMs);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    // SIGKILL through the handle: Process.destroyForcibly() would also close our end of its
    // pipes and lose what it wrote just before dying
    p.toHandle().destroyForcibly();
  }
}
