/**
 * The per-schema migration lock: a transaction-scoped advisory lock, taken by polling {@code
 * pg_try_advisory_xact_lock} in short transactions. Transaction scope keeps it correct behind
 * PgBouncer in transaction pooling; polling means a waiting runner never holds a snapshot that a
 * {@code CREATE INDEX CONCURRENTLY} in the holder must wait for.
 */
package com.cymate.migrator.lock;
