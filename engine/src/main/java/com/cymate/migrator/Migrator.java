package com.cymate.migrator;

import com.cymate.migrator.execute.DownRun;
import com.cymate.migrator.execute.InvalidIndexes;
import com.cymate.migrator.execute.PreparedMigration;
import com.cymate.migrator.execute.PreparedMigrations;
import com.cymate.migrator.execute.Repair;
import com.cymate.migrator.execute.UpRun;
import com.cymate.migrator.history.AppliedMigration;
import com.cymate.migrator.history.MigrationState;
import com.cymate.migrator.history.SchemaHistory;
import com.cymate.migrator.lint.LintWarning;
import com.cymate.migrator.lint.Linter;
import com.cymate.migrator.plan.HistoryFacts;
import com.cymate.migrator.plan.Plan;
import com.cymate.migrator.plan.PlanOptions;
import com.cymate.migrator.plan.Planner;
import com.cymate.migrator.plan.Problem;
import com.cymate.migrator.source.Migration;
import com.cymate.migrator.source.MigrationAssembler;
import com.cymate.migrator.source.MigrationSource;
import com.cymate.migrator.source.ScriptFile;
import com.cymate.migrator.source.Version;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The engine's entry point for the CLI and for applications that migrate at start-up. It wires
 * source, planner, lock, history and runners; the decisions live in those parts.
 */
public final class Migrator {

  private final Connector connector;
  private final MigrationSource source;
  private final MigratorSettings settings;

  public Migrator(Connector connector, MigrationSource source, MigratorSettings settings) {
    this.connector = connector;
    this.source = source;
    this.settings = settings;
  }

  /** The schemas to act on: the one named, or every folder of the source. */
  public List<String> schemas(String only) {
    if (only != null) {
      return List.of(only);
    }
    List<String> all = source.schemas();
    if (all.isEmpty()) {
      throw new InvalidInputException("no schema folders found in the migration directory");
    }
    return all;
  }

  /** Reads and checks every file of every schema; nothing touches the database before this. */
  public Map<String, Map<Version, PreparedMigration>> prepare(List<String> schemas) {
    MigrationAssembler assembler = new MigrationAssembler(source);
    Map<String, Map<Version, PreparedMigration>> all = new LinkedHashMap<>();
    for (String schema : schemas) {
      all.put(schema, PreparedMigrations.of(load(assembler, schema)));
    }
    return all;
  }

  private List<Migration> load(MigrationAssembler assembler, String schema) {
    try {
      return assembler.load(schema);
    } catch (InvalidInputException e) {
      Map<Version, List<ScriptFile>> duplicates = assembler.duplicateUps(schema);
      if (duplicates.isEmpty()) {
        throw e;
      }
      throw new InvalidInputException(e.getMessage() + appliedFrom(schema, duplicates), e);
    }
  }

  /** Says which of the duplicate files the database applied, when it can be reached. */
  private String appliedFrom(String schema, Map<Version, List<ScriptFile>> duplicates) {
    try (Connection c = connector.open()) {
      StringBuilder said = new StringBuilder();
      for (AppliedMigration row : history(c, schema)) {
        duplicates.getOrDefault(row.version(), List.of()).stream()
            .filter(f -> f.checksum().equals(row.upChecksum()))
            .forEach(
                f ->
                    said.append("; the database has version ")
                        .append(row.version())
                        .append(" applied from ")
                        .append(f.name())
                        .append(" (its checksum matches)"));
      }
      return said.toString();
    } catch (SQLException | RuntimeException e) {
      return "";
    }
  }

  /** Applies pending migrations of each schema; returns what this runner applied per schema. */
  public Map<String, List<Version>> up(List<String> schemas, PlanOptions options) {
    Map<String, Map<Version, PreparedMigration>> prepared = prepare(schemas);
    if (settings.strictLint()) {
      requireLintClean(prepared, options);
    }
    Map<String, List<Version>> applied = new LinkedHashMap<>();
    try (Connection c = connector.open()) {
      for (var e : prepared.entrySet()) {
        applied.put(
            e.getKey(), new UpRun(e.getKey(), e.getValue(), options, settings, connector).run(c));
      }
    } catch (SQLException e) {
      throw unexpected(e);
    }
    return applied;
  }

  /** Lint warnings of every file, or with {@code pendingOnly} of what {@code up} would apply. */
  public List<LintWarning> lint(List<String> schemas, boolean pendingOnly) {
    Map<String, Map<Version, PreparedMigration>> prepared = prepare(schemas);
    if (!pendingOnly) {
      List<LintWarning> warnings = new ArrayList<>();
      prepared.values().forEach(files -> warnings.addAll(lint(files.values())));
      return warnings;
    }
    return lintPending(prepared, PlanOptions.DEFAULT);
  }

