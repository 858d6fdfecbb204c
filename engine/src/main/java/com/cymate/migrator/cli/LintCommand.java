package com.cymate.migrator.cli;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.Parameters;
import com.beust.jcommander.ParametersDelegate;
import com.cymate.migrator.ValidationException;
import com.cymate.migrator.lint.LintWarning;
import java.util.List;

@Parameters(
    commandDescription =
        "warn about lock-heavy DDL on existing tables (each warning names file:line and the safe"
            + " alternative); reads only the files unless --pending")
final class LintCommand implements Command {

  @ParametersDelegate RunOptions run = new RunOptions();

  @Parameter(names = "--strict", description = "warnings are errors (exit 4)")
  boolean strict;

  @Parameter(
      names = "--pending",
      description = "lint only what up would apply (connects to read the history)")
  boolean pending;

  @Override
  public RunOptions runOptions() {
    return run;
  }

  @Override
  public int run(Context ctx) {
    var migrator = pending ? ctx.migrator(run, Context.settings(run)) : ctx.offlineMigrator(run);
    List<LintWarning> warnings = migrator.lint(migrator.schemas(run.schema), pending);
    warnings.forEach(w -> ctx.out.println(w.format()));
    ctx.out.println(warnings.size() + " lint warning(s)");
    if (strict && !warnings.isEmpty()) {
      throw new ValidationException(warnings.size() + " lint warning(s) with --strict");
    }
    return 0;
  }
}
