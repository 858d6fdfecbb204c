/**
 * Migration lint: {@link com.cymate.migrator.lint.Linter} reads a file's statements as tokens and
 * warns about the operations that lock busy tables or break the release still running during a
 * rolling deploy, the way squawk and strong_migrations do, each warning with a safer alternative.
 * Statements on a table created earlier in the same file are not reported (a fresh table has no
 * traffic), and {@code -- migrator:lint-ignore=rule,...} silences rules for one file. Nothing here
 * talks to a database; warnings never stop a migration.
 */
package com.cymate.migrator.lint;
