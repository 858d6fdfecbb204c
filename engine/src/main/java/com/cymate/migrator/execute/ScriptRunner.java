package com.cymate.migrator.execute;

import com.cymate.migrator.DirtySchemaException;
import com.cymate.migrator.LockTimeoutException;
import com.cymate.migrator.MigrationFailedException;
import com.cymate.migrator.MigratorSettings;
import com.cymate.migrator.history.MigrationState;
import com.cymate.migrator.history.SchemaHistory;
import com.cymate.migrator.lock.Backoff;
import com.cymate.migrator.lock.MigrationLock;
import com.cymate.migrator.source.Version;
import com.cymate.migrator.sql.ParsedScript;
import com.cymate.migrator.sql.SqlStatement;
import com.cymate.migrator.sql.StatementKind;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * Runs one script (an up or a down) of one migration, transactional or not, and records the outcome
 * through a {@link Recorder}. Called with the migration lock held in the open transaction; returns
 * with it committed.
 */
final class ScriptRunner {

  /** What to write to the history when the script succeeded, inside the given transaction. */
  interface Recorder {
    void record(Connection c, long ms) throws SQLException;
  }

  /** What to append to the log when a transactional script failed for good (after rollback). */
  interface FailureLog {
    void record(Connection c, String detail) throws SQLException;
  }

  private final SchemaHistory history;
  private final MigrationLock lock;
  private final MigratorSettings settings;

  ScriptRunner(SchemaHistory history, MigrationLock lock, MigratorSettings settings) {
    this.history = history;
    this.lock = lock;
    this.settings = settings;
  }

