package com.cymate.migrator.lint;

import com.cymate.migrator.sql.SqlTokens;
import java.util.Optional;
import java.util.Set;

/** The column definition of ALTER TABLE ... ADD [COLUMN] [IF NOT EXISTS] name type ... */
final class ColumnDefinition {

  private static final Set<String> SERIAL_TYPES =
      Set.of("SERIAL", "SERIAL2", "SERIAL4", "SERIAL8", "SMALLSERIAL", "BIGSERIAL");

  // a DEFAULT calling one of these is evaluated per row, so ADD COLUMN must rewrite the table
  private static final Set<String> VOLATILE_FUNCTIONS =
      Set.of(
          "RANDOM",
          "RANDOM_NORMAL",
          "CLOCK_TIMESTAMP",
          "TIMEOFDAY",
          "GEN_RANDOM_UUID",
          "UUIDV4",
          "UUIDV7",
          "UUID_GENERATE_V1",
          "UUID_GENERATE_V1MC",
          "UUID_GENERATE_V4",
          "NEXTVAL");

  private ColumnDefinition() {}

  /**
   * @param at the token after ADD
   * @param to the end of the action
   */
  static Optional<LintRule> rule(SqlTokens tokens, int at, int to) {
    int name = tokens.isWord(at, "COLUMN") ? at + 1 : at;
    name = tokens.matches(name, "IF", "NOT", "EXISTS") ? name + 3 : name;
    int type = name + 1;
    if (SERIAL_TYPES.contains(tokens.upper(type))
        || tokens.find(type, to, 0, "AS", "IDENTITY") >= 0) {
      return Optional.of(LintRule.ADD_SERIAL_COLUMN);
    }
    int defaultAt = tokens.find(type, to, 0, "DEFAULT");
    if (defaultAt >= 0) {
      return hasVolatileCall(tokens, defaultAt + 1, to)
          ? Optional.of(LintRule.VOLATILE_DEFAULT)
          : Optional.empty();
    }
    boolean notNull = tokens.find(type, to, 0, "NOT", "NULL") >= 0;
    boolean generated = tokens.find(type, to, 0, "GENERATED") >= 0;
    return notNull && !generated
        ? Optional.of(LintRule.ADD_COLUMN_NOT_NULL_WITHOUT_DEFAULT)
        : Optional.empty();
  }

  private static boolean hasVolatileCall(SqlTokens tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      if (VOLATILE_FUNCTIONS.contains(tokens.upper(i)) && tokens.isSymbol(i + 1, '(')) {
        return true;
      }
    }
    return false;
  }
}
