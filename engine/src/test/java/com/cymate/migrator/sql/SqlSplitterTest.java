package com.cymate.migrator.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlSplitterTest {

  @Test
  void splitsAtTopLevelSemicolonsAndKeepsAFinalStatementWithoutOne() {
    assertThat(sqls("SELECT 1; SELECT 2;\nSELECT 3"))
        .containsExactly("SELECT 1", "SELECT 2", "SELECT 3");
  }

  @Test
  void commentOnlyAndBlankTextHaveNoStatements() {
    assertThat(sqls("-- nothing\n/* still /* nothing */ */\n;\n  ")).isEmpty();
    assertThat(sqls("")).isEmpty();
  }

  @Test
  void leadingCommentsAreNotPartOfAStatementButInnerOnesAre() {
    assertThat(sqls("-- head\n/* x */ SELECT /* in */ 1 -- tail\n;"))
        .containsExactly("SELECT /* in */ 1");
  }

  @Test
  void semicolonsInStringsAndQuotedIdentifiersDoNotSplit() {
    assertThat(sqls("SELECT 'a;b''c;', \"x;\"\"y\" FROM t; SELECT 2"))
        .containsExactly("SELECT 'a;b''c;', \"x;\"\"y\" FROM t", "SELECT 2");
  }

  @Test
  void escapeStringsHonourBackslashQuotes() {
    assertThat(sqls("SELECT E'it\\'s; ok', e'\\\\'; SELECT 2"))
        .containsExactly("SELECT E'it\\'s; ok', e'\\\\'", "SELECT 2");
  }

  @Test
  void plainStringsTreatBackslashAsOrdinary() {
    assertThat(sqls("SELECT '\\'; SELECT 2")).containsExactly("SELECT '\\'", "SELECT 2");
  }

  @Test
  void unicodeAndBitStringsAndUnicodeIdentifiers() {
    assertThat(sqls("SELECT U&'d\\0061t;a', X'1F', B'01', N'n;' AS U&\"a;b\"; SELECT 2"))
        .hasSize(2);
  }

  @Test
  void dollarQuotesCloseOnlyOnTheirOwnTag() {
    String fn = "CREATE FUNCTION f() AS $outer$ x $inner$ ; $inner$ ; $outer$ LANGUAGE sql";
    assertThat(sqls(fn + "; SELECT 2")).containsExactly(fn, "SELECT 2");
  }

  @Test
  void parametersAndDollarInIdentifiersNeverOpenAQuote() {
    assertThat(sqls("SELECT $1, cost$usd$ FROM t WHERE a = $2; SELECT 2"))
        .containsExactly("SELECT $1, cost$usd$ FROM t WHERE a = $2", "SELECT 2");
  }

  @Test
  void dollarTagsFollowIdentifierRules() {
    assertThat(sqls("SELECT $_$;$_$, $a1$;$a1$, $ü$;$ü$; SELECT 2")).hasSize(2);
    // "$1a$" is not a tag: $1 is a parameter, so the semicolon splits
    assertThat(sqls("SELECT $1a$; SELECT 2")).hasSize(2);
  }

  @Test
  void nestedBlockCommentsHideSemicolonsAndQuotes() {
    assertThat(sqls("SELECT 1 /* a; /* b' */ c; */ + 1; SELECT 2"))
        .containsExactly("SELECT 1 /* a; /* b' */ c; */ + 1", "SELECT 2");
  }

  @Test
  void lineCommentsHideSemicolonsAndQuotesUntilEndOfLine() {
    assertThat(sqls("SELECT 1 -- it's; done\n+ 1; SELECT 2"))
        .containsExactly("SELECT 1 -- it's; done\n+ 1", "SELECT 2");
  }

  @Test
  void beginAtomicBodiesKeepTheirSemicolons() {
    String fn =
        "CREATE OR REPLACE FUNCTION f(a int) RETURNS int LANGUAGE sql\n"
            + "BEGIN ATOMIC\n  SELECT CASE WHEN a > 0 THEN 1 ELSE 0 END;\n  SELECT 2;\nEND";
    assertThat(sqls(fn + ";\nSELECT 3")).containsExactly(fn, "SELECT 3");
  }

  @Test
  void procedureBodiesToo() {
    String proc = "CREATE PROCEDURE p() BEGIN ATOMIC INSERT INTO t VALUES (1); END";
    assertThat(sqls(proc + "; SELECT 1")).containsExactly(proc, "SELECT 1");
  }

  @Test
  void semicolonsInsideParenthesesDoNotSplitAsInPsql() {
    String rule =
        "CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); INSERT INTO b VALUES (2))";
    assertThat(sqls(rule + "; SELECT 1")).containsExactly(rule, "SELECT 1");
  }

  @Test
  void copyFromStdinTakesItsDataVerbatim() {
    SplitScript split =
        SqlSplitter.split("copy t (a) from STDIN with (format csv);\n'x;$q$\n\"y\n\\.\nSELECT 1;");

    assertThat(split.problems()).isEmpty();
    assertThat(split.statements())
        .extracting(SqlStatement::sql)
        .containsExactly("copy t (a) from STDIN with (format csv)", "SELECT 1");
    assertThat(split.statements().get(0).copyData()).isEqualTo("'x;$q$\n\"y\n");
    assertThat(split.statements().get(1).line()).isEqualTo(5);
  }

  @Test
  void copyDataKeepsCrlfAndAcceptsACrlfTerminator() {
    SplitScript split = SqlSplitter.split("COPY t FROM stdin;\r\na\tb\r\n\\.\r\nSELECT 1");

    assertThat(split.statements().get(0).copyData()).isEqualTo("a\tb\r\n");
    assertThat(split.statements().get(1).line()).isEqualTo(4);
  }

  @Test
  void copyToAFileOrFromAServerFileHasNoData() {
    assertThat(
            SqlSplitter.split("COPY t FROM '/tmp/x'; COPY (SELECT 1 FROM stdin) TO STDOUT")
                .statements())
        .extracting(SqlStatement::copyData)
        .containsOnlyNulls();
  }

  @Test
  void aMissingCopyTerminatorIsAProblemAtTheCopyLine() {
    SplitScript split = SqlSplitter.split("SELECT 1;\nCOPY t FROM stdin;\na\nb\n");

    assertThat(split.problems()).extracting(ScriptProblem::line).containsExactly(2);
    assertThat(split.statements().get(1).copyData()).isEqualTo("a\nb\n");
  }

  @Test
  void aMetaCommandEndsAtEndOfLine() {
    SplitScript split =
        SqlSplitter.split("\\set ON_ERROR_STOP on\nSELECT 1;\n\\connect db\nSELECT 2;");

    assertThat(split.statements())
        .extracting(SqlStatement::sql)
        .containsExactly("SELECT 1", "SELECT 2");
    assertThat(split.problems()).extracting(ScriptProblem::line).containsExactly(1, 3);
    assertThat(split.problems().get(1).message())
        .startsWith("psql meta-command \\connect is not SQL");
  }

  @Test
  void unterminatedQuotesAreProblemsWhereTheyOpened() {
    assertThat(problemLines("SELECT 1;\nSELECT 'abc;\nSELECT 2;")).containsExactly(2);
    assertThat(problemLines("SELECT 1;\n\nSELECT \"abc;")).containsExactly(3);
    assertThat(problemLines("/* a /* b */")).containsExactly(1);
    assertThat(SqlSplitter.split("SELECT 1;\nDO $body$ BEGIN END;").problems())
        .singleElement()
        .satisfies(
            p -> assertThat(p.message()).contains("dollar-quoted string $body$ opened here"));
  }

  @Test
  void positionsCountLinesAndColumnsInCodePointsWithCrlf() {
    List<SqlStatement> statements =
        SqlSplitter.split("SELECT 1;\r\n  /* \uD83D\uDE00 */ SELECT 2;").statements();

    SqlStatement second = statements.get(1);
    assertThat(second.line()).isEqualTo(2);
    assertThat(second.column()).isEqualTo(11);
    assertThat(second.offset()).isEqualTo(22);
  }

  @Test
  void statementTextIsTheFileTextAtItsOffset() {
    String text = "-- x\r\nINSERT INTO t VALUES ('a\r\nb');\r\nSELECT 2 ;  \r\n";
    for (SqlStatement statement : SqlSplitter.split(text).statements()) {
      assertThat(text.substring(statement.offset())).startsWith(statement.sql());
    }
    assertThat(sqls(text)).containsExactly("INSERT INTO t VALUES ('a\r\nb')", "SELECT 2");
  }

  @Test
  void collectsDirectiveComments() {
    assertThat(
            SqlSplitter.split("-- migrator:no-transaction\n--migrator: x\n-- other\nSELECT 1")
                .directiveComments())
        .extracting(c -> c.position().line())
        .containsExactly(1, 2);
  }

  @Test
  void tenMegabytesSplitInLinearTime() {
    String chunk = "INSERT INTO t VALUES (1, 'a;b', $$c;d$$); -- x;\n/* y; */ SELECT E'\\'' ;";
    String text = chunk.repeat(10_000_000 / chunk.length());
    String oneLine = "SELECT 1;".repeat(1_000_000);

    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          assertThat(SqlSplitter.split(text).statements())
              .hasSize(2 * (10_000_000 / chunk.length()));
          assertThat(SqlSplitter.split(oneLine).statements()).hasSize(1_000_000);
        });
  }

  private static List<String> sqls(String text) {
    SplitScript split = SqlSplitter.split(text);
    assertThat(split.problems()).isEmpty();
    return split.statements().stream().map(SqlStatement::sql).toList();
  }

  private static List<Integer> problemLines(String text) {
    return SqlSplitter.split(text).problems().stream().map(ScriptProblem::line).toList();
  }
}
