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
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one script (an up or a down) of one migration, transactional or not, and records the
 * outcome through a {@link Recorder}. Called with the migration lock held in the open
 * transaction; returns with it committed.
 */
final class ScriptRunner {

  /** What to write to the history when the script succeeded, inside the given transaction. */
  interface Recorder {
    void record(Connection c, long ms) throws SQLException;
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
   * Runs a transactional script. Returns false when it hit lock_timeout and should be retried
   * (the transaction is rolled back; the caller re-plans under the lock).
   */
  boolean runInTransaction(
      Connection c, String file, ParsedScript script, Recorder recorder, int attempt)
      throws SQLException {
    long start = System.nanoTime();
    try {
      session(script).apply(c, true);
      StatementExecutor.executeAll(c, file, script.statements());
      recorder.record(c, millisSince(start));
      c.commit();
      return true;
    } catch (ScriptFailure f) {
      c.rollback();
      return handleTransactionalFailure(c, f, attempt);
    }
  }

  private boolean handleTransactionalFailure(Connection c, ScriptFailure f, int attempt)
      throws SQLException {
    if (f.isLockTimeout() && attempt < settings.lockRetries()) {
      Backoff.sleep(new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30)).delay(attempt));
      return false;
    }
    if (f.isLockTimeout()) {
      throw new LockTimeoutException(
          f.getMessage() + " (after " + (attempt + 1) + " attempts; blocked by "
              + LockBlockers.describe(c, history.schema()) + ")", f);
    }
    throw new MigrationFailedException(f.getMessage() + "; rolled back, nothing was recorded", f);
  }

  /**
   * Runs a non-transactional script one autocommit statement at a time, after the caller has
   * recorded it as in progress (and committed). Marks the version applied, or failed.
   */
  void runOutsideTransaction(
      Connection c, Version v, String file, ParsedScript script, String direction,
      Recorder recorder)
      throws SQLException {
    long start = System.nanoTime();
    List<String> invalidBefore = InvalidIndexes.dropStatements(c, history.schema());
    c.commit();
    c.setAutoCommit(true);
    try {
      session(script).apply(c, false);
      StatementExecutor.executeAll(c, file, script.statements());
    } catch (ScriptFailure f) {
      fail(c, v, direction, f.getMessage() + doneBefore(f, script), invalidBefore);
    } finally {
      SessionSettings.reset(c);
      c.setAutoCommit(false);
    }
    List<String> newInvalid = newInvalid(c, invalidBefore);
    if (!newInvalid.isEmpty()) {
      fail(c, v, direction, file + ": left INVALID indexes", invalidBefore);
    }
    lock.acquire(c);
    recorder.record(c, millisSince(start));
    c.commit();
  }

  private void fail(
      Connection c, Version v, String direction, String message, List<String> before)
      throws SQLException {
    if (c.getAutoCommit()) {
      SessionSettings.reset(c);
      c.setAutoCommit(false);
    }
    List<String> invalid = newInvalid(c, before);
    String detail = message + invalidHint(invalid);
    lock.acquire(c);
    history.updateState(c, v, MigrationState.FAILED, direction, "failed", 0, detail);
    c.commit();
    throw new DirtySchemaException(
        detail + "; schema " + history.schema() + " is marked dirty: fix the cause, then run"
            + " 'migrator repair --schema " + history.schema() + " --version " + v
            + " --mark-applied' or '--mark-rolled-back'");
  }

  private List<String> newInvalid(Connection c, List<String> before) throws SQLException {
    List<String> now = new ArrayList<>(InvalidIndexes.dropStatements(c, history.schema()));
    c.commit();
    now.removeAll(before);
    return now;
  }

  private static String doneBefore(ScriptFailure f, ParsedScript script) {
    int done = f.statementIndex();
    return done == 0
        ? "; no statement of it completed"
        : "; statements 1-" + done + " of " + script.statements().size()
            + " completed (last at line " + script.statements().get(done - 1).line() + ")";
  }

  private static String invalidHint(List<String> invalid) {
    return invalid.isEmpty()
        ? ""
        : "; INVALID indexes left behind, drop them with: " + String.join(" ", invalid);
  }

  private SessionSettings session(ParsedScript script) {
    return new SessionSettings(
        history.schema(),
        script.directives().lockTimeout().orElse(settings.lockTimeout()),
        script.directives().statementTimeout().orElse(settings.statementTimeout()));
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
