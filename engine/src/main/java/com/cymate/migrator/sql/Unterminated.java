package com.cymate.migrator.sql;

/** Messages for a quote or comment that runs to the end of the file. */
final class Unterminated {

  private Unterminated() {}

  static String message(Token token) {
    return switch (token.type()) {
      case DOLLAR_STRING -> dollarQuote(token);
      case QUOTED_IDENTIFIER ->
          "unterminated quoted identifier opened here; close it with \" (write \"\" for a quote"
              + " inside)";
      case BLOCK_COMMENT ->
          "unterminated /* comment opened here; close it with */ (block comments nest)";
      default ->
          "unterminated string literal opened here; close it with ' (write '' for a quote"
              + " inside)";
    };
  }

  private static String dollarQuote(Token token) {
    String source = token.source();
    int tagEnd = source.indexOf('$', token.start() + 1) + 1;
    String tag = source.substring(token.start(), tagEnd);
    return "unterminated dollar-quoted string " + tag + " opened here; close it with " + tag;
  }
}
