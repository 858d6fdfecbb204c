package com.cymate.migrator;

/** Bad arguments or migration files; raised before the database is touched. */
public final class InvalidInputException extends MigrationException {
  private static final long serialVersionUID = 1L;

  public InvalidInputException(String message) {
    super(message, null);
  }

  public InvalidInputException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public ExitCode exitCode() {
    return ExitCode.INVALID_INPUT;
  }
}
