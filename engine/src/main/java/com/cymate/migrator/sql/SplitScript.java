package com.cymate.migrator.sql;

import java.util.List;

/**
 * What {@link SqlSplitter} found in a file.
 *
 * @param statements the statements in file order
 * @param problems lexical problems: unterminated literals or comments, psql meta-commands, COPY
 *     data without its terminator
 * @param directiveComments every {@code -- migrator:} comment, wherever it stands
 */
public record SplitScript(
    List<SqlStatement> statements,
    List<ScriptProblem> problems,
    List<DirectiveComment> directiveComments) {

  public SplitScript {
    statements = List.copyOf(statements);
    problems = List.copyOf(problems);
    directiveComments = List.copyOf(directiveComments);
  }
}
