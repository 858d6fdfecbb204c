package com.cymate.migrator.execute;

import java.sql.SQLException;

/**
 * A statement of a migration script failed on the server.
 *
 * @param location {@code file:line:column} of the failure, mapped back into the file
 * @param statementIndex 0-based index of the failed statement in the script
 */
public final class ScriptFailure extends Exception {

  private static final long serialVersionUID = 1L;
  static final String LOCK_NOT_AVAILABLE = "55P03";
  static final String QUERY_CANCELED = "57014";

  private final String location;
  private final int statementIndex;

  ScriptFailure(String location, int statementIndex, SQLException cause) {
    super(location + ": " + ServerErrors.describe(cause), cause);
    this.location = location;
    this.statementIndex = statementIndex;
  }

  public String location() {
    return location;
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
