package com.cymate.migrator.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rewords JCommander's messages in the user's terms. */
final class ParseErrors {

  private static final Pattern STRAY =
      Pattern.compile("Was passed main parameter '(.*)' but no main parameter was defined.*");

  private ParseErrors() {}

  static String explain(String message) {
    Matcher m = STRAY.matcher(message);
    if (m.matches()) {
      return "unknown option or argument '" + m.group(1) + "'";
    }
    if (message.startsWith("Expected a command, got ")) {
      return "options go after the command: java -jar migrator.jar COMMAND [options] ("
          + message
          + ")";
    }
    return message;
  }
}
