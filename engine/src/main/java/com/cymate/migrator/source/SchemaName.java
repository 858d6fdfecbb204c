package com.cymate.migrator.source;

import com.cymate.migrator.InvalidInputException;
import java.nio.charset.StandardCharsets;

/**
 * A schema folder's name becomes a PostgreSQL identifier: it is always quoted, so any name the
 * server accepts works, but names the server would truncate or reserves are refused.
 */
public final class SchemaName {

  private static final int NAMEDATALEN_MINUS_ONE = 63;

  private SchemaName() {}

  public static void check(String schema, String where) {
    if (schema.isEmpty()
        || schema.indexOf('\0') >= 0
        || schema.indexOf('/') >= 0
        || schema.indexOf('\\') >= 0
        || schema.startsWith(".")) {
      throw new InvalidInputException(where + ": not a usable schema name");
    }
    if (schema.getBytes(StandardCharsets.UTF_8).length > NAMEDATALEN_MINUS_ONE) {
      throw new InvalidInputException(
          where + ": schema name is longer than 63 bytes; PostgreSQL would truncate it");
    }
    if (schema.startsWith("pg_")) {
      throw new InvalidInputException(
          where + ": schema names starting with pg_ are reserved by PostgreSQL");
    }
  }

  /** The name as a quoted identifier, safe to splice into SQL. */
  public static String quote(String schema) {
    return '"' + schema.replace("\"", "\"\"") + '"';
  }
}
