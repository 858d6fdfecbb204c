package com.cymate.migrator.cli;

import com.beust.jcommander.JCommander;
import com.cymate.migrator.ExitCode;

/** Usage text with the exit codes, which are part of the interface. */
final class Help {

  private Help() {}

  static String text(JCommander jc, String command) {
    StringBuilder usage = new StringBuilder();
    if (command == null) {
      usage.append("Usage: java -jar migrator.jar COMMAND [options]\n\nCommands:\n");
      jc.getCommands()
          .keySet()
          .forEach(
              name ->
                  usage.append(
                      String.format(
                          "  %-9s %s%n",
                          name, jc.getUsageFormatter().getCommandDescription(name))));
      usage.append("\n'java -jar migrator.jar COMMAND --help' lists a command's options.\n");
    } else {
      jc.getUsageFormatter().usage(command, usage);
    }
    usage
        .append("\nConnection: --url/--user/--password, or PGHOST PGPORT PGDATABASE PGUSER")
        .append(" PGPASSWORD; --embedded runs a local PostgreSQL under .migrator/.\n")
        .append("\nExit codes:\n");
    for (ExitCode code : ExitCode.values()) {
      usage.append(String.format("  %d  %s%n", code.code(), code.meaning()));
    }
    return usage.toString();
  }
}
