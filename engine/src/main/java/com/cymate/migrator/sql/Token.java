package com.cymate.migrator.sql;

/**
 * One lexical token: a span of the source rather than a copy of it, so that lexing a large file
 * does not allocate a string per token.
 *
 * @param type what kind of token this is
 * @param source the text the token was read from
 * @param start index of its first character in {@code source}
 * @param end index just past its last character
 * @param terminated false for a string, quoted identifier, dollar quote or block comment that runs
 *     to the end of the text without being closed
 */
public record Token(TokenType type, String source, int start, int end, boolean terminated) {

  public String text() {
    return source.substring(start, end);
  }

  /**
   * Whether this is the unquoted keyword or name {@code word}, ignoring case as PostgreSQL does.
   */
  public boolean isWord(String word) {
    return type == TokenType.WORD
        && end - start == word.length()
        && source.regionMatches(true, start, word, 0, word.length());
  }

  public boolean isSymbol(char symbol) {
    return type == TokenType.SYMBOL && source.charAt(start) == symbol;
  }

  // the default would print the whole source
  @Override
  public String toString() {
    return type + "(" + text() + ")@" + start;
  }
}
