package com.cymate.migrator.plan;

/** How one version stands when the files are compared with the history. */
public enum Status {
  APPLIED,
  PENDING,
  /** Pending, but older than the newest applied version (merged late from a branch). */
  OUT_OF_ORDER,
  /** Applied, but the up file changed since. */
  DRIFTED,
  /** Applied, but no file describes it: the database is newer than these files. */
  MISSING_FILE,
  /** A non-transactional migration whose runner's server session is still alive. */
  RUNNING,
  /** A non-transactional migration whose runner died: dirty. */
  IN_PROGRESS,
  FAILED
}
