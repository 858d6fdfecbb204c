package com.cymate.migrator.execute;

import com.cymate.migrator.Connector;
import com.cymate.migrator.DirtySchemaException;
import com.cymate.migrator.MigratorSettings;
import com.cymate.migrator.ValidationException;
import com.cymate.migrator.history.AppliedMigration;
import com.cymate.migrator.history.MigrationState;
import com.cymate.migrator.history.SchemaHistory;
import com.cymate.migrator.lock.MigrationLock;
import com.cymate.migrator.source.Checksum;
import com.cymate.migrator.source.ScriptFile;
import com.cymate.migrator.source.Version;
import com.cymate.migrator.sql.ParsedScript;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code down} for one schema: rolls back the most recently applied versions (by the order they
 * were applied), one per locked transaction, using the down file on disk or, when the file is gone,
 * the down SQL recorded at apply time.
 */
public final class DownRun {

  private static final Logger log = LoggerFactory.getLogger(DownRun.class);

  /** Where to stop: after {@code steps} rollbacks, or when only versions <= target remain. */
  public record Goal(int steps, Version target) {}

  private final String schema;
  private final Map<Version, PreparedMigration> migrations;
  private final SchemaHistory history;
  private final MigrationLock lock;
  private final ScriptRunner runner;
  private final MigratorSettings settings;
  private final Connector connector;
  private boolean sessionChecked;

  public DownRun(
      String schema,
      Map<Version, PreparedMigration> migrations,
      MigratorSettings settings,
      Connector connector) {
    this.schema = schema;
    this.migrations = migrations;
    this.history = new SchemaHistory(schema, settings.performedFrom());
    this.lock = new MigrationLock(schema, settings.lockWait());
    this.runner = new ScriptRunner(history, lock, settings);
    this.settings = settings;
    this.connector = connector;
  }

  /** Rolls back towards the goal; returns the versions rolled back, newest first. */
  public List<Version> run(Connection c, Goal goal) throws SQLException {
    c.setAutoCommit(false);
    List<Version> done = new ArrayList<>();
    int attempt = 0;
    while (goal.target() != null || done.size() < goal.steps()) {
      lock.acquire(c);
      Optional<AppliedMigration> next = next(c, goal);
      if (next.isEmpty()) {
        c.rollback();
        break;
      }
      if (rollBack(c, next.get(), attempt)) {
        done.add(next.get().version());
        attempt = 0;
      } else {
        attempt++;
      }
    }
    log.info("schema {}: rolled back {} version(s)", schema, done.size());
    return done;
  }

  private Optional<AppliedMigration> next(Connection c, Goal goal) throws SQLException {
    if (!history.exists(c)) {
      return Optional.empty();
    }
    List<AppliedMigration> rows = history.read(c);
    rows.stream()
        .filter(r -> !r.isApplied())
        .findFirst()
        .ifPresent(
            r -> {
              throw new DirtySchemaException(
                  "schema "
                      + schema
                      + " is dirty: version "
                      + r.version()
                      + " is "
                      + r.state().name().toLowerCase(java.util.Locale.ROOT)
                      + "; run 'migrator status' and 'migrator repair' first");
            });
    return rows.stream()
        .max(Comparator.comparingLong(AppliedMigration::rank))
        .filter(r -> goal.target() == null || r.version().compareTo(goal.target()) > 0);
  }

  private boolean rollBack(Connection c, AppliedMigration row, int attempt) throws SQLException {
    ScriptFile down = downScript(row);
    ParsedScript script = PreparedMigrations.parseOrThrow(down);
    Version v = row.version();
    if (!script.runsInTransaction() && !sessionChecked) {
      requireSessionLevel(c, down.name());
      return false;
    }
    log.info("schema {}: rolling back {}", schema, down.name());
    if (!script.runsInTransaction()) {
      runner.runOutsideTransaction(
          c,
          v,
          down.name(),
          script,
          "down",
          (conn, ms) ->
              history.updateState(
                  conn, v, MigrationState.IN_PROGRESS, "down", "rollback started", 0, null),
          (conn, ms) -> history.delete(conn, v, "down", "rolled_back", ms));
      return true;
    }
    return runner.runInTransaction(
        c,
        down.name(),
        script,
        (conn, ms) -> history.delete(conn, v, "down", "rolled_back", ms),
        (conn, detail) -> history.logOnly(conn, v, row.description(), "down", "failed", detail),
        attempt);
  }

  private ScriptFile downScript(AppliedMigration row) {
    PreparedMigration onDisk = migrations.get(row.version());
    if (onDisk == null) {
      log.warn(
          "schema {}: no file for version {}; using the down SQL recorded when it was applied",
          schema,
          row.version());
    }
    return chooseDownScript(row, onDisk, settings.force());
  }

  /**
   * The file on disk if it matches what was recorded; the recorded SQL if the file is gone.
   *
   * @param onDisk null when no file describes the version
   * @throws ValidationException when the file differs from the record and {@code force} is off
   */
  public static ScriptFile chooseDownScript(
      AppliedMigration row, PreparedMigration onDisk, boolean force) {
    if (onDisk == null) {
      String name =
          String.format("%04d_%s.down.sql (recorded)", row.version().value(), row.description());
      return ScriptFile.of(name, "schema_version", row.downSql());
    }
    ScriptFile file = onDisk.migration().down();
    boolean comparable = Checksum.ALGORITHM.equals(row.checksumAlgorithm());
    if (comparable && !file.checksum().equals(row.downChecksum()) && !force) {
      throw new ValidationException(
          String.format(
              "%s: differs from the down SQL recorded when version %s was applied (recorded %s,"
                  + " file now %s); check the difference, then rerun with --force to use the file",
              file.name(), row.version(), row.downChecksum(), file.checksum()));
    }
    return file;
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
