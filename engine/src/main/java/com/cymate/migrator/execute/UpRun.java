package com.cymate.migrator.execute;

import com.cymate.migrator.Connector;
import com.cymate.migrator.MigratorSettings;
import com.cymate.migrator.history.AppliedMigration;
import com.cymate.migrator.history.MigrationState;
import com.cymate.migrator.history.SchemaHistory;
import com.cymate.migrator.lint.Linter;
import com.cymate.migrator.lock.MigrationLock;
import com.cymate.migrator.plan.HistoryFacts;
import com.cymate.migrator.plan.Plan;
import com.cymate.migrator.plan.PlanOptions;
import com.cymate.migrator.plan.Planner;
import com.cymate.migrator.source.Migration;
import com.cymate.migrator.source.Version;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code up} for one schema: one migration per locked transaction, re-reading the history after
 * every lock acquisition, so any number of runners apply each version exactly once.
 */
public final class UpRun {

  private static final Logger log = LoggerFactory.getLogger(UpRun.class);

  private final String schema;
  private final Map<Version, PreparedMigration> migrations;
  private final SchemaHistory history;
  private final MigrationLock lock;
  private final ScriptRunner runner;
  private final PlanOptions options;
  private final MigratorSettings settings;
  private final Connector connector;
  private boolean sessionChecked;

  /** Read once per run: rows deleted by hand do not reappear while it runs. */
  private Set<Version> loggedAsApplied;

  public UpRun(
      String schema,
      Map<Version, PreparedMigration> migrations,
      PlanOptions options,
      MigratorSettings settings,
      Connector connector) {
    this.schema = schema;
    this.migrations = migrations;
    this.history = new SchemaHistory(schema, settings.performedFrom());
    this.lock = new MigrationLock(schema, settings.lockWait());
    this.runner = new ScriptRunner(history, lock, settings);
    this.options = options;
    this.settings = settings;
    this.connector = connector;
  }

  /** Applies what is pending; returns the versions this runner applied. */
  public List<Version> run(Connection c) throws SQLException {
    c.setAutoCommit(false);
    List<Version> applied = new ArrayList<>();
    boolean historyCommitted = false;
    int attempt = 0;
    while (true) {
      lock.acquire(c);
      historyCommitted = historyCommitted || ensureHistory(c);
      List<Migration> pending = pending(c);
      if (pending.isEmpty()) {
        c.rollback();
        break;
      }
      Optional<PreparedMigration> outside = firstNonTransactional(pending);
      if (outside.isPresent() && !sessionChecked) {
        // before anything of this run executes, not when the first such file is reached
        requireSessionLevel(c, outside.get().migration().up().name());
        continue;
      }
      PreparedMigration m = migrations.get(pending.get(0).version());
      if (apply(c, m, attempt)) {
        applied.add(m.migration().version());
        historyCommitted = true;
        attempt = 0;
      } else {
        attempt++;
      }
    }
    log.info("schema {}: up to date ({} applied by this run)", schema, applied.size());
    return applied;
  }

  /**
   * Creates the schema and history tables when missing, inside the transaction of the first
   * migration: if that fails, the database is left exactly as it was.
   *
   * @return whether the tables already existed (and so are committed)
   */
  private boolean ensureHistory(Connection c) throws SQLException {
    if (history.exists(c)) {
      return true;
    }
    history.create(c);
    log.debug("schema {}: creating the schema and its history tables", schema);
    return false;
  }

  private Optional<PreparedMigration> firstNonTransactional(List<Migration> pending) {
    return pending.stream()
        .map(p -> migrations.get(p.version()))
        .filter(p -> !p.up().runsInTransaction())
        .findFirst();
  }

  /** Under the lock: what is left to apply, waiting out another runner's unfinished migration. */
  private List<Migration> pending(Connection c) throws SQLException {
    List<AppliedMigration> rows = history.read(c);
    Optional<AppliedMigration> running = runningElsewhere(c, rows);
    if (running.isPresent()) {
      c.rollback();
      waitFor(c, running.get());
      return pending(c);
    }
    if (loggedAsApplied == null) {
      loggedAsApplied = history.loggedAsApplied(c);
    }
    Plan plan =
        Planner.plan(schema, files(), rows, options, new HistoryFacts(Set.of(), loggedAsApplied));
    PlanProblems.throwIfAny(plan);
    return plan.pending();
  }

  private Optional<AppliedMigration> runningElsewhere(Connection c, List<AppliedMigration> rows)
      throws SQLException {
    for (AppliedMigration row : rows) {
      if (row.state() == MigrationState.IN_PROGRESS && history.isRunnerAlive(c, row)) {
        return Optional.of(row);
      }
    }
    return Optional.empty();
  }

  private void waitFor(Connection c, AppliedMigration row) throws SQLException {
    log.info(
        "schema {}: waiting for another migrator to finish non-transactional migration {}",
        schema,
        row.version());
    String what =
        "non-transactional migration "
            + row.version()
            + " of schema "
            + schema
            + " started by "
            + row.appliedFrom()
            + " at "
            + row.appliedAt();
    lock.awaitCondition(c, () -> !stillRunning(c, row.version()), what);
  }

  private boolean stillRunning(Connection c, Version v) throws SQLException {
    for (AppliedMigration r : history.read(c)) {
      if (r.version().equals(v) && r.state() == MigrationState.IN_PROGRESS) {
        return history.isRunnerAlive(c, r);
      }
    }
    return false;
  }

  private List<Migration> files() {
    return migrations.values().stream().map(PreparedMigration::migration).toList();
  }

  private boolean apply(Connection c, PreparedMigration m, int attempt) throws SQLException {
    Migration mig = m.migration();
    String file = mig.up().name();
    Linter.lint(file, m.up()).forEach(w -> log.warn("lint: {}", w.format()));
    if (!m.up().runsInTransaction()) {
      log.info("schema {}: applying {} (non-transactional)", schema, file);
      runner.runOutsideTransaction(
          c,
          mig.version(),
          file,
          m.up(),
          "up",
          (conn, ms) -> history.recordInProgress(conn, mig),
          (conn, ms) ->
              history.updateState(
                  conn, mig.version(), MigrationState.APPLIED, "up", "applied", ms, null));
      log.info("schema {}: applied {}", schema, file);
      return true;
    }
    log.info("schema {}: applying {}", schema, file);
    boolean done =
        runner.runInTransaction(
            c,
            file,
            m.up(),
            (conn, ms) -> history.recordApplied(conn, mig, true, ms),
            (conn, detail) ->
                history.logOnly(conn, mig.version(), mig.description(), "up", "failed", detail),
            attempt);
    if (done) {
      log.info("schema {}: applied {}", schema, file);
    } else {
      log.warn(
          "schema {}: {} hit lock_timeout; retrying (attempt {} of {})",
          schema,
          file,
          attempt + 2,
          settings.lockRetries() + 1);
    }
    return done;
  }

  /** Once per run, before the first non-transactional script: refuse a multiplexed connection. */
  private void requireSessionLevel(Connection c, String file) throws SQLException {
    if (!sessionChecked) {
      c.rollback();
      SessionProbe.requireSessionLevel(c, connector, file);
      sessionChecked = true;
    }
  }
}
