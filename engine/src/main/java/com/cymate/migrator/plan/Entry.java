package com.cymate.migrator.plan;

import com.cymate.migrator.history.AppliedMigration;
import com.cymate.migrator.source.Migration;
import com.cymate.migrator.source.Version;

/**
 * One version in a plan: the file, the history row, or both.
 *
 * @param file null when the version exists only in the history
 * @param row null when the version was never applied
 */
public record Entry(
    Version version, String description, Status status, Migration file, AppliedMigration row) {}
