package com.cymate.migrator.it;

import static com.cymate.migrator.it.CaseFiles.SCHEMA;
import static org.assertj.core.api.Assertions.assertThat;

import com.cymate.migrator.testkit.Json;
import com.cymate.migrator.testkit.MigrationDir;
import com.cymate.migrator.testkit.PostgresExtension;
import com.cymate.migrator.testkit.TestDatabase;
import com.cymate.migrator.testkit.TestDatabase.CliResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Case 23: a gap is fine; versions merged later below the newest applied one are refused with a
 * list unless --out-of-order, then applied once, and rolled back in the order they were applied.
 */
@ExtendWith(PostgresExtension.class)
class Case23OutOfOrderPendingMigrationsTest {

  private static final String CASE = "23-out-of-order-pending-migrations";
  private static final String LATE3 = "0003_add_invoice_customer";
  private static final String LATE4 = "0004_index_invoice_customer";

  @Test
  void lateVersionsAreRefusedThenAppliedWithOutOfOrder(TestDatabase db, @TempDir Path tmp)
      throws Exception {
    MigrationDir dir = CaseFiles.copy(CASE, tmp);
    CliResult first = db.cli(dir.root(), "up");
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out()).contains("app: applied 3 migration(s) [1, 2, 5]");
    addLateFiles(dir);
    DatabaseState beforeLate = DatabaseState.of(db);

    CliResult status = db.cli(dir.root(), "status");
    assertThat(status.out())
        .startsWith("schema app: version 5, 3 applied, 2 pending, 2 out of order\n");
    assertThat(status.out().lines().filter(l -> l.matches("\\s+[34]\\s+\\S+\\s+out of order\\s*")))
        .hasSize(2);
    assertThat(statuses(db, dir))
        .containsExactly("applied", "applied", "out_of_order", "out_of_order", "applied");

    for (String command : new String[] {"up", "validate"}) {
      CliResult refused = db.cli(dir.root(), command);
      assertThat(refused.exitCode()).as(command + ": " + refused.err()).isEqualTo(4);
      assertThat(refused.err())
          .contains(
              "pending migrations "
                  + LATE3
                  + ".up.sql, "
                  + LATE4
                  + ".up.sql are older than"
                  + " the latest applied version 5")
          .contains("--out-of-order");
    }
    assertThat(DatabaseState.of(db)).isEqualTo(beforeLate);

    CliResult late = db.cli(dir.root(), "up", "--out-of-order");
    assertThat(late.exitCode()).as(late.err()).isZero();
    assertThat(late.out()).contains("app: applied 2 migration(s) [3, 4]");
    assertThat(History.appliedOrder(db, SCHEMA)).containsExactly(1L, 2L, 5L, 3L, 4L);
    assertThat(db.value("SELECT to_regclass('app.invoice_customer_idx')")).isNotNull();

    DatabaseState afterLate = DatabaseState.of(db);
    CliResult plain = db.cli(dir.root(), "up");
    assertThat(plain.exitCode()).as(plain.err()).isZero();
    assertThat(plain.out()).contains("app: applied 0 migration(s), up to date");
    assertThat(DatabaseState.of(db)).isEqualTo(afterLate);
    assertThat(statuses(db, dir)).containsOnly("applied");
  }

  @Test
  void downRevertsInTheOrderTheVersionsWereApplied(TestDatabase db, @TempDir Path tmp)
      throws Exception {
    MigrationDir dir = CaseFiles.copy(CASE, tmp);
    assertThat(db.cli(dir.root(), "up").exitCode()).isZero();
    addLateFiles(dir);
    assertThat(db.cli(dir.root(), "up", "--out-of-order").exitCode()).isZero();

    CliResult down = db.cli(dir.root(), "down", "--steps", "3");

    assertThat(down.exitCode()).as(down.err()).isZero();
    assertThat(down.out()).contains("app: rolled back 3 migration(s) [4, 3, 5]");
    assertThat(db.versions(SCHEMA)).containsExactly(1L, 2L);
    assertThat(db.value("SELECT to_regclass('app.invoice_customer_idx')")).isNull();
  }

  private static void addLateFiles(MigrationDir dir) throws Exception {
    for (String name : List.of(LATE3, LATE4)) {
      CaseFiles.replace(dir, CASE, "added-later/" + name + ".up.sql");
      CaseFiles.replace(dir, CASE, "added-later/" + name + ".down.sql");
    }
  }

  private static List<Object> statuses(TestDatabase db, MigrationDir dir) {
    CliResult status = db.cli(dir.root(), "status", "--json");
    assertThat(status.exitCode()).as(status.err()).isZero();
    Map<String, Object> app =
        Json.object(Json.array(Json.object(Json.parse(status.out())).get("schemas")).get(0));
    return Json.array(app.get("migrations")).stream()
        .map(m -> Json.object(m).get("status"))
        .toList();
  }
}
