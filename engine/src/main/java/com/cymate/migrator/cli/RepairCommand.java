package com.cymate.migrator.cli;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.Parameters;
import com.beust.jcommander.ParametersDelegate;
import com.cymate.migrator.InvalidInputException;
import com.cymate.migrator.execute.Repair;
import com.cymate.migrator.source.Version;
import java.util.List;

@Parameters(
    commandDescription =
        "clear a dirty version left by a failed or interrupted non-transactional migration")
final class RepairCommand implements Command {

  @ParametersDelegate RunOptions run = new RunOptions();

  @Parameter(
      names = "--version",
      description = "the dirty version (with --mark-applied or --mark-rolled-back)",
      converter = VersionConverter.class)
  Version version;

  @Parameter(
      names = "--mark-applied",
      description = "its statements all took effect (you checked): record it as applied")
  boolean markApplied;

  @Parameter(
      names = "--mark-rolled-back",
      description = "you undid what it did: forget it, so the next up runs it again")
  boolean markRolledBack;

  @Parameter(
      names = "--drop-invalid-indexes",
      description =
          "drop the INVALID indexes a failed CREATE INDEX CONCURRENTLY left in the schema (DROP"
              + " INDEX CONCURRENTLY, one at a time)")
  boolean dropInvalidIndexes;

  @Override
  public RunOptions runOptions() {
    return run;
  }

  @Override
  public int run(Context ctx) {
    Repair.Decision decision = decision();
    List<String> invalid =
        ctx.migrator(run, Context.settings(run))
            .repair(run.schema, version, decision, dropInvalidIndexes);
    if (decision != null) {
      ctx.out.println(run.schema + ": version " + version + " " + describe(decision));
    }
    if (!invalid.isEmpty()) {
      ctx.out.println(
          "warning: INVALID indexes remain in "
              + run.schema
              + "; drop them before the next up (or rerun with --drop-invalid-indexes): "
              + String.join("; ", invalid));
    } else if (dropInvalidIndexes) {
      ctx.out.println(run.schema + ": no INVALID indexes remain");
    }
    return 0;
  }

  private Repair.Decision decision() {
    if (run.schema == null
        || (markApplied && markRolledBack)
        || ((markApplied || markRolledBack) != (version != null))
        || (!markApplied && !markRolledBack && !dropInvalidIndexes)) {
      throw new InvalidInputException(
          "repair needs --schema, and --version with exactly one of --mark-applied or"
              + " --mark-rolled-back, and/or --drop-invalid-indexes");
    }
    if (markApplied) {
      return Repair.Decision.MARK_APPLIED;
    }
    return markRolledBack ? Repair.Decision.MARK_ROLLED_BACK : null;
  }

  private static String describe(Repair.Decision decision) {
    return decision == Repair.Decision.MARK_APPLIED ? "marked applied" : "marked rolled back";
  }
}
