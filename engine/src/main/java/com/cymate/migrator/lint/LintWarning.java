package com.cymate.migrator.lint;

/**
 * One lint finding.
 *
 * @param file the migration file name
 * @param line 1-based line of the offending statement or clause
 * @param rule the rule id, see {@link LintRule}
 * @param message what is risky
 * @param safeAlternative what to do instead
 */
public record LintWarning(
    String file, int line, String rule, String message, String safeAlternative) {

  /** {@code file:line: [rule] message; safer: alternative}. */
  public String format() {
    return file + ":" + line + ": [" + rule + "] " + message + "; safer: " + safeAlternative;
  }

  @Override
  public String toString() {
    return format();
  }
}
