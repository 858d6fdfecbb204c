package com.cymate.migrator.sql;

/**
 * A place in a migration file, both 1-based; the column counts characters (code points), as the
 * file decoder does when it points at a bad byte.
 */
public record SourcePosition(int line, int column) {}
