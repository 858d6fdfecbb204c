package com.cymate.migrator.cli;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.Parameters;
import com.beust.jcommander.ParametersDelegate;
import com.cymate.migrator.InvalidInputException;
import com.cymate.migrator.Migrator;
import com.cymate.migrator.execute.DownRun;
import com.cymate.migrator.source.Version;
import java.util.List;

@Parameters(commandDescription = "roll back the newest applied migrations (default: one step)")
final class DownCommand implements Command {

  @ParametersDelegate RunOptions run = new RunOptions();

  @Parameter(names = "--steps", description = "how many versions to roll back")
  Integer steps;

  @Parameter(
      names = "--target",
      description = "roll back every version above this one (0: all)",
      converter = VersionConverter.class)
  Version target;

  @Parameter(names = "--force", description = "use a down file that differs from the recorded one")
  boolean force;

  @Parameter(names = "--dry-run", description = "print the plan and the SQL; execute nothing")
  boolean dryRun;

  @Override
  public RunOptions runOptions() {
    return run;
  }

  @Override
  public int run(Context ctx) {
    DownRun.Goal goal = goal();
    Migrator migrator = ctx.migrator(run, Context.settings(run, false, force));
    List<String> schemas = migrator.schemas(run.schema);
    if (schemas.size() != 1) {
      throw new InvalidInputException(
          "down needs --schema: a rollback acts on one schema at a time (schemas: "
              + schemas
              + ")");
    }
    if (dryRun) {
      return DryRun.down(ctx.out, migrator, schemas.get(0), goal, force);
    }
    List<Version> done = migrator.down(schemas.get(0), goal);
    ctx.out.println(
        schemas.get(0)
            + ": rolled back "
            + done.size()
            + " migration(s)"
            + (done.isEmpty() ? "" : " " + done));
    return 0;
  }

  private DownRun.Goal goal() {
    if (steps != null && target != null) {
      throw new InvalidInputException("give either --steps or --target, not both");
    }
    if (steps != null && steps < 1) {
      throw new InvalidInputException("--steps must be 1 or more, not " + steps);
    }
    return new DownRun.Goal(steps == null ? 1 : steps, target);
  }
}
