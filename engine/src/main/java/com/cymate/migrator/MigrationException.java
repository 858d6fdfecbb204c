package com.cymate.migrator;

/**
 * Every failure a user can act on. The message is the one line the user sees; the exit code tells
 * scripts what kind of failure it was. Only the CLI turns these into a process exit.
 */
public abstract sealed class MigrationException extends RuntimeException
    permits InvalidInputException,
        ValidationException,
        MigrationFailedException,
        LockTimeoutException,
        DatabaseUnreachableException,
        DatabaseAheadException,
        DirtySchemaException {

  private static final long serialVersionUID = 1L;

  protected MigrationException(String message, Throwable cause) {
    super(message, cause);
  }

  public abstract ExitCode exitCode();
}
