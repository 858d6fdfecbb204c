package com.cymate.migrator.history;

import com.cymate.migrator.MigrationFailedException;
import com.cymate.migrator.ValidationException;
import com.cymate.migrator.source.Checksum;
import com.cymate.migrator.source.Migration;
import com.cymate.migrator.source.SchemaName;
import com.cymate.migrator.source.Version;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads and writes one schema's history. Every write also appends to the log in the same statement,
 * so the audit trail can never disagree with the history. Callers own transactions.
 */
public final class SchemaHistory {

  private static final String UNDEFINED_TABLE = "42P01";
  private static final String UNDEFINED_COLUMN = "42703";
  private static final String INSUFFICIENT_PRIVILEGE = "42501";

  /** This session's identity; pids are reused, so the backend's start time goes with it. */
  private static final String BACKEND =
      "(SELECT pid || ':' || extract(epoch FROM backend_start) FROM pg_stat_activity"
          + " WHERE pid = pg_backend_pid())";

  private final HistoryTables tables;
  private final String performedFrom;

  /**
   * @param performedFrom who runs this process ({@code osuser@host}), recorded with every row
   */
  public SchemaHistory(String schema, String performedFrom) {
    this.tables = HistoryTables.of(schema);
    this.performedFrom = performedFrom;
  }

  public String schema() {
    return tables.schema();
  }

