package com.cymate.migrator.sql;

/**
 * Reads PostgreSQL script text as tokens, following the server's lexer (scan.l) for everything that
 * can hide a semicolon: quotes, dollar quotes, comments. Whitespace is skipped. Assumes {@code
 * standard_conforming_strings = on} (the default since 9.1): in a plain {@code '...'} literal a
 * backslash is an ordinary character.
 */
final class SqlLexer {

  private static final int NONE = -1;

  private final String text;
  private int pos;

  SqlLexer(String text) {
    this.text = text;
    this.pos = text.startsWith("\uFEFF") ? 1 : 0;
  }

  /** The next token, or null at the end of the text. */
  Token next() {
    skipWhitespace();
    if (pos >= text.length()) {
      return null;
    }
    Token token = scan(pos, text.charAt(pos));
    pos = token.end();
    return token;
  }

  /**
   * Reads the data block of a {@code COPY ... FROM STDIN} whose semicolon was the last token: the
   * lines after the current one, up to a line holding only {@code \.}. Data is never lexed.
   */
  CopyBlock copyBlock() {
    int lineEnd = lineEnd(pos);
    int junk = junkBefore(pos, lineEnd);
    int dataStart = Math.min(lineEnd + 1, text.length());
    for (int i = dataStart; i < text.length(); i = lineEnd(i) + 1) {
      if (isCopyTerminator(i, lineEnd(i))) {
        pos = Math.min(lineEnd(i) + 1, text.length());
        return new CopyBlock(text.substring(dataStart, i), true, junk);
      }
    }
    pos = text.length();
    return new CopyBlock(text.substring(dataStart), false, junk);
  }

  private Token scan(int start, char c) {
    if (c == '-' && peek(start + 1) == '-') {
      return token(TokenType.LINE_COMMENT, start, endOfLine(start));
    }
    if (c == '/' && peek(start + 1) == '*') {
      return blockComment(start);
    }
    if (c == '\'' || c == '"') {
      return quoted(start, start);
    }
    if (c == '$') {
      return dollar(start);
    }
    if (c == '\\') {
      return token(TokenType.META_COMMAND, start, endOfLine(start));
    }
    if (c == ';') {
      return token(TokenType.SEMICOLON, start, start + 1);
    }
    if (isDigit(c)) {
      return token(TokenType.NUMBER, start, skip(start, SqlLexer::isNumberPart));
    }
    if (isIdentStart(c)) {
      return word(start);
    }
    return token(TokenType.SYMBOL, start, start + 1);
  }

  private Token word(int start) {
    int end = skip(start, SqlLexer::isIdentPart);
    if (end == start + 1) {
      Token literal = prefixedLiteral(start, Character.toLowerCase(text.charAt(start)));
      if (literal != null) {
        return literal;
      }
    }
    return token(TokenType.WORD, start, end);
  }

  /** E'...', B'...', X'...', N'...', U&'...' and U&"...": a one-letter word glued to a quote. */
  private Token prefixedLiteral(int start, char letter) {
    int next = peek(start + 1);
    if (letter == 'e' && next == '\'') {
      return escapeString(start, start + 1);
    }
    if ((letter == 'b' || letter == 'x' || letter == 'n') && next == '\'') {
      return quoted(start, start + 1);
    }
    int quote = peek(start + 2);
    if (letter == 'u' && next == '&' && (quote == '\'' || quote == '"')) {
      return quoted(start, start + 2);
    }
    return null;
  }

  /** A literal or identifier in which only the doubled quote character is special. */
  private Token quoted(int start, int quoteAt) {
    char quote = text.charAt(quoteAt);
    TokenType type = quote == '"' ? TokenType.QUOTED_IDENTIFIER : TokenType.STRING;
    int from = quoteAt + 1;
    while (true) {
      int close = text.indexOf(quote, from);
      if (close < 0) {
        return unterminated(type, start);
      }
      if (peek(close + 1) != quote) {
        return token(type, start, close + 1);
      }
      from = close + 2;
    }
  }

