/**
 * Execution: runs one migration's statements on a connection, transactional (the statements and the
 * history row commit together) or not (one statement per round trip in autocommit, recorded as in
 * progress first), and turns server errors into {@code file:line:column} messages.
 */
package com.cymate.migrator.execute;
