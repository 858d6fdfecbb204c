package com.cymate.migrator.cli;

import com.beust.jcommander.Parameters;
import com.beust.jcommander.ParametersDelegate;
import com.cymate.migrator.ExitCode;
import com.cymate.migrator.Migrator;
import com.cymate.migrator.plan.Plan;
import com.cymate.migrator.plan.PlanOptions;
import com.cymate.migrator.plan.Problem;
import java.util.List;

@Parameters(
    commandDescription =
        "check files and history: names, checksums, order, missing files, dirty state; changes"
            + " nothing")
final class ValidateCommand implements Command {

  @ParametersDelegate RunOptions run = new RunOptions();

  @Override
  public RunOptions runOptions() {
    return run;
  }

  @Override
  public int run(Context ctx) {
    Migrator migrator = ctx.migrator(run, Context.settings(run));
    List<Plan> plans = migrator.status(migrator.schemas(run.schema), PlanOptions.DEFAULT);
    ExitCode worst = ExitCode.SUCCESS;
    for (Plan plan : plans) {
      for (Problem p : plan.problems()) {
        ctx.err.println("migrator: error: " + p.message());
        worst = worst == ExitCode.SUCCESS ? p.exitCode() : worst;
      }
      if (plan.isValid()) {
        ctx.out.println(plan.schema() + ": valid (" + plan.pending().size() + " pending)");
      }
    }
    return worst.code();
  }
}
