package com.cymate.migrator.lint;

import static org.assertj.core.api.Assertions.assertThat;

import com.cymate.migrator.sql.ScriptAnalyzer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LinterTest {

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "index-not-concurrently|CREATE INDEX i ON t (a)",
        "index-not-concurrently|create unique index if not exists i on only app.t using btree (a)",
        "drop-index-not-concurrently|DROP INDEX IF EXISTS i",
        "constraint-not-valid|ALTER TABLE t ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES u (id)",
        "constraint-not-valid|ALTER TABLE t ADD CHECK (a > 0)",
        "unique-constraint-without-index|ALTER TABLE t ADD CONSTRAINT u UNIQUE (a)",
        "unique-constraint-without-index|ALTER TABLE t ADD PRIMARY KEY (a) USING INDEX TABLESPACE s",
        "set-not-null|ALTER TABLE t ALTER COLUMN a SET NOT NULL",
        "set-not-null|ALTER TABLE t ALTER a SET NOT NULL",
        "add-column-not-null-without-default|ALTER TABLE t ADD COLUMN a int NOT NULL",
        "column-type-change|ALTER TABLE t ALTER COLUMN a TYPE bigint",
        "column-type-change|ALTER TABLE t ALTER a SET DATA TYPE text USING a::text",
        "volatile-default|ALTER TABLE t ADD COLUMN id uuid NOT NULL DEFAULT gen_random_uuid()",
        "volatile-default|ALTER TABLE t ADD c float DEFAULT (random() * 10)",
        "volatile-default|ALTER TABLE t ADD c timestamptz DEFAULT clock_timestamp()",
        "volatile-default|ALTER TABLE t ADD c bigint DEFAULT nextval('s')",
        "rename-column|ALTER TABLE t RENAME COLUMN a TO b",
        "rename-column|ALTER TABLE t RENAME a TO b",
        "rename-table|ALTER TABLE t RENAME TO u",
        "drop-column|ALTER TABLE t DROP COLUMN IF EXISTS a",
        "drop-column|ALTER TABLE t DROP a",
        "drop-table|DROP TABLE IF EXISTS t, u CASCADE",
        "add-serial-column|ALTER TABLE t ADD COLUMN id bigserial",
        "add-serial-column|ALTER TABLE t ADD id int GENERATED ALWAYS AS IDENTITY",
        "vacuum-full|VACUUM FULL t",
        "vacuum-full|VACUUM (FULL, ANALYZE) t",
        "cluster|CLUSTER t USING i",
        "lock-table|LOCK TABLE t IN ACCESS EXCLUSIVE MODE",
        "truncate|TRUNCATE t"
      })
  void ruleFires(String rule, String sql) {
    assertThat(rules(sql)).containsExactly(rule);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "CREATE INDEX CONCURRENTLY i ON t (a)",
        "CREATE TABLE t (a int); CREATE INDEX i ON t (a)",
        "DROP INDEX CONCURRENTLY IF EXISTS i",
        "ALTER TABLE t ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES u (id) NOT VALID",
        "ALTER TABLE t ADD CONSTRAINT c CHECK (a > 0) NOT VALID",
        "ALTER TABLE t VALIDATE CONSTRAINT c",
        "ALTER TABLE t ADD CONSTRAINT u UNIQUE USING INDEX u_idx",
        "ALTER TABLE t ADD CONSTRAINT pk PRIMARY KEY USING INDEX pk_idx",
        "ALTER TABLE t ALTER COLUMN a DROP NOT NULL",
        "ALTER TABLE t ALTER CONSTRAINT fk DEFERRABLE",
        "ALTER TABLE t ADD COLUMN a int NOT NULL DEFAULT 0",
        "ALTER TABLE t ADD COLUMN a int CHECK (a IS NOT NULL)",
        "ALTER TABLE t ADD COLUMN c timestamptz DEFAULT now()",
        "ALTER TABLE t ALTER COLUMN c SET DEFAULT gen_random_uuid()",
        "ALTER TABLE t ADD COLUMN random text",
        "ALTER TABLE t RENAME CONSTRAINT a TO b",
        "ALTER TABLE t DROP CONSTRAINT IF EXISTS c",
        "CREATE TABLE t (a int); DROP TABLE t",
        "ALTER TABLE t ADD COLUMN id bigint",
        "VACUUM (ANALYZE) t",
        "VACUUM (FULL false) t",
        "CREATE TEMP TABLE t (a int); TRUNCATE TABLE t; LOCK t",
        "SELECT 'DROP TABLE t' -- TRUNCATE t",
        "CREATE TABLE IF NOT EXISTS app.\"T\" (a int); ALTER TABLE \"T\" ADD b int NOT NULL, DROP a"
      })
  void safeStatementsPass(String sql) {
    assertThat(rules(sql)).isEmpty();
  }

  @Test
  void everyActionOfAnAlterTableIsCheckedAndReportedAtItsLine() {
    List<LintWarning> warnings =
        lint("ALTER TABLE t\n  ADD COLUMN a int NOT NULL,\n  ALTER COLUMN b SET NOT NULL;");

    assertThat(warnings)
        .extracting(LintWarning::rule)
        .containsExactly("add-column-not-null-without-default", "set-not-null");
    assertThat(warnings).extracting(LintWarning::line).containsExactly(2, 3);
  }

  @Test
  void lintIgnoreSilencesRulesForTheFile() {
    String text =
        "-- migrator:lint-ignore=truncate,drop-table\nTRUNCATE t;\nDROP TABLE u;\nLOCK t;";

    assertThat(lint(text)).extracting(LintWarning::rule).containsExactly("lock-table");
  }

  @Test
  void formatsAsFileLineRuleMessageAndAlternative() {
    LintWarning warning = lint("SELECT 1;\nCREATE INDEX i ON t (a);").get(0);

    assertThat(warning.line()).isEqualTo(2);
    assertThat(warning.format())
        .isEqualTo(
            "0002_x.up.sql:2: [index-not-concurrently] CREATE INDEX blocks writes to the table"
                + " until the index is built; safer: CREATE INDEX CONCURRENTLY in a migration"
                + " marked -- migrator:no-transaction");
    assertThat(warning).hasToString(warning.format());
  }

  @Test
  void ruleIdsAreStableAndFindable() {
    assertThat(LintRule.byId("set-not-null")).contains(LintRule.SET_NOT_NULL);
    assertThat(LintRule.values()).allSatisfy(r -> assertThat(r.id()).matches("[a-z]+(-[a-z]+)*"));
  }

  private static List<String> rules(String sql) {
    return lint(sql).stream().map(LintWarning::rule).toList();
  }

  private static List<LintWarning> lint(String text) {
    return Linter.lint("0002_x.up.sql", ScriptAnalyzer.analyze(text));
  }
}
