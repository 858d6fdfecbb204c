package com.cymate.migrator.lint;

import java.util.Arrays;
import java.util.Optional;

/** The lint rules; their ids are stable, users write them in {@code lint-ignore}. */
public enum LintRule {
  INDEX_NOT_CONCURRENTLY(
      "index-not-concurrently",
      "CREATE INDEX blocks writes to the table until the index is built",
      "CREATE INDEX CONCURRENTLY in a migration marked -- migrator:no-transaction"),
  DROP_INDEX_NOT_CONCURRENTLY(
      "drop-index-not-concurrently",
      "DROP INDEX takes an ACCESS EXCLUSIVE lock on the table",
      "DROP INDEX CONCURRENTLY in a migration marked -- migrator:no-transaction"),
  CONSTRAINT_NOT_VALID(
      "constraint-not-valid",
      "adding a FOREIGN KEY or CHECK constraint scans the whole table while blocking writes",
      "ADD CONSTRAINT ... NOT VALID, then VALIDATE CONSTRAINT in a later migration"),
  UNIQUE_CONSTRAINT_WITHOUT_INDEX(
      "unique-constraint-without-index",
      "adding a UNIQUE or PRIMARY KEY constraint builds its index while blocking reads and writes",
      "CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT ... USING INDEX"),
  SET_NOT_NULL(
      "set-not-null",
      "SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock",
      "ADD CONSTRAINT ... CHECK (col IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT, then SET NOT NULL"
          + " (PostgreSQL 12+ uses the constraint and skips the scan)"),
  ADD_COLUMN_NOT_NULL_WITHOUT_DEFAULT(
      "add-column-not-null-without-default",
      "adding a NOT NULL column without a DEFAULT fails as soon as the table has rows",
      "add it with a constant DEFAULT, or add it nullable, backfill, then set NOT NULL"),
  COLUMN_TYPE_CHANGE(
      "column-type-change",
      "changing a column's type can rewrite the table and its indexes under an ACCESS EXCLUSIVE"
          + " lock",
      "add a new column, backfill it in batches, switch reads and writes, drop the old one later"),
  VOLATILE_DEFAULT(
      "volatile-default",
      "a volatile DEFAULT makes ADD COLUMN rewrite the whole table under an ACCESS EXCLUSIVE lock",
      "add the column without a default, SET DEFAULT in a second statement, backfill existing rows"
          + " in batches"),
  RENAME_COLUMN(
      "rename-column",
      "renaming a column breaks the release still running during a rolling deploy",
      "add the new column, write to both, switch reads, drop the old one in a later release"),
  RENAME_TABLE(
      "rename-table",
      "renaming a table breaks the release still running during a rolling deploy",
      "create the new table, write to both, switch reads, drop the old one in a later release"),
  DROP_COLUMN(
      "drop-column",
      "dropping a column breaks the release still running during a rolling deploy",
      "stop using the column in one release, drop it in a later one"),
  DROP_TABLE(
      "drop-table",
      "dropping a table breaks the release still running during a rolling deploy",
      "stop using the table in one release, drop it in a later one"),
  ADD_SERIAL_COLUMN(
      "add-serial-column",
      "adding a serial or identity column rewrites the whole table under an ACCESS EXCLUSIVE lock",
      "add a nullable bigint column, give it a sequence DEFAULT, backfill existing rows in batches"),
  VACUUM_FULL(
      "vacuum-full",
      "VACUUM FULL holds an ACCESS EXCLUSIVE lock for the whole rewrite",
      "plain VACUUM, or pg_repack outside the migration"),
  CLUSTER(
      "cluster",
      "CLUSTER holds an ACCESS EXCLUSIVE lock for the whole rewrite",
      "pg_repack outside the migration"),
  LOCK_TABLE(
      "lock-table",
      "LOCK TABLE blocks other sessions until the migration commits",
      "drop the explicit lock and keep the migration short, with -- migrator:lock-timeout set"),
  TRUNCATE(
      "truncate",
      "TRUNCATE takes an ACCESS EXCLUSIVE lock and its data is gone once the migration commits",
      "DELETE in batches, or truncate by hand in a maintenance window");

  private final String id;
  private final String message;
  private final String safeAlternative;

  LintRule(String id, String message, String safeAlternative) {
    this.id = id;
    this.message = message;
    this.safeAlternative = safeAlternative;
  }

  public String id() {
    return id;
  }

  public String message() {
    return message;
  }

  public String safeAlternative() {
    return safeAlternative;
  }

  public static Optional<LintRule> byId(String id) {
    return Arrays.stream(values()).filter(rule -> rule.id.equals(id)).findFirst();
  }
}
