package com.cymate.migrator.lint;

import com.cymate.migrator.sql.SqlTokens;
import java.util.List;

/** CREATE INDEX and DROP INDEX without CONCURRENTLY. */
final class IndexCheck implements LintCheck {

  @Override
  public List<Finding> check(SqlTokens tokens, FreshTables fresh) {
    if (tokens.matches(0, "DROP", "INDEX") && !tokens.isWord(2, "CONCURRENTLY")) {
      return List.of(new Finding(LintRule.DROP_INDEX_NOT_CONCURRENTLY, 0));
    }
    int index = tokens.isWord(1, "UNIQUE") ? 2 : 1;
    boolean create = tokens.isWord(0, "CREATE") && tokens.isWord(index, "INDEX");
    if (!create || tokens.isWord(index + 1, "CONCURRENTLY") || onFreshTable(tokens, fresh)) {
      return List.of();
    }
    return List.of(new Finding(LintRule.INDEX_NOT_CONCURRENTLY, 0));
  }

  // CREATE INDEX [name] ON [ONLY] table ...
  private static boolean onFreshTable(SqlTokens tokens, FreshTables fresh) {
    int on = tokens.find(2, tokens.size(), 0, "ON");
    if (on < 0) {
      return false;
    }
    int table = tokens.isWord(on + 1, "ONLY") ? on + 2 : on + 1;
    int end = TableNames.end(tokens, table);
    return end > table && fresh.contains(TableNames.last(tokens, end));
  }
}
