package com.cymate.migrator;

/** The migration lock or a table lock could not be had within the configured time. */
public final class LockTimeoutException extends MigrationException {
  private static final long serialVersionUID = 1L;

  public LockTimeoutException(String message) {
    super(message, null);
  }

  public LockTimeoutException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public ExitCode exitCode() {
    return ExitCode.LOCK_TIMEOUT;
  }
}
