package com.cymate.migrator.plan;

import com.cymate.migrator.ExitCode;
import com.cymate.migrator.history.AppliedMigration;
import com.cymate.migrator.history.MigrationState;
import com.cymate.migrator.source.Migration;
import com.cymate.migrator.source.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Compares the files of one schema with its history. Pure: no I/O. */
public final class Planner {

  private Planner() {}

  public static Plan plan(
      String schema, List<Migration> files, List<AppliedMigration> history, PlanOptions options) {
    return plan(schema, files, history, options, HistoryFacts.NONE);
  }

  public static Plan plan(
      String schema,
      List<Migration> files,
      List<AppliedMigration> history,
      PlanOptions options,
      HistoryFacts facts) {
    Map<Version, Migration> byFile = index(files, Migration::version);
    Map<Version, AppliedMigration> byRow = index(history, AppliedMigration::version);
    Version newestApplied = newestApplied(history);
    List<Entry> entries = new ArrayList<>();
    for (Version v : new TreeSet<>(union(byFile, byRow))) {
      entries.add(
          entry(v, byFile.get(v), byRow.get(v), newestApplied, facts.running().contains(v)));
    }
    List<Problem> problems = problems(schema, entries, newestApplied, options);
    editedByHand(schema, entries, facts).ifPresent(problems::add);
    return new Plan(schema, List.copyOf(entries), pending(entries, options), problems);
  }

  private static <T> Map<Version, T> index(List<T> items, Function<T, Version> key) {
    return items.stream().collect(Collectors.toMap(key, i -> i, (a, b) -> a, TreeMap::new));
  }

  private static List<Version> union(Map<Version, ?> a, Map<Version, ?> b) {
    List<Version> all = new ArrayList<>(a.keySet());
    all.addAll(b.keySet());
    return all;
  }

  private static Version newestApplied(List<AppliedMigration> history) {
    return history.stream().map(AppliedMigration::version).max(Version::compareTo).orElse(null);
  }

  private static Entry entry(
      Version v, Migration file, AppliedMigration row, Version newest, boolean running) {
    String description = file != null ? file.description() : row.description();
    Status status = running ? Status.RUNNING : status(file, row, newest);
    return new Entry(v, description, status, file, row);
  }

  private static Status status(Migration file, AppliedMigration row, Version newest) {
    if (row == null) {
      return newest != null && file.version().compareTo(newest) < 0
          ? Status.OUT_OF_ORDER
          : Status.PENDING;
    }
    if (row.state() == MigrationState.IN_PROGRESS) {
      return Status.IN_PROGRESS;
    }
    if (row.state() == MigrationState.FAILED) {
      return Status.FAILED;
    }
    if (file == null) {
      return Status.MISSING_FILE;
    }
    return isDrifted(file, row) ? Status.DRIFTED : Status.APPLIED;
  }

  /** Rows written under another checksum algorithm are not comparable, so never "drifted". */
  private static boolean isDrifted(Migration file, AppliedMigration row) {
    return row.checksumAlgorithm().equals(com.cymate.migrator.source.Checksum.ALGORITHM)
        && !row.upChecksum().equals(file.up().checksum());
  }

  private static List<Migration> pending(List<Entry> entries, PlanOptions options) {
    return entries.stream()
        .filter(
            e ->
                e.status() == Status.PENDING
                    || (options.outOfOrder() && e.status() == Status.OUT_OF_ORDER))
        .filter(e -> options.target() == null || e.version().compareTo(options.target()) <= 0)
        .map(Entry::file)
        .toList();
  }

  private static List<Problem> problems(
      String schema, List<Entry> entries, Version newest, PlanOptions options) {
    List<Problem> problems = new ArrayList<>();
    for (Entry e : entries) {
      problem(schema, e).ifPresent(problems::add);
    }
    outOfOrder(schema, entries, newest, options).ifPresent(problems::add);
    return problems;
  }

  private static java.util.Optional<Problem> problem(String schema, Entry e) {
    return switch (e.status()) {
      case DRIFTED -> java.util.Optional.of(drift(schema, e));
      case MISSING_FILE -> java.util.Optional.of(missing(schema, e));
      case IN_PROGRESS, FAILED -> java.util.Optional.of(dirty(schema, e));
      default -> java.util.Optional.empty();
    };
  }

  private static Problem drift(String schema, Entry e) {
    return new Problem(
        ExitCode.VALIDATION_FAILED,
        String.format(
            "%s: checksum mismatch for applied version %s of schema %s: recorded %s, file now %s;"
                + " applied migrations must not be edited: restore the file and add a new"
                + " migration instead",
            e.file().up().name(),
            e.version(),
            schema,
            e.row().upChecksum(),
            e.file().up().checksum()));
  }

  private static Problem missing(String schema, Entry e) {
    return new Problem(
        ExitCode.DATABASE_AHEAD,
        String.format(
            "schema %s has version %s (%s) applied but no file describes it: the database is newer"
                + " than these files; deploy the newer release, or roll back with 'down' (it uses"
                + " the recorded down SQL)",
            schema, e.version(), e.description()));
  }

  private static Problem dirty(String schema, Entry e) {
    String what = e.status() == Status.IN_PROGRESS ? "was interrupted" : "failed";
    return new Problem(
        ExitCode.DIRTY,
        String.format(
            "schema %s is dirty: non-transactional migration %s (%s) %s%s; check what it left"
                + " behind (e.g. INVALID indexes), then run 'migrator repair --schema %s --version"
                + " %s --mark-applied' or '--mark-rolled-back'",
            schema,
            e.version(),
            e.description(),
            what,
            e.row().detail() == null ? "" : " (" + e.row().detail() + ")",
            schema,
            e.version()));
  }

  /** A pending version the log says is applied: someone deleted its history row. */
  private static java.util.Optional<Problem> editedByHand(
      String schema, List<Entry> entries, HistoryFacts facts) {
    List<String> versions =
        entries.stream()
            .filter(e -> e.row() == null && facts.loggedAsApplied().contains(e.version()))
            .map(e -> e.version().toString())
            .toList();
    if (versions.isEmpty()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        new Problem(
            ExitCode.VALIDATION_FAILED,
            String.format(
                "schema %s: versions %s have no row in schema_version, but schema_version_log"
                    + " says they were applied and never rolled back: the history was edited by"
                    + " hand; restore those rows (the log has their checksums) instead of running"
                    + " the migrations again",
                schema, String.join(", ", versions))));
  }

  private static java.util.Optional<Problem> outOfOrder(
      String schema, List<Entry> entries, Version newest, PlanOptions options) {
    List<String> late =
        entries.stream()
            .filter(e -> e.status() == Status.OUT_OF_ORDER)
            .map(e -> e.file().up().name())
            .toList();
    if (late.isEmpty() || options.outOfOrder()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        new Problem(
            ExitCode.VALIDATION_FAILED,
            String.format(
                "schema %s: pending migrations %s are older than the latest applied version %s;"
                    + " rename them above %s or run with --out-of-order",
                schema, String.join(", ", late), newest, newest)));
  }
}
