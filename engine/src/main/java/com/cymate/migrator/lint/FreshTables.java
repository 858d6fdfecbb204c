package com.cymate.migrator.lint;

import com.cymate.migrator.sql.SqlTokens;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The tables created so far in the file being linted. Such a table has no traffic yet, so locking
 * it, rewriting it or indexing it without CONCURRENTLY is harmless.
 */
final class FreshTables {

  private final Set<String> names = new HashSet<>();

  /** Remembers the table if the statement is CREATE [TEMP|UNLOGGED] TABLE [IF NOT EXISTS] t. */
  void record(SqlTokens tokens) {
    if (!tokens.isWord(0, "CREATE")) {
      return;
    }
    int i = 1;
    i = tokens.isWord(i, "GLOBAL") || tokens.isWord(i, "LOCAL") ? i + 1 : i;
    boolean qualified =
        tokens.isWord(i, "TEMP") || tokens.isWord(i, "TEMPORARY") || tokens.isWord(i, "UNLOGGED");
    i = qualified ? i + 1 : i;
    if (!tokens.isWord(i, "TABLE")) {
      return;
    }
    i = tokens.matches(i + 1, "IF", "NOT", "EXISTS") ? i + 4 : i + 1;
    int end = TableNames.end(tokens, i);
    if (end > i) {
      names.add(TableNames.last(tokens, end));
    }
  }

  boolean contains(String name) {
    return names.contains(name);
  }

  boolean containsAll(List<String> tables) {
    return !tables.isEmpty() && names.containsAll(tables);
  }
}
