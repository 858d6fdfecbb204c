package com.cymate.migrator.sql;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Folds a file's {@code -- migrator:} comments into {@link ScriptDirectives} and problems. */
final class DirectiveParser {

  private static final Pattern RULE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final String DURATION_HINT = "write a duration like 500ms, 10s, 5min or 1h";

  private final List<ScriptProblem> problems = new ArrayList<>();
  private boolean noTransaction;
  private Optional<Duration> lockTimeout = Optional.empty();
  private Optional<Duration> statementTimeout = Optional.empty();
  private final Set<String> lintIgnore = new LinkedHashSet<>();

  /** The result: directives and the problems found in them. */
  record Result(ScriptDirectives directives, List<ScriptProblem> problems) {}

  /**
   * @param firstStatement char offset of the file's first statement; directives after it are
   *     problems, since the engine has to know them before it runs anything
   */
  static Result parse(List<DirectiveComment> comments, int firstStatement) {
    DirectiveParser parser = new DirectiveParser();
    for (DirectiveComment comment : comments) {
      if (comment.offset() < firstStatement) {
        parser.accept(comment);
      } else {
        parser.problem(
            comment,
            "-- migrator: directives only count before the first statement; move this line to"
                + " the top of the file");
      }
    }
    return new Result(parser.directives(), List.copyOf(parser.problems));
  }

  private ScriptDirectives directives() {
    return new ScriptDirectives(noTransaction, lockTimeout, statementTimeout, lintIgnore);
  }

  private void accept(DirectiveComment comment) {
    String body = comment.body();
    int equals = body.indexOf('=');
    String name = (equals < 0 ? body : body.substring(0, equals)).trim();
    String value = equals < 0 ? null : body.substring(equals + 1).trim();
    switch (name) {
      case "no-transaction" -> noTransaction(comment, value);
      case "lock-timeout" -> lockTimeout = duration(comment, name, value);
      case "statement-timeout" -> statementTimeout = duration(comment, name, value);
      case "lint-ignore" -> lintIgnore(comment, value);
      case "draft" ->
          problem(
              comment,
              "this file is still the draft 'new' wrote: write its SQL, then delete the"
                  + " '-- migrator:draft' line");
      default ->
          problem(
              comment,
              "unknown directive -- migrator:"
                  + name
                  + "; use no-transaction, lock-timeout=, statement-timeout= or lint-ignore=");
    }
  }

  private void noTransaction(DirectiveComment comment, String value) {
    if (value != null) {
      problem(comment, "-- migrator:no-transaction takes no value; write the line without '='");
    }
    noTransaction = true;
  }

  private Optional<Duration> duration(DirectiveComment comment, String name, String value) {
    Optional<Duration> duration = PgDuration.parse(value == null ? "" : value);
    if (duration.isEmpty()) {
      problem(comment, "bad value for -- migrator:" + name + "; " + DURATION_HINT);
    }
    return duration;
  }

  private void lintIgnore(DirectiveComment comment, String value) {
    for (String rule : (value == null ? "" : value).split(",", -1)) {
      if (RULE_ID.matcher(rule.trim()).matches()) {
        lintIgnore.add(rule.trim());
      } else {
        problem(
            comment,
            "bad rule list for -- migrator:lint-ignore; write rule ids such as"
                + " lint-ignore=index-not-concurrently,truncate");
        return;
      }
    }
  }

  private void problem(DirectiveComment comment, String message) {
    problems.add(ScriptProblem.at(comment.position(), message));
  }
}
