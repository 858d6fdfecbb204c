package com.cymate.migrator.cli;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.Parameters;
import com.beust.jcommander.ParametersDelegate;
import com.cymate.migrator.Migrator;
import com.cymate.migrator.plan.PlanOptions;
import com.cymate.migrator.source.Version;
import java.util.List;
import java.util.Map;

@Parameters(commandDescription = "apply pending migrations in version order")
final class UpCommand implements Command {

  @ParametersDelegate RunOptions run = new RunOptions();

  @Parameter(
      names = "--target",
      description = "stop after this version",
      converter = VersionConverter.class)
  Version target;

  @Parameter(
      names = "--out-of-order",
      description = "also apply pending versions older than the newest applied one")
  boolean outOfOrder;

  @Parameter(names = "--strict", description = "lint warnings on pending files are errors")
  boolean strict;

  @Parameter(names = "--dry-run", description = "print the plan and the SQL; execute nothing")
  boolean dryRun;

  @Override
  public RunOptions runOptions() {
    return run;
  }

  @Override
  public int run(Context ctx) {
    Migrator migrator = ctx.migrator(run, Context.settings(run, strict, false));
    List<String> schemas = migrator.schemas(run.schema);
    PlanOptions options = new PlanOptions(target, outOfOrder);
    if (dryRun) {
      return DryRun.up(ctx.out, migrator, schemas, options);
    }
    Map<String, List<Version>> applied = migrator.up(schemas, options);
    applied.forEach(
        (schema, versions) ->
            ctx.out.println(
                schema + ": applied " + versions.size() + " migration(s)" + list(versions)));
    return 0;
  }

  private static String list(List<Version> versions) {
    return versions.isEmpty() ? ", up to date" : " " + versions;
  }
}
