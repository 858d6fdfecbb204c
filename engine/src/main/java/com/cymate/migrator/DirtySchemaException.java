package com.cymate.migrator;

/** A non-transactional migration failed or was interrupted; an operator must run repair. */
public final class DirtySchemaException extends MigrationException {
  private static final long serialVersionUID = 1L;

  public DirtySchemaException(String message) {
    super(message, null);
  }

  public DirtySchemaException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public ExitCode exitCode() {
    return ExitCode.DIRTY;
  }
}
