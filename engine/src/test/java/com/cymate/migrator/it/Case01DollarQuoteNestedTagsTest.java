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

/** Case 01: nested and unusual dollar-quote tags split only where psql would split them. */
@ExtendWith(PostgresExtension.class)
class Case01DollarQuoteNestedTagsTest {

  private static final String CASE = "01-dollar-quote-nested-tags";

  @Test
  void nestedTagsApplyAndTheFunctionsWork(TestDatabase db, @TempDir Path tmp) throws Exception {
    MigrationDir dir = CaseFiles.copy(CASE, tmp);

    CliResult up = db.cli(dir.root(), "up");

    assertThat(up.exitCode()).as(up.err()).isZero();
    assertThat(db.versions("app")).containsExactly(1L);
    assertThat(functions(db)).isEqualTo("clamp_pct,install_touch_fn,touch_updated_at");
    assertThat(db.value("SELECT note FROM app.price_tag")).isEqualTo("it's final; no refunds");
    assertThat(db.value("SELECT \"cost$usd\" FROM app.price_tag")).isEqualTo("9.5");
    assertThat(db.value("SELECT app.clamp_pct(140)")).isEqualTo("100");
    assertThat(db.value("SELECT app.clamp_pct(-3)")).isEqualTo("0");
    db.execute("UPDATE app.price_tag SET note = note");
    assertThat(db.value("SELECT updated_at IS NOT NULL FROM app.price_tag")).isEqualTo("t");
  }

  @Test
  void downRemovesAllFourObjects(TestDatabase db, @TempDir Path tmp) throws Exception {
    MigrationDir dir = CaseFiles.copy(CASE, tmp);
    assertThat(db.cli(dir.root(), "up").exitCode()).isZero();

    CliResult down = db.cli(dir.root(), "down");

    assertThat(down.exitCode()).as(down.err()).isZero();
    assertThat(db.versions("app")).isEmpty();
    assertThat(db.tableExists("app.price_tag")).isFalse();
    assertThat(functions(db)).isNull();
  }

  private static String functions(TestDatabase db) throws Exception {
    return db.value(
        "SELECT string_agg(proname, ',' ORDER BY proname) FROM pg_proc"
            + " WHERE pronamespace = 'app'::regnamespace");
  }
}
