package com.cymate.migrator.lint;

import com.cymate.migrator.sql.SqlTokens;
import java.util.Optional;
import java.util.Set;

/** One action of an ALTER TABLE, the tokens in [from, to). */
final class AlterTableAction {

  private static final Set<String> CONSTRAINT_KINDS =
      Set.of("CONSTRAINT", "CHECK", "FOREIGN", "UNIQUE", "PRIMARY", "EXCLUDE");

  private AlterTableAction() {}

  static Optional<Finding> check(SqlTokens tokens, int from, int to) {
    if (from >= to) {
      return Optional.empty();
    }
    int index = tokens.get(from).start();
    return rule(tokens, from, to).map(rule -> new Finding(rule, index));
  }

  private static Optional<LintRule> rule(SqlTokens tokens, int from, int to) {
    return switch (tokens.upper(from)) {
      case "ADD" ->
          CONSTRAINT_KINDS.contains(tokens.upper(from + 1))
              ? constraint(tokens, from + 1, to)
              : ColumnDefinition.rule(tokens, from + 1, to);
      case "ALTER" -> alterColumn(tokens, from + 1);
      case "DROP" ->
          tokens.isWord(from + 1, "CONSTRAINT")
              ? Optional.empty()
              : Optional.of(LintRule.DROP_COLUMN);
      case "RENAME" -> rename(tokens, from + 1);
      default -> Optional.empty();
    };
  }

  // [CONSTRAINT name] {CHECK | FOREIGN KEY | UNIQUE | PRIMARY KEY | EXCLUDE} ...
  private static Optional<LintRule> constraint(SqlTokens tokens, int at, int to) {
    int kind = tokens.isWord(at, "CONSTRAINT") ? at + 2 : at;
    String word = tokens.upper(kind);
    if ((word.equals("CHECK") || word.equals("FOREIGN"))
        && tokens.find(kind, to, 0, "NOT", "VALID") < 0) {
      return Optional.of(LintRule.CONSTRAINT_NOT_VALID);
    }
    if ((word.equals("UNIQUE") || word.equals("PRIMARY")) && !usesExistingIndex(tokens, kind, to)) {
      return Optional.of(LintRule.UNIQUE_CONSTRAINT_WITHOUT_INDEX);
    }
    return Optional.empty();
  }

  // USING INDEX TABLESPACE only places the index that is still built under the lock
  private static boolean usesExistingIndex(SqlTokens tokens, int from, int to) {
    int using = tokens.find(from, to, 0, "USING", "INDEX");
    return using >= 0 && !tokens.isWord(using + 2, "TABLESPACE");
  }

  // ALTER [COLUMN] name {SET NOT NULL | [SET DATA] TYPE ...}; ALTER CONSTRAINT is harmless
  private static Optional<LintRule> alterColumn(SqlTokens tokens, int at) {
    if (tokens.isWord(at, "CONSTRAINT")) {
      return Optional.empty();
    }
    int next = (tokens.isWord(at, "COLUMN") ? at + 1 : at) + 1;
    if (tokens.matches(next, "SET", "NOT", "NULL")) {
      return Optional.of(LintRule.SET_NOT_NULL);
    }
    if (tokens.isWord(next, "TYPE") || tokens.matches(next, "SET", "DATA", "TYPE")) {
      return Optional.of(LintRule.COLUMN_TYPE_CHANGE);
    }
    return Optional.empty();
  }

  // RENAME TO new | RENAME [COLUMN] a TO b | RENAME CONSTRAINT a TO b
  private static Optional<LintRule> rename(SqlTokens tokens, int at) {
    if (tokens.isWord(at, "TO")) {
      return Optional.of(LintRule.RENAME_TABLE);
    }
    return tokens.isWord(at, "CONSTRAINT") ? Optional.empty() : Optional.of(LintRule.RENAME_COLUMN);
  }
}