  /** Whether the history tables exist; one without the other means someone edited them by hand. */
  public boolean exists(Connection c) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT to_regclass(?) IS NOT NULL, to_regclass(?) IS NOT NULL")) {
      ps.setString(1, tables.versionTable());
      ps.setString(2, tables.logTable());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        boolean version = rs.getBoolean(1);
        if (version != rs.getBoolean(2)) {
          throw new ValidationException(
              (version ? tables.logTable() : tables.versionTable())
                  + " is missing while the other history table exists; was it dropped by hand?"
                  + " Restore it from a backup");
        }
        return version;
      }
    }
  }

  /** Creates the schema and both tables if missing; call under the migration lock. */
  public void create(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      if (!schemaExists(c)) {
        s.execute(tables.createSchema());
      }
      s.execute(tables.ddl());
    } catch (SQLException e) {
      if (INSUFFICIENT_PRIVILEGE.equals(e.getSQLState())) {
        throw new MigrationFailedException(
            "schema "
                + tables.schema()
                + ": cannot create the schema or its history tables ("
                + e.getMessage().lines().findFirst().orElse("")
                + "); run the migrator as the schema's owner (it needs CREATE on the database, or"
                + " an existing schema it owns)",
            e);
      }
      throw e;
    }
  }

  private boolean schemaExists(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT to_regnamespace(?) IS NOT NULL")) {
      ps.setString(1, SchemaName.quote(tables.schema()));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getBoolean(1);
      }
    }
  }

  /** The whole history in one query, ascending by version. */
  public List<AppliedMigration> read(Connection c) throws SQLException {
    String sql =
        "SELECT version, description, up_checksum, down_checksum, checksum_algorithm, down_sql,"
            + " state, applied_by, applied_from, applied_at, execution_ms, installed_rank,"
            + " transactional, runner_backend, detail FROM "
            + tables.versionTable()
            + " ORDER BY version";
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      List<AppliedMigration> rows = new ArrayList<>();
      while (rs.next()) {
        rows.add(row(rs));
      }
      return rows;
    } catch (SQLException e) {
      throw unreadable(e);
    }
  }

  private RuntimeException unreadable(SQLException e) throws SQLException {
    if (UNDEFINED_COLUMN.equals(e.getSQLState()) || UNDEFINED_TABLE.equals(e.getSQLState())) {
      return new ValidationException(
          tables.versionTable()
              + " does not have the layout this migrator writes ("
              + e.getMessage().lines().findFirst().orElse("")
              + "); was it edited by hand?",
          e);
    }
    throw e;
  }

  private static AppliedMigration row(ResultSet rs) throws SQLException {
    return new AppliedMigration(
        new Version(rs.getLong(1)),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        MigrationState.fromSql(rs.getString(7)),
        rs.getString(8),
        rs.getString(9),
        rs.getObject(10, OffsetDateTime.class),
        rs.getLong(11),
        rs.getLong(12),
        rs.getBoolean(13),
        rs.getString(14),
        rs.getString(15));
  }

  /** Records a finished migration (transactional: in the migration's own transaction). */
  public void recordApplied(Connection c, Migration m, boolean transactional, long ms)
      throws SQLException {
    insert(c, m, MigrationState.APPLIED, transactional, ms, "applied");
  }

  /** Records that a non-transactional migration is about to start: dirty until it finishes. */
  public void recordInProgress(Connection c, Migration m) throws SQLException {
    insert(c, m, MigrationState.IN_PROGRESS, false, 0, "started");
  }

  private void insert(
      Connection c,
      Migration m,
      MigrationState state,
      boolean transactional,
      long ms,
      String outcome)
      throws SQLException {
    String sql =
        "WITH h AS (INSERT INTO "
            + tables.versionTable()
            + " (version, description, up_checksum, down_checksum, checksum_algorithm, down_sql,"
            + " state, applied_from, execution_ms, transactional, runner_backend)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            + BACKEND
            + ") RETURNING version, description, up_checksum)"
            + " INSERT INTO "
            + tables.logTable()
            + " (version, description, direction, outcome, checksum, performed_from, execution_ms)"
            + " SELECT version, description, 'up', ?, up_checksum, ?, ? FROM h";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, m.version().value());
      ps.setString(2, m.description());
      ps.setString(3, m.up().checksum());
      ps.setString(4, m.down().checksum());
      ps.setString(5, Checksum.ALGORITHM);
      ps.setString(6, m.down().text());
      ps.setString(7, state.sqlValue());
      ps.setString(8, performedFrom);
      ps.setLong(9, ms);
      ps.setBoolean(10, transactional);
      ps.setString(11, outcome);
      ps.setString(12, performedFrom);
      ps.setLong(13, ms);
      ps.executeUpdate();
    }
  }

  /** Moves a recorded version to a new state, logging why. */
  public void updateState(
      Connection c,
      Version v,
      MigrationState state,
      String direction,
      String outcome,
      long ms,
      String detail)
      throws SQLException {
    String sql =
        "WITH h AS (UPDATE "
            + tables.versionTable()
            + " SET state = ?, detail = ?, execution_ms = ?, runner_backend = "
            + BACKEND
            + " WHERE version = ?"
            + " RETURNING version, description, up_checksum)"
            + " INSERT INTO "
            + tables.logTable()
            + " (version, description, direction, outcome, checksum, performed_from, execution_ms,"
            + " detail) SELECT version, description, ?, ?, up_checksum, ?, ?, ? FROM h";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, state.sqlValue());
      ps.setString(2, detail);
      ps.setLong(3, ms);
      ps.setLong(4, v.value());
      ps.setString(5, direction);
      ps.setString(6, outcome);
      ps.setString(7, performedFrom);
      ps.setLong(8, ms);
      ps.setString(9, detail);
      ps.executeUpdate();
    }
  }

  /** Deletes a version's row (rollback or repair), logging it. */
  public void delete(Connection c, Version v, String direction, String outcome, long ms)
      throws SQLException {
    String sql =
        "WITH h AS (DELETE FROM "
            + tables.versionTable()
            + " WHERE version = ? RETURNING version, description, down_checksum)"
            + " INSERT INTO "
            + tables.logTable()
            + " (version, description, direction, outcome, checksum, performed_from, execution_ms)"
            + " SELECT version, description, ?, ?, down_checksum, ?, ? FROM h";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, v.value());
      ps.setString(2, direction);
      ps.setString(3, outcome);
      ps.setString(4, performedFrom);
      ps.setLong(5, ms);
      ps.executeUpdate();
    }
  }

  /** Whether the server session that recorded a row still exists (its runner may be working). */
  public boolean isRunnerAlive(Connection c, AppliedMigration row) throws SQLException {
    String sql =
        "SELECT EXISTS (SELECT 1 FROM pg_stat_activity"
            + " WHERE pid || ':' || extract(epoch FROM backend_start) = ?)";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, row.runnerBackend());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getBoolean(1);
      }
    }
  }

  /** Versions whose last up, down or repair in the log left them applied. */
  public Set<Version> loggedAsApplied(Connection c) throws SQLException {
    String sql =
        "SELECT version FROM (SELECT DISTINCT ON (version) version, outcome FROM "
            + tables.logTable()
            + " WHERE outcome IN ('applied', 'marked_applied', 'rolled_back', 'marked_rolled_back')"
            + " ORDER BY version, id DESC) last WHERE outcome IN ('applied', 'marked_applied')";
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      Set<Version> versions = new HashSet<>();
      while (rs.next()) {
        versions.add(new Version(rs.getLong(1)));
      }
      return versions;
    }
  }

  /** Appends a log row only: a transactional failure leaves no history row, but is audited. */
  public void logOnly(
      Connection c, Version v, String description, String direction, String outcome, String detail)
      throws SQLException {
    String sql =
        "INSERT INTO "
            + tables.logTable()
            + " (version, description, direction, outcome, performed_from, detail)"
            + " VALUES (?, ?, ?, ?, ?, ?)";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, v.value());
      ps.setString(2, description);
      ps.setString(3, direction);
      ps.setString(4, outcome);
      ps.setString(5, performedFrom);
      ps.setString(6, detail);
      ps.executeUpdate();
    }
  }
}
