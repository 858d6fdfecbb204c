/**
 * Discovery: turns a folder of {@code NNNN_description.up.sql}/{@code .down.sql} files (or an
 * in-memory map, for tests) into validated {@link com.cymate.migrator.source.Migration} values,
 * decoding strictly as UTF-8 and checksumming a canonical form. Nothing here talks to a database.
 */
package com.cymate.migrator.source;
