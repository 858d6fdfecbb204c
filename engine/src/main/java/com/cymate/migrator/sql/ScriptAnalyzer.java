package com.cymate.migrator.sql;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads a whole migration file and decides, before anything runs, whether and how it can run: one
 * transaction or autocommit, and every problem that must stop it.
 */
public final class ScriptAnalyzer {

  private ScriptAnalyzer() {}

  /**
   * @param text the decoded file text
   */
  public static ParsedScript analyze(String text) {
    SplitScript split = SqlSplitter.split(text);
    List<SqlStatement> statements = split.statements();
    int firstStatement = statements.isEmpty() ? text.length() : statements.get(0).offset();
    DirectiveParser.Result directives =
        DirectiveParser.parse(split.directiveComments(), firstStatement);
    List<StatementKind> kinds = statements.stream().map(StatementKind::of).toList();

    List<ScriptProblem> problems = new ArrayList<>(split.problems());
    problems.addAll(directives.problems());
    emptyFile(text).ifPresent(problems::add);
    problems.addAll(statementProblems(statements, kinds));
    boolean noTransaction = directives.directives().noTransaction();
    mixedTransactionality(statements, kinds, noTransaction).ifPresent(problems::add);
    problems.sort(
        Comparator.comparingInt(ScriptProblem::line).thenComparing(ScriptProblem::column));

    boolean allOutside =
        !kinds.isEmpty() && kinds.stream().allMatch(StatementKind::outsideTransaction);
    return new ParsedScript(
        statements, directives.directives(), !noTransaction && !allOutside, problems);
  }

  private static Optional<ScriptProblem> emptyFile(String text) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return body.isBlank()
        ? Optional.of(
            new ScriptProblem(
                1, 1, "empty migration file; if nothing is to be done, say so in a comment"))
        : Optional.empty();
  }

  private static List<ScriptProblem> statementProblems(
      List<SqlStatement> statements, List<StatementKind> kinds) {
    List<ScriptProblem> problems = new ArrayList<>();
    for (int i = 0; i < statements.size(); i++) {
      SqlStatement statement = statements.get(i);
      message(kinds.get(i)).ifPresent(m -> problems.add(at(statement, m)));
    }
    return problems;
  }

  private static Optional<String> message(StatementKind kind) {
    return switch (kind.category()) {
      case TRANSACTION_CONTROL ->
          Optional.of(
              kind.label()
                  + " is not allowed in a migration (the engine runs each migration in its own"
                  + " transaction); remove it");
      case COPY_TO_STDOUT -> Optional.of("COPY TO STDOUT has no place in a migration; remove it");
      default -> Optional.empty();
    };
  }

  // one transaction cannot hold them and autocommit would lose atomicity without being asked for
  private static Optional<ScriptProblem> mixedTransactionality(
      List<SqlStatement> statements, List<StatementKind> kinds, boolean noTransaction) {
    int first = firstOutside(kinds);
    boolean mixed = first >= 0 && !kinds.stream().allMatch(StatementKind::outsideTransaction);
    if (noTransaction || !mixed) {
      return Optional.empty();
    }
    return Optional.of(
        at(
            statements.get(first),
            kinds.get(first).label()
                + " cannot be combined with transactional statements in one migration; split the"
                + " file or mark it `-- migrator:no-transaction`"));
  }

  private static int firstOutside(List<StatementKind> kinds) {
    for (int i = 0; i < kinds.size(); i++) {
      if (kinds.get(i).outsideTransaction()) {
        return i;
      }
    }
    return -1;
  }

  private static ScriptProblem at(SqlStatement statement, String message) {
    return new ScriptProblem(statement.line(), statement.column(), message);
  }
}
