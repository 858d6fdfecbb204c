package com.cymate.migrator.sql;

import java.util.Optional;

/**
 * Recognises the statements PostgreSQL refuses inside a transaction block ("cannot run inside a
 * transaction block", SQLSTATE 25001). ALTER TYPE ... ADD VALUE is left out: it runs in a
 * transaction since PostgreSQL 12.
 */
final class NonTransactional {

  private static final String[][] PREFIXES = {
    {"CREATE", "INDEX", "CONCURRENTLY"},
    {"CREATE", "UNIQUE", "INDEX", "CONCURRENTLY"},
    {"DROP", "INDEX", "CONCURRENTLY"},
    {"VACUUM"},
    {"CREATE", "DATABASE"},
    {"DROP", "DATABASE"},
    {"CREATE", "TABLESPACE"},
    {"DROP", "TABLESPACE"},
    {"ALTER", "SYSTEM"},
    {"CREATE", "SUBSCRIPTION"},
    {"DROP", "SUBSCRIPTION"},
    {"DISCARD", "ALL"},
  };

  private NonTransactional() {}

  /** The statement's kind if it cannot run in a transaction, e.g. {@code VACUUM}. */
  static Optional<String> label(SqlTokens tokens) {
    for (String[] words : PREFIXES) {
      if (tokens.matches(0, words)) {
        return Optional.of(String.join(" ", words));
      }
    }
    return reindex(tokens)
        .or(() -> special(tokens, isClusterAll(tokens), "CLUSTER without a table"))
        .or(() -> special(tokens, isSubscriptionRefresh(tokens), "ALTER SUBSCRIPTION"))
        .or(() -> special(tokens, isDatabaseMove(tokens), "ALTER DATABASE SET TABLESPACE"))
        .or(() -> special(tokens, isConcurrentDetach(tokens), "DETACH PARTITION CONCURRENTLY"));
  }

  private static Optional<String> special(SqlTokens tokens, boolean matches, String label) {
    return matches ? Optional.of(label) : Optional.empty();
  }

  // REINDEX [(options)] {INDEX|TABLE|SCHEMA|DATABASE|SYSTEM} [CONCURRENTLY] name
  private static Optional<String> reindex(SqlTokens tokens) {
    if (!tokens.isWord(0, "REINDEX")) {
      return Optional.empty();
    }
    if (tokens.find(1, tokens.size(), 0, "CONCURRENTLY") > 0 || hasConcurrentlyOption(tokens)) {
      return Optional.of("REINDEX CONCURRENTLY");
    }
    String target = tokens.upper(afterOptions(tokens, 1));
    boolean wide = target.equals("SCHEMA") || target.equals("DATABASE") || target.equals("SYSTEM");
    return wide ? Optional.of("REINDEX " + target) : Optional.empty();
  }

  private static boolean hasConcurrentlyOption(SqlTokens tokens) {
    int option = tokens.find(1, afterOptions(tokens, 1), 1, "CONCURRENTLY");
    if (option < 0) {
      return false;
    }
    String value = tokens.upper(option + 1);
    return !(value.equals("FALSE") || value.equals("OFF") || value.equals("0"));
  }

  /** The index after a parenthesised option list starting at {@code index}, if there is one. */
  private static int afterOptions(SqlTokens tokens, int index) {
    if (!tokens.isSymbol(index, '(')) {
      return index;
    }
    int i = index + 1;
    while (i < tokens.size() && tokens.depth(i) > tokens.depth(index)) {
      i++;
    }
    return i + 1;
  }

  // CLUSTER [VERBOSE] or CLUSTER (options) with no table reclusters the whole database
  private static boolean isClusterAll(SqlTokens tokens) {
    if (!tokens.isWord(0, "CLUSTER")) {
      return false;
    }
    int next = afterOptions(tokens, 1);
    next = tokens.isWord(next, "VERBOSE") ? next + 1 : next;
    return next >= tokens.size();
  }

  // refresh = true is the default for these, and a refresh cannot run in a transaction
  private static boolean isSubscriptionRefresh(SqlTokens tokens) {
    return tokens.matches(0, "ALTER", "SUBSCRIPTION")
        && (tokens.find(2, tokens.size(), 0, "REFRESH") > 0
            || tokens.find(2, tokens.size(), 0, "PUBLICATION") > 0);
  }

  private static boolean isDatabaseMove(SqlTokens tokens) {
    return tokens.matches(0, "ALTER", "DATABASE")
        && tokens.find(2, tokens.size(), 0, "SET", "TABLESPACE") > 0;
  }

  private static boolean isConcurrentDetach(SqlTokens tokens) {
    int detach = tokens.find(2, tokens.size(), 0, "DETACH", "PARTITION");
    return tokens.matches(0, "ALTER", "TABLE")
        && detach > 0
        && tokens.find(detach, tokens.size(), 0, "CONCURRENTLY") > 0;
  }
}
