package com.cymate.migrator.lint;

/**
 * A rule that fired on a statement.
 *
 * @param rule the rule
 * @param index char index in the statement text of the clause that fired it
 */
record Finding(LintRule rule, int index) {}
