package com.cymate.migrator.cli;

import com.beust.jcommander.Parameter;

/** Options before the command name. */
final class GlobalOptions {

  @Parameter(
      names = {"--help", "-h"},
      help = true,
      description = "show this help")
  boolean help;
}
