package com.cymate.migrator.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScriptAnalyzerTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "BEGIN",
        "begin transaction isolation level serializable",
        "START TRANSACTION",
        "COMMIT",
        "commit and chain",
        "END",
        "ROLLBACK",
        "ABORT",
        "PREPARE TRANSACTION 'x'",
        "COMMIT PREPARED 'x'",
        "ROLLBACK PREPARED 'x'"
      })
  void transactionControlIsRefused(String statement) {
    ParsedScript script = ScriptAnalyzer.analyze("SELECT 1;\n" + statement + ";");

    assertThat(script.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(2);
              assertThat(p.message())
                  .contains("is not allowed in a migration")
                  .endsWith("remove it");
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SAVEPOINT a",
        "RELEASE SAVEPOINT a",
        "ROLLBACK TO SAVEPOINT a",
        "rollback work to a",
        "PREPARE q AS SELECT 1",
        "SELECT 'BEGIN; COMMIT'"
      })
  void savepointsAndLookAlikesAreFine(String statement) {
    assertThat(ScriptAnalyzer.analyze(statement + ";").problems()).isEmpty();
  }

  @Test
  void beginInsideBodiesAndCommentsIsNotTransactionControl() {
    String text =
        "-- BEGIN;\n/* COMMIT; */\nDO $$ BEGIN PERFORM 1; END $$;\n"
            + "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END;";

    ParsedScript script = ScriptAnalyzer.analyze(text);

    assertThat(script.problems()).isEmpty();
    assertThat(script.statements()).hasSize(2);
  }

  @Test
  void metaCommandsAreRefusedNamingThem() {
    ParsedScript script = ScriptAnalyzer.analyze("SELECT 1;\n\\gexec\n  \\c other\nSELECT 2;");

    assertThat(script.problems()).extracting(ScriptProblem::line).containsExactly(2, 3);
    assertThat(script.problems().get(1).message()).startsWith("psql meta-command \\c is not SQL");
    assertThat(script.statements()).hasSize(2);
  }

  @Test
  void onlyNonTransactionalStatementsRunOutsideATransaction() {
    ParsedScript script =
        ScriptAnalyzer.analyze("CREATE INDEX CONCURRENTLY a ON t (x);\nVACUUM t;");

    assertThat(script.problems()).isEmpty();
    assertThat(script.runsInTransaction()).isFalse();
  }

  @Test
  void mixingIsRefusedAtTheFirstNonTransactionalStatement() {
    ParsedScript script =
        ScriptAnalyzer.analyze(
            "ALTER TABLE t ADD c int;\nVACUUM t;\nCREATE INDEX CONCURRENTLY a ON t (c);");

    assertThat(script.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(2);
              assertThat(p.message()).startsWith("VACUUM cannot be combined with transactional");
            });
  }

  @Test
  void theDirectiveAllowsMixingAndCopyInAutocommit() {
    ParsedScript script =
        ScriptAnalyzer.analyze(
            "-- migrator:no-transaction\nALTER TABLE t ADD c int;\n"
                + "CREATE INDEX CONCURRENTLY a ON t (c);\nCOPY t FROM stdin;\n1\n\\.\n");

    assertThat(script.problems()).isEmpty();
    assertThat(script.runsInTransaction()).isFalse();
    assertThat(script.directives().noTransaction()).isTrue();
  }

  @Test
  void copyToStdoutIsRefused() {
    assertThat(ScriptAnalyzer.analyze("COPY (SELECT 1) TO STDOUT;").problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).startsWith("COPY TO STDOUT has no place"));
  }

  @Test
  void anEmptyFileIsAProblemButACommentOnlyFileIsANoOp() {
    assertThat(ScriptAnalyzer.analyze("\uFEFF \n\t\n").problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(1);
              assertThat(p.message()).startsWith("empty migration file");
            });
    ParsedScript noOp = ScriptAnalyzer.analyze("-- nothing to undo: VACUUM has no inverse\n");
    assertThat(noOp.problems()).isEmpty();
    assertThat(noOp.statements()).isEmpty();
    assertThat(noOp.runsInTransaction()).isTrue();
  }

  @Test
  void unterminatedDollarQuoteIsReportedWhereItOpened() {
    ParsedScript script = ScriptAnalyzer.analyze("SELECT 1;\n\nDO $body$\nBEGIN\n  NULL;\nEND;\n");

    assertThat(script.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(3);
              assertThat(p.column()).isEqualTo(4);
              assertThat(p.message())
                  .startsWith("unterminated dollar-quoted string $body$ opened here");
            });
  }

  @Test
  void readsDirectives() {
    ParsedScript script =
        ScriptAnalyzer.analyze(
            "-- migrator:lock-timeout=10s\n--migrator:statement-timeout = 5min\n"
                + "-- migrator:lint-ignore=truncate, drop-table\nTRUNCATE t;");

    ScriptDirectives directives = script.directives();
    assertThat(script.problems()).isEmpty();
    assertThat(directives.noTransaction()).isFalse();
    assertThat(directives.lockTimeout()).contains(Duration.ofSeconds(10));
    assertThat(directives.statementTimeout()).contains(Duration.ofMinutes(5));
    assertThat(directives.lintIgnore()).containsExactlyInAnyOrder("truncate", "drop-table");
  }

  @Test
  void durationsArePostgresStyleWithAUnit() {
    assertThat(lockTimeout("500ms")).isEqualTo(Duration.ofMillis(500));
    assertThat(lockTimeout("1h")).isEqualTo(Duration.ofHours(1));
    assertThat(lockTimeout("2d")).isEqualTo(Duration.ofDays(2));
  }

  @Test
  void badOrUnknownOrLateDirectivesAreProblemsAtTheirLines() {
    ParsedScript script =
        ScriptAnalyzer.analyze(
            "-- migrator:lock-timeout=10\n-- migrator:statement-timeout=5 minutes\n"
                + "-- migrator:no-transactions\n-- migrator:no-transaction=yes\n"
                + "-- migrator:lint-ignore=\nSELECT 1;\n-- migrator:no-transaction\n");

    List<ScriptProblem> problems = script.problems();
    assertThat(problems).extracting(ScriptProblem::line).containsExactly(1, 2, 3, 4, 5, 7);
    assertThat(problems.get(0).message()).contains("500ms, 10s, 5min or 1h");
    assertThat(problems.get(2).message())
        .startsWith("unknown directive -- migrator:no-transactions");
    assertThat(problems.get(5).message()).contains("before the first statement");
    assertThat(script.directives().lockTimeout()).isEmpty();
  }

  private static Duration lockTimeout(String value) {
    ParsedScript script =
        ScriptAnalyzer.analyze("-- migrator:lock-timeout=" + value + "\nSELECT 1");
    assertThat(script.problems()).isEmpty();
    return script.directives().lockTimeout().orElseThrow();
  }
}
