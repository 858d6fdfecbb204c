package com.cymate.migrator.cli;

import com.cymate.migrator.Migrator;
import com.cymate.migrator.execute.DownRun;
import com.cymate.migrator.execute.PlanProblems;
import com.cymate.migrator.execute.PreparedMigration;
import com.cymate.migrator.execute.PreparedMigrations;
import com.cymate.migrator.history.AppliedMigration;
import com.cymate.migrator.plan.Entry;
import com.cymate.migrator.plan.Plan;
import com.cymate.migrator.plan.PlanOptions;
import com.cymate.migrator.source.Migration;
import com.cymate.migrator.source.ScriptFile;
import com.cymate.migrator.source.Version;
import com.cymate.migrator.sql.ParsedScript;
import com.cymate.migrator.sql.SqlStatement;
import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** {@code --dry-run}: prints what up or down would execute, reading but never writing. */
final class DryRun {

  private DryRun() {}

  static int up(PrintStream out, Migrator migrator, List<String> schemas, PlanOptions options) {
    Map<String, Map<Version, PreparedMigration>> prepared = migrator.prepare(schemas);
    for (Plan plan : migrator.status(schemas, options)) {
      PlanProblems.throwIfAny(plan);
      out.println("-- schema " + plan.schema() + ": " + plan.pending().size() + " pending");
      for (Migration m : plan.pending()) {
        print(out, m.up().name(), prepared.get(plan.schema()).get(m.version()).up());
      }
    }
    return 0;
  }

  static int down(
      PrintStream out, Migrator migrator, String schema, DownRun.Goal goal, boolean force) {
    Map<Version, PreparedMigration> files = migrator.prepare(List.of(schema)).get(schema);
    Plan plan = migrator.status(List.of(schema), PlanOptions.DEFAULT).get(0);
    List<AppliedMigration> rows =
        plan.entries().stream()
            .map(Entry::row)
            .filter(r -> r != null)
            .sorted(Comparator.comparingLong(AppliedMigration::rank).reversed())
            .filter(r -> goal.target() == null || r.version().compareTo(goal.target()) > 0)
            .limit(goal.target() == null ? goal.steps() : Long.MAX_VALUE)
            .toList();
    out.println("-- schema " + schema + ": " + rows.size() + " to roll back");
    for (AppliedMigration r : rows) {
      ScriptFile down = DownRun.chooseDownScript(r, files.get(r.version()), force);
      print(out, down.name(), PreparedMigrations.parseOrThrow(down));
    }
    return 0;
  }

  private static void print(PrintStream out, String file, ParsedScript script) {
    out.println(
        "-- "
            + file
            + (script.runsInTransaction()
                ? " (in one transaction)"
                : " (non-transactional: one statement at a time)"));
    for (SqlStatement st : script.statements()) {
      out.println(st.sql() + ";");
    }
  }
}
