package com.cymate.migrator.cli;

/** One subcommand: its JCommander parameters are its fields. */
interface Command {

  /** Runs the command; returns the exit code (errors are thrown as MigrationException). */
  int run(Context ctx);

  RunOptions runOptions();
}
