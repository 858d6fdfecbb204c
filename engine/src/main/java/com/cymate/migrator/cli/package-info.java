/**
 * The command line: JCommander parsing, settings resolved from flags, then the libpq environment
 * variables, then defaults; the one place that prints errors and exits.
 */
package com.cymate.migrator.cli;
