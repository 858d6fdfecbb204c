package com.cymate.migrator.verify;

import com.cymate.migrator.Connector;
import com.cymate.migrator.MigrationFailedException;
import com.cymate.migrator.MigratorSettings;
import com.cymate.migrator.execute.DownRun;
import com.cymate.migrator.execute.PreparedMigration;
import com.cymate.migrator.execute.UpRun;
import com.cymate.migrator.history.SchemaHistory;
import com.cymate.migrator.plan.PlanOptions;
import com.cymate.migrator.source.Migration;
import com.cymate.migrator.source.Version;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The up, down, up round trips of one schema's migrations, each starting from the schema the
 * previous one left. Migrations run on one connection, the catalog is read on another that holds no
 * snapshot while they run (a {@code CREATE INDEX CONCURRENTLY} would wait for it).
 */
final class SchemaRoundTrip {

  private final String schema;
  private final Map<Version, PreparedMigration> migrations;
  private final MigratorSettings settings;
  private final Connector scratch;
  private final Connection runner;
  private final Connection catalog;

  SchemaRoundTrip(
      String schema,
      Map<Version, PreparedMigration> migrations,
      MigratorSettings settings,
      Connector scratch,
      Connection runner,
      Connection catalog) {
    this.schema = schema;
    this.migrations = new TreeMap<>(migrations);
    this.settings = settings;
    this.scratch = scratch;
    this.runner = runner;
    this.catalog = catalog;
  }

  SchemaReport run() throws SQLException {
    createHistory();
    CatalogFingerprint current = fingerprint();
    List<Version> verified = new ArrayList<>();
    for (PreparedMigration prepared : migrations.values()) {
      Migration m = prepared.migration();
      up(m.version());
      CatalogFingerprint afterUp = fingerprint();
      down(m.version());
      FingerprintDiff restored = FingerprintDiff.between(current, fingerprint());
      if (!restored.isEmpty()) {
        return failed(verified, m, Mismatch.Kind.DOWN_DOES_NOT_RESTORE, m.down().name(), restored);
      }
      up(m.version());
      current = fingerprint();
      FingerprintDiff repeated = FingerprintDiff.between(afterUp, current);
      if (!repeated.isEmpty()) {
        return failed(verified, m, Mismatch.Kind.UP_NOT_REPEATABLE, m.up().name(), repeated);
      }
      verified.add(m.version());
    }
    return new SchemaReport(schema, verified, Optional.empty());
  }

  /** The schema and its history tables exist before the first up, as in any real database. */
  private void createHistory() throws SQLException {
    runner.setAutoCommit(true);
    new SchemaHistory(schema, settings.performedFrom()).create(runner);
  }

  private CatalogFingerprint fingerprint() throws SQLException {
    return CatalogFingerprint.of(catalog, schema);
  }

  private void up(Version v) throws SQLException {
    List<Version> applied =
        new UpRun(schema, migrations, new PlanOptions(v, false), settings, scratch).run(runner);
    expect(List.of(v), applied, "applied");
  }

  private void down(Version v) throws SQLException {
    List<Version> rolledBack =
        new DownRun(schema, migrations, settings, scratch).run(runner, new DownRun.Goal(1, null));
    expect(List.of(v), rolledBack, "rolled back");
  }

  /** The scratch database is ours alone, so anything else means a migration edited the history. */
  private void expect(List<Version> expected, List<Version> actual, String what) {
    if (!expected.equals(actual)) {
      throw new MigrationFailedException(
          String.format(
              "schema %s: verify expected to have %s version %s but %s %s; does a migration"
                  + " write to %s.schema_version?",
              schema, what, expected.get(0), what, actual, schema));
    }
  }

  private SchemaReport failed(
      List<Version> verified, Migration m, Mismatch.Kind kind, String file, FingerprintDiff diff) {
    return new SchemaReport(
        schema, verified, Optional.of(new Mismatch(schema, m.version(), kind, file, diff)));
  }
}
