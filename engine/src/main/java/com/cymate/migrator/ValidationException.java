package com.cymate.migrator;

/** The files and the recorded history disagree (drift, order), or a strict lint failed. */
public final class ValidationException extends MigrationException {
  private static final long serialVersionUID = 1L;

  public ValidationException(String message) {
    super(message, null);
  }

  public ValidationException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public ExitCode exitCode() {
    return ExitCode.VALIDATION_FAILED;
  }
}
