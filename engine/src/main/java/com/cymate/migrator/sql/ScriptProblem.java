package com.cymate.migrator.sql;

/**
 * Something that makes a migration file unfit to run, found before anything is executed.
 *
 * @param line 1-based file line
 * @param column 1-based column (code points)
 * @param message one line that says what is wrong and what to do about it
 */
public record ScriptProblem(int line, int column, String message) {

  static ScriptProblem at(SourcePosition position, String message) {
    return new ScriptProblem(position.line(), position.column(), message);
  }
}
