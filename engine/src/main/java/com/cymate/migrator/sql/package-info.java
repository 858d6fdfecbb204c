/**
 * Reading migration scripts without a database: {@link com.cymate.migrator.sql.SqlSplitter} cuts
 * PostgreSQL script text into statements the way psql would (quotes, dollar quotes, nested
 * comments, {@code BEGIN ATOMIC} bodies, {@code COPY ... FROM STDIN} data), keeping each
 * statement's exact text and file position, and {@link com.cymate.migrator.sql.ScriptAnalyzer} adds
 * what the engine must know before it runs anything: the {@code -- migrator:} directives, whether
 * the file runs in one transaction, and the problems that make a file unfit to run (transaction
 * control, psql meta-commands, non-transactional statements mixed with transactional ones,
 * unterminated literals). Everything here is pure and linear in the size of the text.
 */
package com.cymate.migrator.sql;
