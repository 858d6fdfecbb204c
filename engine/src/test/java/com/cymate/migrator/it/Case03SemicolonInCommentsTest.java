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

/** Case 03: semicolons and apostrophes inside line and nested block comments. */
@ExtendWith(PostgresExtension.class)
class Case03SemicolonInCommentsTest {

  @Test
  void commentsWithSemicolonsDoNotSplitStatements(TestDatabase db, @TempDir Path tmp)
      throws Exception {
    MigrationDir dir = CaseFiles.copy("03-semicolon-in-comments", tmp);

    CliResult up = db.cli(dir.root(), "up");

    assertThat(up.exitCode()).as(up.err()).isZero();
    assertThat(
            db.column(
                "SELECT column_name FROM information_schema.columns"
                    + " WHERE table_schema = 'app' AND table_name = 'ledger_entry' ORDER BY ordinal_position"))
        .containsExactly("id", "amount", "payload");
    assertThat(
            db.value(
                "SELECT pg_get_constraintdef(oid) FROM pg_constraint"
                    + " WHERE conname = 'ledger_entry_amount_nonneg'"))
        .isEqualTo("CHECK ((amount >= (0)::numeric))");
    assertThat(db.value("SELECT col_description('app.ledger_entry'::regclass, 3)"))
        .isEqualTo("snapshot taken at posting time");

    CliResult down = db.cli(dir.root(), "down");
    assertThat(down.exitCode()).as(down.err()).isZero();
    assertThat(db.tableExists("app.ledger_entry")).isFalse();
  }
}
