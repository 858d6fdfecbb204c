/**
 * The history of one schema: {@code <schema>.schema_version} (one row per applied version, with the
 * down SQL so a rollback works without the file) and the append-only {@code
 * <schema>.schema_version_log} of every up, down, failure and repair. Only this package writes SQL
 * against those tables.
 */
package com.cymate.migrator.history;