  private void requireLintClean(
      Map<String, Map<Version, PreparedMigration>> prepared, PlanOptions options) {
    List<LintWarning> warnings = lintPending(prepared, options);
    if (!warnings.isEmpty()) {
      throw new ValidationException(
          warnings.get(0).format()
              + " (--strict: "
              + warnings.size()
              + " lint warning(s), nothing was applied; run 'migrator lint')");
    }
  }

  /** One connection, one history read per schema: lints what {@code up} would apply. */
  private List<LintWarning> lintPending(
      Map<String, Map<Version, PreparedMigration>> prepared, PlanOptions options) {
    List<LintWarning> warnings = new ArrayList<>();
    try (Connection c = connector.open()) {
      for (var e : prepared.entrySet()) {
        Set<Version> pending =
            plan(c, e.getKey(), e.getValue(), options).pending().stream()
                .map(Migration::version)
                .collect(Collectors.toSet());
        warnings.addAll(
            lint(
                e.getValue().values().stream()
                    .filter(m -> pending.contains(m.migration().version()))
                    .toList()));
      }
    } catch (SQLException e) {
      throw unexpected(e);
    }
    return warnings;
  }

  private static List<LintWarning> lint(Collection<PreparedMigration> migrations) {
    List<LintWarning> warnings = new ArrayList<>();
    migrations.forEach(m -> warnings.addAll(Linter.lint(m.migration().up().name(), m.up())));
    return warnings;
  }

  /** Rolls back one schema towards the goal. */
  public List<Version> down(String schema, DownRun.Goal goal) {
    Map<Version, PreparedMigration> prepared = prepare(List.of(schema)).get(schema);
    try (Connection c = connector.open()) {
      return new DownRun(schema, prepared, settings, connector).run(c, goal);
    } catch (SQLException e) {
      throw unexpected(e);
    }
  }

  /** Clears a dirty version; returns DROP statements for INVALID indexes still in the schema. */
  public List<String> repair(
      String schema, Version version, Repair.Decision decision, boolean dropInvalidIndexes) {
    try (Connection c = connector.open()) {
      return new Repair(schema, settings).run(c, version, decision, dropInvalidIndexes);
    } catch (SQLException e) {
      throw unexpected(e);
    }
  }

  /** Files against history for each schema, without taking any lock or writing anything. */
  public List<Plan> status(List<String> schemas, PlanOptions options) {
    Map<String, Map<Version, PreparedMigration>> prepared = prepare(schemas);
    try (Connection c = connector.open()) {
      c.setReadOnly(true);
      return prepared.entrySet().stream()
          .map(e -> plan(c, e.getKey(), e.getValue(), options))
          .toList();
    } catch (SQLException e) {
      throw unexpected(e);
    }
  }

  private Plan plan(
      Connection c, String schema, Map<Version, PreparedMigration> prepared, PlanOptions options) {
    List<Migration> files = prepared.values().stream().map(PreparedMigration::migration).toList();
    try {
      List<AppliedMigration> rows = history(c, schema);
      Plan plan = Planner.plan(schema, files, rows, options, facts(c, schema, rows));
      List<String> invalid = InvalidIndexes.dropStatements(c, schema);
      return invalid.isEmpty() ? plan : plan.withProblem(invalidIndexes(schema, invalid));
    } catch (SQLException e) {
      throw unexpected(e);
    }
  }

  private HistoryFacts facts(Connection c, String schema, List<AppliedMigration> rows)
      throws SQLException {
    SchemaHistory history = new SchemaHistory(schema, settings.performedFrom());
    if (rows.isEmpty() && !history.exists(c)) {
      return HistoryFacts.NONE;
    }
    Set<Version> running = new java.util.HashSet<>();
    for (AppliedMigration row : rows) {
      if (row.state() == MigrationState.IN_PROGRESS && history.isRunnerAlive(c, row)) {
        running.add(row.version());
      }
    }
    return new HistoryFacts(running, history.loggedAsApplied(c));
  }

  private static Problem invalidIndexes(String schema, List<String> drops) {
    return new Problem(
        ExitCode.DIRTY,
        "schema "
            + schema
            + " has INVALID indexes (left by a failed CREATE INDEX CONCURRENTLY);"
            + " the next non-transactional migration refuses to run until they are dropped: "
            + String.join("; ", drops)
            + " (or: repair ... --drop-invalid-indexes)");
  }

  private List<AppliedMigration> history(Connection c, String schema) throws SQLException {
    SchemaHistory history = new SchemaHistory(schema, settings.performedFrom());
    return history.exists(c) ? history.read(c) : List.of();
  }

  static MigrationException unexpected(SQLException e) {
    String state = e.getSQLState();
    if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
      return new DatabaseUnreachableException("lost the database connection: " + e.getMessage(), e);
    }
    return new MigrationFailedException("database error: " + e.getMessage(), e);
  }
}
