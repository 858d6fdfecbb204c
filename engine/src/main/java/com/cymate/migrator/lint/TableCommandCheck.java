package com.cymate.migrator.lint;

import com.cymate.migrator.sql.SqlTokens;
import java.util.List;
import java.util.Optional;

/** Whole-table commands: DROP TABLE, TRUNCATE, LOCK, VACUUM FULL, CLUSTER. */
final class TableCommandCheck implements LintCheck {

  @Override
  public List<Finding> check(SqlTokens tokens, FreshTables fresh) {
    return rule(tokens, fresh).map(rule -> List.of(new Finding(rule, 0))).orElse(List.of());
  }

  private static Optional<LintRule> rule(SqlTokens tokens, FreshTables fresh) {
    if (tokens.matches(0, "DROP", "TABLE")) {
      int names = tokens.matches(2, "IF", "EXISTS") ? 4 : 2;
      return unlessFresh(LintRule.DROP_TABLE, tokens, names, fresh);
    }
    if (tokens.isWord(0, "TRUNCATE")) {
      return unlessFresh(LintRule.TRUNCATE, tokens, tokens.isWord(1, "TABLE") ? 2 : 1, fresh);
    }
    if (tokens.isWord(0, "LOCK")) {
      return unlessFresh(LintRule.LOCK_TABLE, tokens, tokens.isWord(1, "TABLE") ? 2 : 1, fresh);
    }
    if (tokens.isWord(0, "CLUSTER")) {
      return Optional.of(LintRule.CLUSTER);
    }
    return isVacuumFull(tokens) ? Optional.of(LintRule.VACUUM_FULL) : Optional.empty();
  }

  private static Optional<LintRule> unlessFresh(
      LintRule rule, SqlTokens tokens, int names, FreshTables fresh) {
    return fresh.containsAll(TableNames.list(tokens, names)) ? Optional.empty() : Optional.of(rule);
  }

  // VACUUM FULL ... or VACUUM (FULL [true], ...)
  private static boolean isVacuumFull(SqlTokens tokens) {
    if (!tokens.isWord(0, "VACUUM")) {
      return false;
    }
    if (tokens.isWord(1, "FULL")) {
      return true;
    }
    int option = tokens.isSymbol(1, '(') ? tokens.find(2, tokens.size(), 1, "FULL") : -1;
    String value = tokens.upper(option + 1);
    return option > 0 && !(value.equals("FALSE") || value.equals("OFF") || value.equals("0"));
  }
}