  /** E'...': a backslash escapes the next character, {@code ''} is a quote too. */
  private Token escapeString(int start, int quoteAt) {
    for (int i = quoteAt + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' || (c == '\'' && peek(i + 1) == '\'')) {
        i++;
      } else if (c == '\'') {
        return token(TokenType.STRING, start, i + 1);
      }
    }
    return unterminated(TokenType.STRING, start);
  }

  private Token dollar(int start) {
    if (isDigit(peek(start + 1))) {
      return token(TokenType.PARAMETER, start, skip(start + 1, SqlLexer::isDigit));
    }
    int tagEnd = dollarTagEnd(start);
    if (tagEnd == NONE) {
      return token(TokenType.SYMBOL, start, start + 1);
    }
    // the tag holds no '$', so the first occurrence of the whole tag is where the server closes it
    String tag = text.substring(start, tagEnd);
    int close = text.indexOf(tag, tagEnd);
    if (close < 0) {
      return unterminated(TokenType.DOLLAR_STRING, start);
    }
    return token(TokenType.DOLLAR_STRING, start, close + tag.length());
  }

  /** The end of a {@code $tag$} starting at {@code start}, or NONE if it is not one. */
  private int dollarTagEnd(int start) {
    int i = start + 1;
    if (peek(i) == '$') {
      return i + 1;
    }
    if (!isIdentStart(peek(i))) {
      return NONE;
    }
    i = skip(i, SqlLexer::isDollarTagPart);
    return peek(i) == '$' ? i + 1 : NONE;
  }

  private Token blockComment(int start) {
    int depth = 0;
    int i = start;
    while (i + 1 < text.length()) {
      if (text.charAt(i) == '/' && text.charAt(i + 1) == '*') {
        depth++;
        i += 2;
      } else if (text.charAt(i) == '*' && text.charAt(i + 1) == '/') {
        depth--;
        i += 2;
        if (depth == 0) {
          return token(TokenType.BLOCK_COMMENT, start, i);
        }
      } else {
        i++;
      }
    }
    return unterminated(TokenType.BLOCK_COMMENT, start);
  }

  /** Where text other than whitespace or a comment follows {@code ;} on its line, or NONE. */
  private int junkBefore(int from, int lineEnd) {
    for (int i = from; i < lineEnd; i++) {
      char c = text.charAt(i);
      if (c == '-' && peek(i + 1) == '-') {
        return NONE;
      }
      if (!isWhitespace(c)) {
        return i;
      }
    }
    return NONE;
  }

  private boolean isCopyTerminator(int lineStart, int lineEnd) {
    int end = lineEnd > lineStart && text.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
    return end - lineStart == 2 && text.startsWith("\\.", lineStart);
  }

  /** Index of the '\n' ending the line that holds {@code from}, or the text length. */
  private int lineEnd(int from) {
    int end = text.indexOf('\n', from);
    return end < 0 ? text.length() : end;
  }

  /** Like lineEnd, but a bare '\r' ends the line too (as it ends a -- comment in PostgreSQL). */
  private int endOfLine(int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
      i++;
    }
    return i;
  }

  private void skipWhitespace() {
    while (pos < text.length() && isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private int skip(int from, CharTest test) {
    int i = from;
    while (i < text.length() && test.accepts(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private int peek(int i) {
    return i < text.length() ? text.charAt(i) : NONE;
  }

  private Token token(TokenType type, int start, int end) {
    return new Token(type, text, start, end, true);
  }

  private Token unterminated(TokenType type, int start) {
    return new Token(type, text, start, text.length(), false);
  }

  private static boolean isWhitespace(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  /** PostgreSQL's ident_start: letters, underscore and every non-ASCII character. */
  private static boolean isIdentStart(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
  }

  /** ident_cont: '$' may continue an identifier (cost$usd), which is why it never opens a quote. */
  private static boolean isIdentPart(int c) {
    return isDollarTagPart(c) || c == '$';
  }

  private static boolean isDollarTagPart(int c) {
    return isIdentStart(c) || isDigit(c);
  }

  private static boolean isNumberPart(int c) {
    return isDollarTagPart(c) || c == '.';
  }

  /** A character predicate without boxing. */
  @FunctionalInterface
  private interface CharTest {
    boolean accepts(char c);
  }

  /**
   * The data of a {@code COPY ... FROM STDIN}.
   *
   * @param data the lines up to the terminator, each with its line ending
   * @param terminated whether a {@code \.} line was found
   * @param junk index of text after the semicolon on the COPY line, or -1
   */
  record CopyBlock(String data, boolean terminated, int junk) {}
}
