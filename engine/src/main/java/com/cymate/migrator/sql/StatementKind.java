package com.cymate.migrator.sql;

/**
 * What the engine must know about one statement before running it.
 *
 * @param category how the statement relates to the migration's transaction
 * @param label the statement's kind for messages, e.g. {@code CREATE INDEX CONCURRENTLY}
 */
public record StatementKind(Category category, String label) {

  /** How a statement relates to the migration's transaction. */
  public enum Category {
    /** Runs inside the migration's transaction (most statements). */
    TRANSACTIONAL,
    /** PostgreSQL refuses it inside a transaction block, e.g. CREATE INDEX CONCURRENTLY. */
    OUTSIDE_TRANSACTION,
    /** BEGIN, COMMIT and the like: would end or nest the engine's own transaction. */
    TRANSACTION_CONTROL,
    /** COPY ... TO STDOUT: output nobody reads. */
    COPY_TO_STDOUT
  }

  public static StatementKind of(SqlStatement statement) {
    return of(statement.sql());
  }

  public static StatementKind of(String sql) {
    SqlTokens tokens = SqlTokens.of(sql);
    return TransactionControl.label(tokens)
        .map(label -> new StatementKind(Category.TRANSACTION_CONTROL, label))
        .or(() -> NonTransactional.label(tokens).map(StatementKind::outside))
        .orElseGet(() -> ordinary(tokens));
  }

  /** Whether PostgreSQL refuses to run the statement inside a transaction block. */
  public boolean outsideTransaction() {
    return category == Category.OUTSIDE_TRANSACTION;
  }

  private static StatementKind outside(String label) {
    return new StatementKind(Category.OUTSIDE_TRANSACTION, label);
  }

  private static StatementKind ordinary(SqlTokens tokens) {
    boolean copyOut =
        tokens.isWord(0, "COPY") && tokens.find(1, tokens.size(), 0, "TO", "STDOUT") > 0;
    return copyOut
        ? new StatementKind(Category.COPY_TO_STDOUT, "COPY TO STDOUT")
        : new StatementKind(Category.TRANSACTIONAL, tokens.upper(0));
  }
}
