package com.cymate.migrator.history;

import java.util.Locale;

/** Where a recorded version stands. Only non-transactional migrations are ever not APPLIED. */
public enum MigrationState {
  APPLIED,
  /** Recorded before a non-transactional migration starts; left behind by a crash. */
  IN_PROGRESS,
  /** A non-transactional migration failed part-way; an operator must repair. */
  FAILED;

  String sqlValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  static MigrationState fromSql(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }
}
