package com.cymate.migrator.verify;

import com.cymate.migrator.Connector;
import com.cymate.migrator.DatabaseUnreachableException;
import com.cymate.migrator.MigrationException;
import com.cymate.migrator.MigrationFailedException;
import com.cymate.migrator.MigratorSettings;
import com.cymate.migrator.execute.PreparedMigration;
import com.cymate.migrator.source.Version;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code verify}: in a database of its own (a {@link ScratchDatabase}), applies each schema's
 * migrations in version order as up, down, up, and checks that every down gives back the schema its
 * up started from. It applies and rolls back with the same runners as {@code up} and {@code down},
 * so the history, locks and non-transactional files behave as in a real run.
 */
public final class RoundTripVerifier {

  private final Connector scratch;
  private final MigratorSettings settings;

  /**
   * @param scratch connections to an empty database that nothing else uses
   */
  public RoundTripVerifier(Connector scratch, MigratorSettings settings) {
    this.scratch = scratch;
    this.settings = settings;
  }

  /**
   * Verifies the schemas one after another; within a schema it stops at the first mismatch, since
   * the versions after it would start from the wrong schema.
   *
   * @throws MigrationException when a script fails, as {@code up} and {@code down} would
   */
  public VerifyReport verify(Map<String, Map<Version, PreparedMigration>> schemas) {
    try (Connection runner = scratch.open();
        Connection catalog = scratch.open()) {
      List<SchemaReport> reports = new ArrayList<>();
      for (var e : schemas.entrySet()) {
        reports.add(
            new SchemaRoundTrip(e.getKey(), e.getValue(), settings, scratch, runner, catalog)
                .run());
      }
      return new VerifyReport(reports);
    } catch (SQLException e) {
      throw unexpected(e);
    }
  }

  static MigrationException unexpected(SQLException e) {
    String state = String.valueOf(e.getSQLState());
    String message = "database error in the verify scratch database: " + e.getMessage();
    if (state.startsWith("08") || state.startsWith("57P")) {
      return new DatabaseUnreachableException(message, e);
    }
    return new MigrationFailedException(message, e);
  }
}
