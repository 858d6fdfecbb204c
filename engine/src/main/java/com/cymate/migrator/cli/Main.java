package com.cymate.migrator.cli;

import com.beust.jcommander.JCommander;
import com.beust.jcommander.ParameterException;
import com.cymate.migrator.ExitCode;
import com.cymate.migrator.MigrationException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code java -jar migrator.jar COMMAND [options]}: the only place that exits the process. */
public final class Main {

  private static final Logger log = LoggerFactory.getLogger(Main.class);

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err, System.getenv()));
  }

  /** Runs one command line; returns the exit code. Tests call this in-process. */
  public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
    GlobalOptions global = new GlobalOptions();
    Map<String, Command> commands = commands();
    JCommander jc = parser(global, commands);
    try {
      jc.parse(args);
    } catch (ParameterException e) {
      err.println("migrator: " + ParseErrors.explain(e.getMessage()) + " (see --help)");
      return ExitCode.INVALID_INPUT.code();
    } catch (MigrationException e) {
      // a converter refused a value (a duration, a version)
      err.println("migrator: " + e.getMessage());
      return e.exitCode().code();
    }
    String name = jc.getParsedCommand();
    if (global.help) {
      out.println(Help.text(jc, null));
      return 0;
    }
    if (name == null) {
      err.println(Help.text(jc, null));
      return ExitCode.INVALID_INPUT.code();
    }
    Command command = commands.get(name);
    if (command.runOptions().help) {
      out.println(Help.text(jc, name));
      return 0;
    }
    ConnectionOptions connection = command.runOptions().connection;
    return execute(command, new Context(out, err, env, connection), connection);
  }

  private static int execute(Command command, Context ctx, ConnectionOptions connection) {
    try (ctx) {
      connection.validate();
      return command.run(ctx);
    } catch (MigrationException e) {
      log.debug("failure", e);
      ctx.err.println("migrator: error: " + Redactor.redact(e.getMessage(), connection.password));
      return e.exitCode().code();
    } catch (RuntimeException e) {
      // the trace can quote a URL or SQL with secrets: only at DEBUG, which the operator chooses
      log.debug("unexpected failure", e);
      ctx.err.println(
          "migrator: internal error: "
              + Redactor.redact(String.valueOf(e), connection.password)
              + " (MIGRATOR_LOG_LEVEL=DEBUG shows the stack trace)");
      return ExitCode.INTERNAL_ERROR.code();
    }
  }

  static Map<String, Command> commands() {
    Map<String, Command> commands = new LinkedHashMap<>();
    commands.put("up", new UpCommand());
    commands.put("down", new DownCommand());
    commands.put("status", new StatusCommand());
    commands.put("validate", new ValidateCommand());
    commands.put("repair", new RepairCommand());
    commands.put("lint", new LintCommand());
    commands.put("new", new NewCommand());
    commands.put("verify", new VerifyCommand());
    return commands;
  }

  private static JCommander parser(GlobalOptions global, Map<String, Command> commands) {
    JCommander.Builder builder =
        JCommander.newBuilder().programName("java -jar migrator.jar").addObject(global);
    commands.forEach(builder::addCommand);
    return builder.build();
  }
}
