package com.cymate.migrator.sql;

import java.util.Optional;

/**
 * Recognises statements that start, end or prepare a transaction. Savepoints are left alone: they
 * work inside the engine's transaction.
 */
final class TransactionControl {

  private static final String[][] STATEMENTS = {
    {"BEGIN"},
    {"START", "TRANSACTION"},
    {"COMMIT", "PREPARED"},
    {"COMMIT"},
    {"END"},
    {"ROLLBACK", "PREPARED"},
    {"ABORT"},
    {"PREPARE", "TRANSACTION"},
  };

  private TransactionControl() {}

  /** The offending keywords, e.g. {@code COMMIT}, or empty for any other statement. */
  static Optional<String> label(SqlTokens tokens) {
    for (String[] words : STATEMENTS) {
      if (tokens.matches(0, words)) {
        return Optional.of(String.join(" ", words));
      }
    }
    return isRollback(tokens) ? Optional.of("ROLLBACK") : Optional.empty();
  }

  // ROLLBACK [WORK | TRANSACTION] TO [SAVEPOINT] name only undoes part of the transaction
  private static boolean isRollback(SqlTokens tokens) {
    if (!tokens.isWord(0, "ROLLBACK")) {
      return false;
    }
    int next = tokens.isWord(1, "WORK") || tokens.isWord(1, "TRANSACTION") ? 2 : 1;
    return !tokens.isWord(next, "TO");
  }
}
