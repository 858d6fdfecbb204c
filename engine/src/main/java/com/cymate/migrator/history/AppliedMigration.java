package com.cymate.migrator.history;

import com.cymate.migrator.source.Version;
import java.time.OffsetDateTime;

/**
 * One row of {@code schema_version}.
 *
 * @param rank the order in which versions were applied (differs from version order only when
 *     --out-of-order was used); rollbacks go newest rank first
 * @param runnerBackend {@code pid:backend_start} of the server session that recorded the row, to
 *     tell a migration still running from one whose runner died
 */
public record AppliedMigration(
    Version version,
    String description,
    String upChecksum,
    String downChecksum,
    String checksumAlgorithm,
    String downSql,
    MigrationState state,
    String appliedBy,
    String appliedFrom,
    OffsetDateTime appliedAt,
    long executionMs,
    long rank,
    boolean transactional,
    String runnerBackend,
    String detail) {

  public boolean isApplied() {
    return state == MigrationState.APPLIED;
  }
}
