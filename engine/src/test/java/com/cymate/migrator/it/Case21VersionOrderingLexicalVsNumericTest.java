package com.cymate.migrator.it;

import static com.cymate.migrator.it.CaseFiles.SCHEMA;
import static org.assertj.core.api.Assertions.assertThat;

import com.cymate.migrator.testkit.MigrationDir;
import com.cymate.migrator.testkit.PostgresExtension;
import com.cymate.migrator.testkit.TestDatabase;
import com.cymate.migrator.testkit.TestDatabase.CliResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Case 21: versions are numbers (3 before 10, 9999 before 10000), up and down. */
@ExtendWith(PostgresExtension.class)
class Case21VersionOrderingLexicalVsNumericTest {

  @Test
  void appliesInNumericOrderAndRollsBackInReverse(TestDatabase db, @TempDir Path tmp)
      throws Exception {
    MigrationDir dir = CaseFiles.copy("21-version-ordering-lexical-vs-numeric", tmp);

    CliResult up = db.cli(dir.root(), "up");

    assertThat(up.exitCode()).as(up.err()).isZero();
    assertThat(up.out()).contains("app: applied 6 migration(s) [1, 2, 3, 10, 9999, 10000]");
    assertThat(History.appliedOrder(db, SCHEMA)).containsExactly(1L, 2L, 3L, 10L, 9999L, 10000L);
    assertThat(db.value("SELECT to_regclass('app.parcel_label_idx')")).isNotNull();
    assertThat(db.cli(dir.root(), "status").out().lines().skip(1).map(l -> l.trim().split(" ")[0]))
        .containsExactly("1", "2", "3", "10", "9999", "10000");

    CliResult down = db.cli(dir.root(), "down", "--target", "0");

    assertThat(down.exitCode()).as(down.err()).isZero();
    assertThat(down.out()).contains("app: rolled back 6 migration(s) [10000, 9999, 10, 3, 2, 1]");
    assertThat(History.log(db, SCHEMA).subList(6, 12))
        .containsExactly(
            "down 10000 rolled_back",
            "down 9999 rolled_back",
            "down 10 rolled_back",
            "down 3 rolled_back",
            "down 2 rolled_back",
            "down 1 rolled_back");
    assertThat(db.tableExists("app.parcel")).isFalse();
  }
}
