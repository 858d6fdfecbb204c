package com.cymate.migrator.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The parsing-level expectations of the real-world cases in /work/shared/cases. */
class CaseFilesTest {

  @Test
  void case01_nestedAndUnusualDollarQuoteTagsGiveExactlySevenStatements() {
    ParsedScript script =
        CaseFiles.analyze("01-dollar-quote-nested-tags/0001_install_trigger_helpers.up.sql");

    assertThat(script.problems()).isEmpty();
    assertThat(script.runsInTransaction()).isTrue();
    assertThat(lines(script)).containsExactly(4, 17, 21, 27, 35, 42, 45);
    assertThat(firstWords(script))
        .containsExactly("CREATE", "SELECT", "CREATE", "DO", "CREATE", "CREATE", "INSERT");
    List<SqlStatement> statements = script.statements();
    assertThat(statements.get(0).sql()).contains("$body$;\nEND;\n").endsWith("$installer$");
    assertThat(statements.get(2).sql()).endsWith("SELECT least(greatest($1, 0), 100);\n$_$");
    assertThat(statements.get(3).sql()).contains("'price: $5; fee: $1;'").endsWith("END\n$$");
    assertThat(statements.get(4).sql()).contains("cost$usd   numeric NOT NULL");
    assertThat(statements.get(6).sql()).endsWith("$q$it's final; no refunds$q$)");
    assertTextIsFromFile("01-dollar-quote-nested-tags/0001_install_trigger_helpers.up.sql");
  }

  @Test
  void case01_downFileHasFourStatements() {
    ParsedScript script =
        CaseFiles.analyze("01-dollar-quote-nested-tags/0001_install_trigger_helpers.down.sql");

    assertThat(script.problems()).isEmpty();
    assertThat(lines(script)).containsExactly(1, 2, 3, 4);
  }

  @Test
  void case03_semicolonsAndApostrophesInCommentsGiveExactlyFourStatements() {
    ParsedScript script = CaseFiles.analyze("03-semicolon-in-comments/0001_ledger_entry.up.sql");

    assertThat(script.problems()).isEmpty();
    assertThat(lines(script)).containsExactly(1, 7, 12, 14);
    List<SqlStatement> statements = script.statements();
    assertThat(statements.get(0).sql())
        .contains("-- the entry's amount may be zero; never negative");
    assertThat(statements.get(2).sql())
        .isEqualTo("COMMENT ON COLUMN ledger_entry.payload IS 'snapshot taken at posting time'");
    assertThat(statements.get(3).sql()).endsWith("CHECK (amount >= 0)");
    assertThat(
            CaseFiles.analyze("03-semicolon-in-comments/0001_ledger_entry.down.sql").statements())
        .extracting(SqlStatement::line)
        .containsExactly(2);
  }

  @Test
  void case04_literalsAndQuotedIdentifiersGiveFourStatementsWithTextByteExact() {
    String path = "04-semicolon-in-string-literals/0001_ui_setting.up.sql";
    ParsedScript script = CaseFiles.analyze(path);

    assertThat(script.problems()).isEmpty();
    assertThat(lines(script)).containsExactly(1, 6, 14, 15);
    String insert = script.statements().get(1).sql();
    assertThat(insert)
        .contains("'@charset \"UTF-8\"; body { margin: 0; }'")
        .contains("'SELECT 1; -- this is data, not a comment'")
        .contains("'it''s; still one literal /* not a comment */'")
        .contains("'{\"sep\": \";\", \"tag\": \"$$\", \"path\": \"a/*b\"}'")
        .endsWith("'first line;\nsecond line; with a quote '' inside')");
    assertThat(script.statements().get(2).sql())
        .isEqualTo("CREATE TABLE \"odd;name\" (\"semi;col\" int, \"dash--col\" text)");
    assertThat(script.statements().get(3).sql())
        .isEqualTo("INSERT INTO \"odd;name\" VALUES (1, 'ok')");
    assertTextIsFromFile(path);
  }

  @Test
  void case05_singleConcurrentIndexRunsOutsideATransaction() {
    ParsedScript script =
        CaseFiles.analyze("05-non-transactional-statements/0002_index_blob_digest.up.sql");

    assertThat(script.problems()).isEmpty();
    assertThat(script.runsInTransaction()).isFalse();
    assertThat(StatementKind.of(script.statements().get(0)).label())
        .isEqualTo("CREATE INDEX CONCURRENTLY");
    assertThat(
            CaseFiles.analyze("05-non-transactional-statements/0002_index_blob_digest.down.sql")
                .runsInTransaction())
        .isFalse();
  }

  @Test
  void case05_vacuumRunsOutsideATransactionAndItsCommentOnlyDownIsANoOp() {
    ParsedScript up =
        CaseFiles.analyze("05-non-transactional-statements/0003_vacuum_blob_item.up.sql");
    ParsedScript down =
        CaseFiles.analyze("05-non-transactional-statements/0003_vacuum_blob_item.down.sql");

    assertThat(up.problems()).isEmpty();
    assertThat(up.runsInTransaction()).isFalse();
    assertThat(down.problems()).isEmpty();
    assertThat(down.statements()).isEmpty();
  }

  @Test
  void case05_ordinaryFileRunsInATransaction() {
    ParsedScript script =
        CaseFiles.analyze("05-non-transactional-statements/0001_create_blob_item.up.sql");

    assertThat(script.problems()).isEmpty();
    assertThat(script.runsInTransaction()).isTrue();
    assertThat(lines(script)).containsExactly(1, 7);
  }

