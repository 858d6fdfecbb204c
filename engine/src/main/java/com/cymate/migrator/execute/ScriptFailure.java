package com.cymate.migrator.execute;

import java.sql.SQLException;

/** A statement of a migration script failed on the server. */
public final class ScriptFailure extends Exception {

  private static final long serialVersionUID = 1L;
  static final String LOCK_NOT_AVAILABLE = "55P03";

  private final int statementIndex;

  /**
   * @param location {@code file:line:column} of the failure, mapped back into the file
   * @param statementIndex 0-based index of the failed statement in the script
   */
  ScriptFailure(String location, int statementIndex, SQLException cause) {
    super(location + ": " + ServerErrors.describe(cause), cause);
    this.statementIndex = statementIndex;
  }

  public int statementIndex() {
    return statementIndex;
  }

  public String sqlState() {
    return ((SQLException) getCause()).getSQLState();
  }

  public boolean isLockTimeout() {
    return LOCK_NOT_AVAILABLE.equals(sqlState());
  }
}
