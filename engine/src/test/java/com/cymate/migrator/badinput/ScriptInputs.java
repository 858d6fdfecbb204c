package com.cymate.migrator.badinput;

import static com.cymate.migrator.badinput.BadInput.SCHEMA;
import static com.cymate.migrator.badinput.BadInput.accepted;
import static com.cymate.migrator.badinput.BadInput.refused;
import static com.cymate.migrator.badinput.Fixtures.base;
import static com.cymate.migrator.badinput.Fixtures.baseApplied;
import static com.cymate.migrator.badinput.Fixtures.pair;
import static org.assertj.core.api.Assertions.assertThat;

import com.cymate.migrator.badinput.BadInput.Setup;
import java.util.stream.Stream;

/**
 * What is inside a file: problems the engine must find before running anything (exit 3, nothing
 * touched even on a fresh database) and errors only the server finds (exit 2, the migration rolled
 * back, reported as {@code file:line:column} mapped from the server's error position).
 */
final class ScriptInputs {

  private static final String FILE = "0002_change.up.sql";
  private static final String NOTHING_RAN = "(nothing was executed)";

  private ScriptInputs() {}

  static Stream<BadInput> all() {
    return Stream.concat(refusedBeforeRunning(), failingOnTheServer());
  }

  private static Stream<BadInput> refusedBeforeRunning() {
    return Stream.of(
        refused("empty up file", change(""), 3, FILE + ":1:1: empty migration file"),
        refused(
            "whitespace-only up file", change(" \n\t\n"), 3, FILE + ":1:1: empty migration file"),
        refused(
            "empty down file",
            pair("0002_change", "CREATE TABLE t (id int);\n", ""),
            3,
            "0002_change.down.sql:1:1: empty migration file"),
        commentOnlyIsANoOp(),
        refused(
            "psql \\connect",
            change("CREATE TABLE t (id int);\n\\connect other\n"),
            3,
            FILE + ":2:1: psql meta-command \\connect is not SQL",
            NOTHING_RAN),
        refused(
            "psql \\set",
            change("\\set ON_ERROR_STOP on\nCREATE TABLE t (id int);\n"),
            3,
            FILE + ":1:1: psql meta-command \\set is not SQL"),
        refused(
            "psql \\i",
            change("CREATE TABLE t (id int);\n\n\\i other.sql\n"),
            3,
            FILE + ":3:1: psql meta-command \\i is not SQL"),
        refused(
            "COPY FROM stdin without the \\. terminator",
            change(
                "CREATE TABLE c (id int, name text);\nCOPY c (id, name) FROM stdin;\n"
                    + "1\tone\n2\ttwo\n"),
            3,
            FILE + ":2:1: COPY ... FROM STDIN data has no terminating \\. line"),
        refused(
            "COPY TO STDOUT",
            change("CREATE TABLE c (id int);\nCOPY c TO STDOUT;\n"),
            3,
            FILE + ":2:1: COPY TO STDOUT has no place in a migration"),
        refused(
            "BEGIN and COMMIT in the file",
            change("BEGIN;\nCREATE TABLE t (id int);\nCOMMIT;\n"),
            3,
            FILE + ":1:1: BEGIN is not allowed",
            FILE + ":3:1: COMMIT is not allowed"),
        refused(
            "unterminated quote",
            change("CREATE TABLE q (id int);\nCOMMENT ON TABLE q IS 'it''s open;\n"),
            3,
            FILE + ":2:23: unterminated string literal"),
        refused(
            "unterminated dollar quote",
            change("CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $body$\n  SELECT 1;\n$bod$;\n"),
            3,
            FILE + ":1:49: unterminated dollar-quoted string $body$"),
        refused(
            "unterminated nested block comment",
            change("CREATE TABLE b (id int);\n/* outer /* inner */ still open\nSELECT 1;\n"),
            3,
            FILE + ":2:1: unterminated /* comment"),
        refused(
            "unknown -- migrator: directive",
            change("-- migrator:no-transactoin\nCREATE TABLE t (id int);\n"),
            3,
            FILE + ":1:1: unknown directive -- migrator:no-transactoin"),
        refused(
            "bad duration in a directive",
            change("-- migrator:lock-timeout=10 seconds\nCREATE TABLE t (id int);\n"),
            3,
            FILE + ":1:1: bad value for -- migrator:lock-timeout"),
        refused(
            "directive after the first statement",
            change("CREATE TABLE t (id int);\n-- migrator:no-transaction\n"),
            3,
            FILE + ":2:1: -- migrator: directives only count before the first statement"),
        refused(
            "CREATE INDEX CONCURRENTLY mixed with DDL, no directive",
            change("CREATE TABLE m (id int);\nCREATE INDEX CONCURRENTLY m_id ON m (id);\n"),
            3,
            FILE + ":2:1: CREATE INDEX CONCURRENTLY cannot be combined with transactional"),
        refused(
            "problem in the down file of a pending migration",
            pair("0002_change", "CREATE TABLE t (id int);\n", "DROP TABLE t;\n\\q\n"),
            3,
            "0002_change.down.sql:2:1: psql meta-command \\q"));
  }

