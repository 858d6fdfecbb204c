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
      description = "the dirty version",
      required = true,
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

  @Override
  public RunOptions runOptions() {
    return run;
  }

  @Override
  public int run(Context ctx) {
    if (run.schema == null || markApplied == markRolledBack) {
      throw new InvalidInputException(
          "repair needs --schema, --version and exactly one of --mark-applied or"
              + " --mark-rolled-back");
    }
    Repair.Decision decision =
        markApplied ? Repair.Decision.MARK_APPLIED : Repair.Decision.MARK_ROLLED_BACK;
    List<String> invalid =
        ctx.migrator(run, Context.settings(run)).repair(run.schema, version, decision);
    ctx.out.println(
        run.schema
            + ": version "
            + version
            + " "
            + (markApplied ? "marked applied" : "marked rolled back"));
    if (!invalid.isEmpty()) {
      ctx.out.println(
          "warning: INVALID indexes remain in "
              + run.schema
              + "; drop them before the next up: "
              + String.join(" ", invalid));
    }
    return 0;
  }
}
