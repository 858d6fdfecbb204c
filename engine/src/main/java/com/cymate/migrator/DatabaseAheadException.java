package com.cymate.migrator;

/** The history holds versions that no file describes: the database is newer than this release. */
public final class DatabaseAheadException extends MigrationException {
  private static final long serialVersionUID = 1L;

  public DatabaseAheadException(String message) {
    super(message, null);
  }

  public DatabaseAheadException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public ExitCode exitCode() {
    return ExitCode.DATABASE_AHEAD;
  }
}