  private static Stream<BadInput> failingOnTheServer() {
    return Stream.of(
        failed(
            "syntax error in the first statement",
            "CREATE TABL t (id int);\nCREATE TABLE u (id int);\n",
            FILE + ":1:8: ERROR: syntax error at or near \"TABL\"",
            "[SQLSTATE 42601]",
            "rolled back"),
        failed(
            "syntax error in the third statement, line 9",
            THIRD_ON_LINE_9,
            FILE + ":9:36: ERROR: syntax error at or near \"DEFALT\""),
        failed(
            "syntax error inside a multi-line statement",
            "CREATE TABLE t (id int);\n\nCREATE TABLE t3 (\n  id int,\n  name text\n"
                + "  price numeric\n);\n",
            FILE + ":6:3: ERROR: syntax error at or near \"price\""),
        failed(
            "unknown type inside a multi-line statement",
            "CREATE TABLE t3 (\n  id int,\n  name txet\n);\n",
            FILE + ":3:8: ERROR: type \"txet\" does not exist",
            "[SQLSTATE 42704]"),
        failed(
            "division by zero in a later statement",
            "CREATE TABLE d (id int);\nINSERT INTO d VALUES (1);\n\n"
                + "INSERT INTO d SELECT 1 / 0;\n",
            FILE + ":4:1: ERROR: division by zero [SQLSTATE 22012]",
            "rolled back"),
        failed(
            "unique violation in a later statement",
            "CREATE TABLE u (id int PRIMARY KEY);\nINSERT INTO u VALUES (1);\n"
                + "INSERT INTO u VALUES (2);\n  INSERT INTO u VALUES (1);\n",
            FILE + ":4:3: ERROR: duplicate key value violates unique constraint \"u_pkey\"",
            "[SQLSTATE 23505]",
            "Key (id)=(1) already exists"),
        failed(
            "INSERT into an existing table, then an error",
            "INSERT INTO base VALUES (1);\nUPDATE base SET id = id / 0;\n",
            FILE + ":2:1: ERROR: division by zero"),
        nonTransactionalFailureIsDirty());
  }

  // autocommit statements cannot be rolled back: the first index stays, the version is dirty
  private static BadInput nonTransactionalFailureIsDirty() {
    Setup setup =
        baseApplied()
            .then(
                pair(
                    "0002_change",
                    "-- migrator:no-transaction\nCREATE INDEX CONCURRENTLY base_id ON base (id);\n"
                        + "CREATE INDEX CONCURRENTLY missing_id ON missing (id);\n",
                    "DROP INDEX CONCURRENTLY IF EXISTS base_id;\n"));
    return refused(
            "failing non-transactional file: dirty",
            setup,
            8,
            FILE + ":3:",
            "relation \"missing\" does not exist",
            "statements 1-1 of 2 completed",
            "repair --schema app --version 2")
        .check(
            (db, before, r) -> {
              assertThat(db.value("SELECT state FROM app.schema_version WHERE version = 2"))
                  .isEqualTo("failed");
              assertThat(db.tableExists("app.base_id")).isTrue();
            });
  }

  private static final String THIRD_ON_LINE_9 =
      "-- three statements; the third has a typo\n"
          + "CREATE TABLE a (\n"
          + "  id int PRIMARY KEY\n"
          + ");\n"
          + "\n"
          + "INSERT INTO a VALUES (1);\n"
          + "\n"
          + "-- the typo is below\n"
          + "ALTER TABLE a ADD COLUMN note text DEFALT 'x';\n";

  /** A pending 0002 next to an unapplied base: nothing may reach the database. */
  static Setup change(String up) {
    return base().then(pair("0002_change", up, "SELECT 1;\n"));
  }

  /**
   * A pending 0002 after base was applied: it must fail with exit 2 and leave the history as it
   * was, but for one audit row in the log.
   */
  private static BadInput failed(String name, String up, String... messageParts) {
    return refused(
            name, baseApplied().then(pair("0002_change", up, "SELECT 1;\n")), 2, messageParts)
        .check(BadInput.rolledBackAndLogged("up", 2, FILE));
  }

  private static BadInput commentOnlyIsANoOp() {
    return accepted(
        "comment-only up file (a deliberate no-op)",
        base()
            .then(
                pair(
                    "0002_change",
                    "-- nothing to do: kept for numbering\n/* really */\n",
                    "-- nothing to undo\n")),
        (db, before, r) -> assertThat(db.versions(SCHEMA)).containsExactly(1L, 2L),
        "app: applied 2 migration(s) [1, 2]");
  }
}
