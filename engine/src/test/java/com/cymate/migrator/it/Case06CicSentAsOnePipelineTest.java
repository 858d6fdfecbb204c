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

/** Case 06: two CREATE INDEX CONCURRENTLY in one file, each sent on its own (no pipeline). */
@ExtendWith(PostgresExtension.class)
class Case06CicSentAsOnePipelineTest {

  private static final String INDEXES =
      "SELECT string_agg(indexrelid::regclass::text || ' ' || indisvalid, ', '"
          + " ORDER BY indexrelid::regclass::text) FROM pg_index"
          + " WHERE indrelid = 'app.order_line'::regclass";

  @Test
  void bothConcurrentIndexesAreBuiltAndDroppedAgain(TestDatabase db, @TempDir Path tmp)
      throws Exception {
    MigrationDir dir = CaseFiles.copy("06-cic-sent-as-one-pipeline", tmp);

    CliResult up = db.cli(dir.root(), "up");

    assertThat(up.exitCode()).as(up.err()).isZero();
    assertThat(db.versions("app")).containsExactly(1L, 2L);
    assertThat(db.value(INDEXES))
        .isEqualTo(
            "app.order_line_order_idx true, app.order_line_pkey true,"
                + " app.order_line_sku_idx true");
    assertThat(History.field(db, "app", 2, "transactional")).isEqualTo("false");

    CliResult down = db.cli(dir.root(), "down");

    assertThat(down.exitCode()).as(down.err()).isZero();
    assertThat(db.versions("app")).containsExactly(1L);
    assertThat(db.value(INDEXES)).isEqualTo("app.order_line_pkey true");
  }
}
