package com.cymate.migrator.lint;

import com.cymate.migrator.sql.SqlTokens;
import java.util.ArrayList;
import java.util.List;

/**
 * ALTER TABLE on a table not created in this file: finds the comma-separated actions and hands each
 * to {@link AlterTableAction}.
 */
final class AlterTableCheck implements LintCheck {

  @Override
  public List<Finding> check(SqlTokens tokens, FreshTables fresh) {
    if (!tokens.matches(0, "ALTER", "TABLE")) {
      return List.of();
    }
    int name = tokens.matches(2, "IF", "EXISTS") ? 4 : 2;
    name = tokens.isWord(name, "ONLY") ? name + 1 : name;
    int end = TableNames.end(tokens, name);
    if (end == name || fresh.contains(TableNames.last(tokens, end))) {
      return List.of();
    }
    return actions(tokens, tokens.isSymbol(end, '*') ? end + 1 : end);
  }

  private static List<Finding> actions(SqlTokens tokens, int first) {
    List<Finding> findings = new ArrayList<>();
    int from = first;
    for (int i = first; i <= tokens.size(); i++) {
      if (i == tokens.size() || (tokens.depth(i) == 0 && tokens.isSymbol(i, ','))) {
        AlterTableAction.check(tokens, from, i).ifPresent(findings::add);
        from = i + 1;
      }
    }
    return findings;
  }
}
