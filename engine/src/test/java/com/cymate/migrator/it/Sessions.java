package com.cymate.migrator.it;

import com.cymate.migrator.testkit.TestDatabase;

/** What other sessions of a test database are doing right now. */
final class Sessions {

  private Sessions() {}

  /** The pid of another session actively running a statement containing the text, or null. */
  static Long running(TestDatabase db, String text) throws Exception {
    String pid =
        db.value(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
                + " AND pid <> pg_backend_pid() AND state = 'active'"
                + " AND position('"
                + text.replace("'", "''")
                + "' IN query) > 0");
    return pid == null ? null : Long.valueOf(pid);
  }

  /** The pid of a session waiting for a lock on the relation, or null. */
  static Long waitingFor(TestDatabase db, String relation) throws Exception {
    String pid =
        db.value(
            "SELECT pid FROM pg_locks WHERE NOT granted AND relation = to_regclass('"
                + relation
                + "')");
    return pid == null ? null : Long.valueOf(pid);
  }
}
