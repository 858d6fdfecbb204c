package com.cymate.migrator;

/** Process exit codes: part of the interface, read by init containers, cron and CI. */
public enum ExitCode {
  SUCCESS(0, "success (also: nothing to do)"),
  INTERNAL_ERROR(1, "unexpected internal error (a bug: please report it with the log)"),
  MIGRATION_FAILED(2, "a migration failed; it was rolled back"),
  INVALID_INPUT(3, "invalid input: bad arguments, file names or migration files"),
  VALIDATION_FAILED(
      4,
      "validation failed: checksum drift, out-of-order versions, lint --strict, a down file"
          + " differing from the record, verify found a down that does not restore its schema"),
  LOCK_TIMEOUT(5, "timed out waiting for the migration lock or a table lock"),
  DATABASE_UNREACHABLE(6, "the database could not be reached or refused the login"),
  DATABASE_AHEAD(7, "the database has versions applied that no file on disk describes"),
  DIRTY(
      8,
      "the schema is dirty: a non-transactional migration failed or was interrupted, or"
          + " INVALID indexes remain; check, then run 'repair'");

  private final int code;
  private final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  public int code() {
    return code;
  }

  public String meaning() {
    return meaning;
  }
}
