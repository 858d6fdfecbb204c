package com.cymate.migrator.cli;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.Parameters;
import com.beust.jcommander.ParametersDelegate;
import com.cymate.migrator.Migrator;
import com.cymate.migrator.plan.Plan;
import com.cymate.migrator.plan.PlanOptions;
import java.util.List;

@Parameters(
    commandDescription =
        "per schema: current version, applied, pending, drifted, missing and dirty versions")
final class StatusCommand implements Command {

  @ParametersDelegate RunOptions run = new RunOptions();

  @Parameter(names = "--json", description = "print JSON instead of text")
  boolean json;

  @Override
  public RunOptions runOptions() {
    return run;
  }

  @Override
  public int run(Context ctx) {
    Migrator migrator = ctx.migrator(run, Context.settings(run));
    List<Plan> plans = migrator.status(migrator.schemas(run.schema), PlanOptions.DEFAULT);
    ctx.out.print(json ? StatusJson.render(plans) : StatusText.render(plans));
    return 0;
  }
}
