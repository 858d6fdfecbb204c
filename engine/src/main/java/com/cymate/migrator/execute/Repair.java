package com.cymate.migrator.execute;

import com.cymate.migrator.InvalidInputException;
import com.cymate.migrator.MigratorSettings;
import com.cymate.migrator.ValidationException;
import com.cymate.migrator.history.AppliedMigration;
import com.cymate.migrator.history.MigrationState;
import com.cymate.migrator.history.SchemaHistory;
import com.cymate.migrator.lock.MigrationLock;
import com.cymate.migrator.source.Version;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clears a dirty version after an operator has checked what a failed or interrupted
 * non-transactional migration left behind: either it counts as applied, or as never run.
 */
public final class Repair {

  private static final Logger log = LoggerFactory.getLogger(Repair.class);

  /** What the operator decided. */
  public enum Decision {
    MARK_APPLIED,
    MARK_ROLLED_BACK
  }

  private final SchemaHistory history;
  private final MigrationLock lock;

  public Repair(String schema, MigratorSettings settings) {
    this.history = new SchemaHistory(schema, settings.performedFrom());
    this.lock = new MigrationLock(schema, settings.lockWait());
  }

  /**
   * Applies the decision (if any) under the migration lock, then drops INVALID indexes if asked.
   *
   * @param decision null to only drop INVALID indexes
   * @return the INVALID indexes still in the schema, as DROP statements
   */
  public List<String> run(Connection c, Version v, Decision decision, boolean dropInvalidIndexes)
      throws SQLException {
    c.setAutoCommit(false);
    if (decision != null) {
      mark(c, v, decision);
    }
    if (dropInvalidIndexes) {
      dropInvalidIndexes(c);
    }
    List<String> invalid = InvalidIndexes.dropStatements(c, history.schema());
    c.commit();
    return invalid;
  }

  /** One at a time in autocommit: DROP INDEX CONCURRENTLY cannot run in a transaction. */
  private void dropInvalidIndexes(Connection c) throws SQLException {
    requireNoLiveRunner(c);
    List<String> drops = InvalidIndexes.dropStatements(c, history.schema());
    c.commit();
    c.setAutoCommit(true);
    try (java.sql.Statement s = c.createStatement()) {
      for (String drop : drops) {
        s.execute(drop);
        log.info("schema {}: {}", history.schema(), drop);
        if (history.exists(c)) {
          // version 0 is reserved: the drop belongs to the schema, not to one migration
          history.logOnly(
              c, new Version(0), "drop invalid index", "repair", "dropped_invalid_index", drop);
        }
      }
    } finally {
      c.setAutoCommit(false);
    }
  }

  /** A migrator still running a non-transactional migration owns what it is building. */
  private void requireNoLiveRunner(Connection c) throws SQLException {
    if (!history.exists(c)) {
      return;
    }
    for (AppliedMigration row : history.read(c)) {
      if (row.state() == MigrationState.IN_PROGRESS && history.isRunnerAlive(c, row)) {
        c.rollback();
        throw new ValidationException(
            "version "
                + row.version()
                + " of schema "
                + history.schema()
                + " is still running (started by "
                + row.appliedFrom()
                + " at "
                + row.appliedAt()
                + "); wait for it instead of dropping its indexes");
      }
    }
  }

  private void mark(Connection c, Version v, Decision decision) throws SQLException {
    lock.acquire(c);
    AppliedMigration row = dirtyRow(c, v);
    if (decision == Decision.MARK_APPLIED) {
      history.updateState(
          c,
          v,
          MigrationState.APPLIED,
          "repair",
          "marked_applied",
          row.executionMs(),
          row.detail() == null
              ? "marked applied by an operator after an interrupted run"
              : "marked applied by an operator after: " + row.detail());
    } else {
      history.delete(c, v, "repair", "marked_rolled_back", 0);
    }
    c.commit();
    log.info(
        "schema {}: version {} {}",
        history.schema(),
        v,
        decision == Decision.MARK_APPLIED ? "marked applied" : "marked rolled back");
  }

  private AppliedMigration dirtyRow(Connection c, Version v) throws SQLException {
    if (!history.exists(c)) {
      throw new InvalidInputException("schema " + history.schema() + " has no history yet");
    }
    AppliedMigration row =
        history.read(c).stream()
            .filter(r -> r.version().equals(v))
            .findFirst()
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "--version "
                            + v
                            + ": schema "
                            + history.schema()
                            + " has no record of it"));
    if (row.isApplied()) {
      throw new InvalidInputException(
          "--version "
              + v
              + ": schema "
              + history.schema()
              + " has it applied and clean; repair only clears a failed or interrupted migration");
    }
    if (row.state() == MigrationState.IN_PROGRESS && history.isRunnerAlive(c, row)) {
      throw new ValidationException(
          "version "
              + v
              + " of schema "
              + history.schema()
              + " is still running (started by "
              + row.appliedFrom()
              + " at "
              + row.appliedAt()
              + "); wait for it instead of repairing");
    }
    return row;
  }
}
