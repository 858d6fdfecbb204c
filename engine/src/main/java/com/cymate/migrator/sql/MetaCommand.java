package com.cymate.migrator.sql;

/** Messages for psql backslash commands, which the server does not understand. */
final class MetaCommand {

  private MetaCommand() {}

  /** The message for the command line {@code line}, e.g. {@code \restrict abc}. */
  static String message(String line) {
    String name = name(line);
    String why =
        name.equals("\\restrict") || name.equals("\\unrestrict")
            ? "pg_dump adds \\restrict/\\unrestrict since 17.6/16.10/15.14/14.19/13.22"
            : "migrations run through JDBC, not psql";
    return "psql meta-command " + name + " is not SQL; remove it (" + why + ")";
  }

  private static String name(String line) {
    int end = 1;
    while (end < line.length() && !Character.isWhitespace(line.charAt(end))) {
      end++;
    }
    return line.substring(0, end);
  }
}