  @Test
  void case05_mixedFileIsRefusedAtTheConcurrentIndexOnLine2() {
    ParsedScript up =
        CaseFiles.analyze("05-non-transactional-statements/0004_mixed_ddl_and_cic.up.sql");
    ParsedScript down =
        CaseFiles.analyze("05-non-transactional-statements/0004_mixed_ddl_and_cic.down.sql");

    assertThat(up.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(2);
              assertThat(p.message())
                  .startsWith(
                      "CREATE INDEX CONCURRENTLY cannot be combined with transactional statements")
                  .contains("-- migrator:no-transaction");
            });
    assertThat(down.problems()).extracting(ScriptProblem::line).containsExactly(1);
  }

  @Test
  void case06_twoConcurrentIndexesAreTwoStatementsOutsideATransaction() {
    ParsedScript up =
        CaseFiles.analyze("06-cic-sent-as-one-pipeline/0002_order_line_indexes.up.sql");
    ParsedScript down =
        CaseFiles.analyze("06-cic-sent-as-one-pipeline/0002_order_line_indexes.down.sql");

    assertThat(up.problems()).isEmpty();
    assertThat(up.runsInTransaction()).isFalse();
    assertThat(lines(up)).containsExactly(4, 5);
    assertThat(up.statements().get(0).sql())
        .isEqualTo(
            "CREATE INDEX CONCURRENTLY IF NOT EXISTS order_line_order_idx ON order_line (order_id)");
    assertThat(down.runsInTransaction()).isFalse();
    assertThat(lines(down)).containsExactly(1, 2);
    assertThat(
            CaseFiles.analyze("06-cic-sent-as-one-pipeline/0001_create_order_line.up.sql")
                .runsInTransaction())
        .isTrue();
  }

  @Test
  void case10_plpgsqlBeginEndIsNotTransactionControl() {
    ParsedScript script =
        CaseFiles.analyze("10-explicit-begin-commit-in-file/0001_shipment_helpers.up.sql");

    assertThat(script.problems()).isEmpty();
    assertThat(lines(script)).containsExactly(2);
  }

  @Test
  void case10_fileBeginAndCommitAreRefusedAtLines1And12() {
    ParsedScript up =
        CaseFiles.analyze("10-explicit-begin-commit-in-file/0002_create_shipment.up.sql");
    ParsedScript down =
        CaseFiles.analyze("10-explicit-begin-commit-in-file/0002_create_shipment.down.sql");

    assertThat(up.problems()).extracting(ScriptProblem::line).containsExactly(1, 12);
    assertThat(up.problems().get(0).message()).startsWith("BEGIN is not allowed in a migration");
    assertThat(up.problems().get(1).message()).startsWith("COMMIT is not allowed in a migration");
    assertThat(down.problems()).extracting(ScriptProblem::line).containsExactly(1, 4);
  }

  @Test
  void case14_copyDataIsTakenVerbatimAndLaterStatementsStillCount() {
    ParsedScript script = CaseFiles.analyze("14-copy-from-stdin/0001_load_country.up.sql");

    assertThat(script.problems()).isEmpty();
    assertThat(script.runsInTransaction()).isTrue();
    assertThat(lines(script)).containsExactly(1, 8, 15, 17);
    SqlStatement copy = script.statements().get(1);
    assertThat(copy.sql()).isEqualTo("COPY country (code, name, note) FROM stdin");
    assertThat(copy.copyData())
        .isEqualTo(
            "DE\tGermany\t\\N\n"
                + "FR\tFrance\tlisted; twice? no\n"
                + "CI\tC\u00f4te d'Ivoire\tapostrophe in data\n"
                + "XA\tTest region\tcontains $note$ once and a tab:\\there\n");
    assertThat(script.statements().get(2).sql())
        .isEqualTo("CREATE INDEX country_name_idx ON country (name)");
    assertThat(script.statements().get(3).copyData()).isNull();
  }

  @Test
  void case15_backslashesInDataAreNotMetaCommands() {
    ParsedScript script = CaseFiles.analyze("15-psql-meta-commands/0001_path_hints.up.sql");

    assertThat(script.problems()).isEmpty();
    assertThat(lines(script)).containsExactly(2, 4, 5, 6, 9);
    assertThat(script.statements().get(3).sql())
        .endsWith("'first line of a note\n\\connect is just text on the second line')");
  }

  @Test
  void case15_dumpMetaCommandsAreRefusedAtLines5And25() {
    ParsedScript script = CaseFiles.analyze("15-psql-meta-commands/0002_baseline_from_dump.up.sql");

    assertThat(script.problems()).extracting(ScriptProblem::line).containsExactly(5, 25);
    assertThat(script.problems().get(0).message())
        .startsWith("psql meta-command \\restrict is not SQL");
    assertThat(script.problems().get(1).message())
        .startsWith("psql meta-command \\unrestrict is not SQL");
    assertThat(lines(script)).containsExactly(9, 10, 11, 13, 18);
  }

  private static List<Integer> lines(ParsedScript script) {
    return script.statements().stream().map(SqlStatement::line).toList();
  }

  private static List<String> firstWords(ParsedScript script) {
    return script.statements().stream().map(s -> s.sql().split("\\s+", 2)[0]).toList();
  }

  private static void assertTextIsFromFile(String path) {
    String text = CaseFiles.text(path);
    for (SqlStatement statement : ScriptAnalyzer.analyze(text).statements()) {
      int end = statement.offset() + statement.sql().length();
      assertThat(text.substring(statement.offset(), end)).isEqualTo(statement.sql());
    }
  }
}
