package com.cymate.migrator;

/** No connection could be made (network, server down, login refused). */
public final class DatabaseUnreachableException extends MigrationException {
  private static final long serialVersionUID = 1L;

  public DatabaseUnreachableException(String message) {
    super(message, null);
  }

  public DatabaseUnreachableException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public ExitCode exitCode() {
    return ExitCode.DATABASE_UNREACHABLE;
  }
}
