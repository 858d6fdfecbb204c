package com.cymate.migrator.sql;

import java.util.List;

/**
 * A migration file read and checked, ready for the engine to decide how to run it.
 *
 * @param statements the statements in file order
 * @param directives the file's {@code -- migrator:} directives
 * @param runsInTransaction true to run the whole file in one transaction; false to run each
 *     statement in autocommit (directive {@code no-transaction}, or every statement is one that
 *     cannot run in a transaction)
 * @param problems what makes the file unfit to run, by line; the file must not run unless empty
 */
public record ParsedScript(
    List<SqlStatement> statements,
    ScriptDirectives directives,
    boolean runsInTransaction,
    List<ScriptProblem> problems) {

  public ParsedScript {
    statements = List.copyOf(statements);
    problems = List.copyOf(problems);
  }

  public boolean isValid() {
    return problems.isEmpty();
  }
}