  /**
   * Runs a transactional script. Returns false when it hit lock_timeout and should be retried (the
   * transaction is rolled back; the caller re-plans under the lock).
   */
  boolean runInTransaction(
      Connection c,
      String file,
      ParsedScript script,
      Recorder recorder,
      FailureLog failureLog,
      int attempt)
      throws SQLException {
    long start = System.nanoTime();
    try {
      session(script).apply(c, true);
      StatementExecutor.executeAll(c, file, script.statements());
      if (changesRole(script)) {
        // the history rows are the migrator's, written as the user it logged in as
        SessionSettings.resetRole(c);
      }
      recorder.record(c, millisSince(start));
      c.commit();
      return true;
    } catch (ScriptFailure f) {
      c.rollback();
      if (f.isLockTimeout() && attempt < settings.lockRetries()) {
        Backoff.sleep(new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30)).delay(attempt));
        return false;
      }
      logFailure(c, f, failureLog);
      throw failure(c, f, attempt);
    }
  }

  /** The audit row must never hide the real error, so its own failure is only attached. */
  private static void logFailure(Connection c, ScriptFailure f, FailureLog failureLog) {
    try {
      failureLog.record(c, f.getMessage());
      c.commit();
    } catch (SQLException e) {
      f.addSuppressed(e);
      try {
        c.rollback();
      } catch (SQLException again) {
        f.addSuppressed(again);
      }
    }
  }

  private RuntimeException failure(Connection c, ScriptFailure f, int attempt) {
    if (f.isLockTimeout()) {
      return new LockTimeoutException(
          f.getMessage()
              + " (after "
              + (attempt + 1)
              + " attempts; blocked by "
              + LockBlockers.describe(c, history.schema())
              + ")",
          f);
    }
    return new MigrationFailedException(
        f.getMessage() + "; rolled back, nothing but a log row was recorded", f);
  }

  /**
   * Runs a non-transactional script one autocommit statement at a time: first {@code claim} records
   * it as in progress (committed, so a crash leaves it dirty, never silently half-done), then each
   * statement runs, then {@code recorder} marks the outcome under the lock again.
   */
  void runOutsideTransaction(
      Connection c,
      Version v,
      String file,
      ParsedScript script,
      String direction,
      Recorder claim,
      Recorder recorder)
      throws SQLException {
    requireNoInvalidIndexes(c);
    claim.record(c, 0);
    c.commit();
    long start = System.nanoTime();
    c.setAutoCommit(true);
    try {
      int backend = session(script).apply(c, false);
      executeOnOneBackend(c, v, direction, file, script, backend);
    } catch (ScriptFailure f) {
      fail(c, v, direction, f.getMessage() + doneBefore(f, script));
    } finally {
      SessionSettings.reset(c);
      c.setAutoCommit(false);
    }
    if (!InvalidIndexes.dropStatements(c, history.schema()).isEmpty()) {
      fail(c, v, direction, file + ": completed but left INVALID indexes");
    }
    c.rollback();
    lock.acquire(c);
    recorder.record(c, millisSince(start));
    c.commit();
  }

  /**
   * Runs the statements one by one, checking after each that it reached the backend that took the
   * session settings: behind a rotating pooler a statement could otherwise run with another
   * session's search_path and build its index in the wrong schema.
   */
  private void executeOnOneBackend(
      Connection c, Version v, String direction, String file, ParsedScript script, int backend)
      throws ScriptFailure, SQLException {
    List<SqlStatement> statements = script.statements();
    for (int i = 0; i < statements.size(); i++) {
      StatementExecutor.execute(c, file, statements.get(i), i);
      if (SessionProbe.backendPid(c) != backend) {
        fail(
            c,
            v,
            direction,
            SessionProbe.multiplexed(file)
                .getMessage()
                .replace(
                    "Nothing was executed.",
                    "Statement at line "
                        + statements.get(i).line()
                        + " may have run in another server session: check where its objects are."));
      }
    }
  }

  /**
   * An INVALID index from an earlier failure would make {@code CREATE INDEX CONCURRENTLY IF NOT
   * EXISTS} "succeed" while the index stays unusable, so none may exist before such a run.
   */
  private void requireNoInvalidIndexes(Connection c) throws SQLException {
    List<String> invalid = InvalidIndexes.dropStatements(c, history.schema());
    if (!invalid.isEmpty()) {
      c.rollback();
      throw new DirtySchemaException(
          "schema "
              + history.schema()
              + " has INVALID indexes left"
              + " by an earlier failed CREATE INDEX CONCURRENTLY; drop them first: "
              + String.join("; ", invalid));
    }
  }

  private void fail(Connection c, Version v, String direction, String message) throws SQLException {
    if (c.getAutoCommit()) {
      SessionSettings.reset(c);
      c.setAutoCommit(false);
    }
    String detail = message + invalidHint(InvalidIndexes.dropStatements(c, history.schema()));
    c.rollback();
    lock.acquire(c);
    history.updateState(c, v, MigrationState.FAILED, direction, "failed", 0, detail);
    c.commit();
    throw new DirtySchemaException(
        detail
            + "; schema "
            + history.schema()
            + " is marked dirty: fix the cause, then run"
            + " 'migrator repair --schema "
            + history.schema()
            + " --version "
            + v
            + " --mark-applied' or '--mark-rolled-back'");
  }

  private static String doneBefore(ScriptFailure f, ParsedScript script) {
    int done = f.statementIndex();
    return done == 0
        ? "; no statement of it completed"
        : "; statements 1-"
            + done
            + " of "
            + script.statements().size()
            + " completed (last at line "
            + script.statements().get(done - 1).line()
            + ")";
  }

  private static String invalidHint(List<String> invalid) {
    return invalid.isEmpty()
        ? ""
        : "; INVALID indexes left behind, drop them with: " + String.join("; ", invalid);
  }

  private static final java.util.regex.Pattern ROLE_CHANGE =
      java.util.regex.Pattern.compile(
          "(?is)SET\\s+(LOCAL\\s+|SESSION\\s+)?(ROLE|SESSION\\s+AUTHORIZATION)\\b.*");

  private static boolean changesRole(ParsedScript script) {
    return script.statements().stream().anyMatch(st -> ROLE_CHANGE.matcher(st.sql()).matches());
  }

  private SessionSettings session(ParsedScript script) {
    return new SessionSettings(
        history.schema(),
        script.directives().lockTimeout().orElse(defaultLockTimeout(script)),
        script.directives().statementTimeout().orElse(settings.statementTimeout()));
  }

  /**
   * lock_timeout protects traffic from DDL queued behind a long query. The concurrent index
   * commands take SHARE UPDATE EXCLUSIVE, which queues no reads or writes, but they also wait,
   * under lock_timeout, for every older snapshot to finish: a timeout there would only leave an
   * INVALID index. A file of nothing but those runs without one (a file directive still wins).
   */
  private Duration defaultLockTimeout(ParsedScript script) {
    boolean onlyConcurrentIndexWork =
        !script.statements().isEmpty()
            && script.statements().stream().allMatch(ScriptRunner::isConcurrentIndexCommand);
    return onlyConcurrentIndexWork ? Duration.ZERO : settings.lockTimeout();
  }

  private static boolean isConcurrentIndexCommand(SqlStatement st) {
    String label = StatementKind.of(st).label();
    return label.endsWith("INDEX CONCURRENTLY") || label.equals("REINDEX CONCURRENTLY");
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
