package com.cymate.migrator.lint;

import com.cymate.migrator.sql.SqlTokens;
import com.cymate.migrator.sql.Token;
import com.cymate.migrator.sql.TokenType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads table names from tokens. Names are compared without their schema: a false match on two
 * same-named tables in different schemas only hides a warning in a file that created one of them.
 */
final class TableNames {

  private TableNames() {}

  /** The index just past a name such as {@code app."Order"} starting at {@code index}. */
  static int end(SqlTokens tokens, int index) {
    if (!isName(tokens, index)) {
      return index;
    }
    int end = index + 1;
    while (tokens.isSymbol(end, '.') && isName(tokens, end + 1)) {
      end += 2;
    }
    return end;
  }

  /** The table part of the name ending just before {@code end}, folded as PostgreSQL does. */
  static String last(SqlTokens tokens, int end) {
    Token token = tokens.get(end - 1);
    String text = token.text();
    if (token.type() == TokenType.WORD) {
      return text.toLowerCase(Locale.ROOT);
    }
    return text.startsWith("\"")
        ? text.substring(1, text.length() - 1).replace("\"\"", "\"")
        : text;
  }

  /** The names of {@code [ONLY] name [*] [, ...]}, as in TRUNCATE, LOCK and DROP TABLE. */
  static List<String> list(SqlTokens tokens, int index) {
    List<String> names = new ArrayList<>();
    int i = index;
    while (true) {
      i = tokens.isWord(i, "ONLY") ? i + 1 : i;
      int end = end(tokens, i);
      if (end == i) {
        return names;
      }
      names.add(last(tokens, end));
      i = tokens.isSymbol(end, '*') ? end + 1 : end;
      if (!tokens.isSymbol(i, ',')) {
        return names;
      }
      i++;
    }
  }

  private static boolean isName(SqlTokens tokens, int index) {
    if (index >= tokens.size()) {
      return false;
    }
    TokenType type = tokens.get(index).type();
    return type == TokenType.WORD || type == TokenType.QUOTED_IDENTIFIER;
  }
}
