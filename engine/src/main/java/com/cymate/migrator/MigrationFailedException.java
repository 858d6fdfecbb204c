package com.cymate.migrator;

/** A migration's SQL failed on the server; its transaction was rolled back. */
public final class MigrationFailedException extends MigrationException {
  private static final long serialVersionUID = 1L;

  public MigrationFailedException(String message) {
    super(message, null);
  }

  public MigrationFailedException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public ExitCode exitCode() {
    return ExitCode.MIGRATION_FAILED;
  }
}
