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

/** Case 04: {@code ;}, {@code --}, {@code /*} and {@code $$} inside literals and identifiers. */
@ExtendWith(PostgresExtension.class)
class Case04SemicolonInStringLiteralsTest {

  @Test
  void literalsArriveByteForByte(TestDatabase db, @TempDir Path tmp) throws Exception {
    MigrationDir dir = CaseFiles.copy("04-semicolon-in-string-literals", tmp);

    CliResult up = db.cli(dir.root(), "up");

    assertThat(up.exitCode()).as(up.err()).isZero();
    assertThat(
            db.column("SELECT key || '=' || value FROM app.ui_setting ORDER BY key COLLATE \"C\""))
        .containsExactly(
            "css.header=@charset \"UTF-8\"; body { margin: 0; }",
            "json.blob={\"sep\": \";\", \"tag\": \"$$\", \"path\": \"a/*b\"}",
            "multi.line=first line;\nsecond line; with a quote ' inside",
            "quote.test=it's; still one literal /* not a comment */",
            "sql.example=SELECT 1; -- this is data, not a comment");
    assertThat(db.value("SELECT \"semi;col\" || '|' || \"dash--col\" FROM app.\"odd;name\""))
        .isEqualTo("1|ok");

    CliResult down = db.cli(dir.root(), "down");
    assertThat(down.exitCode()).as(down.err()).isZero();
    assertThat(db.tableExists("app.ui_setting")).isFalse();
    assertThat(db.tableExists("app.\"odd;name\"")).isFalse();
  }
}
