package com.cymate.migrator.sql;

/**
 * The state of the statement being read: where it starts and ends, and what decides whether a
 * semicolon ends it (parentheses, {@code BEGIN ... END} in SQL-standard function bodies) and
 * whether it is a {@code COPY ... FROM STDIN} followed by data.
 */
final class StatementScan {

  private final int start;
  private final SourcePosition position;
  private int end;
  private int parenDepth;
  private int beginDepth;
  private int words;
  private final char[] leading = new char[4];
  private boolean copy;
  private boolean afterFrom;
  private boolean fromStdin;

  StatementScan(int start, SourcePosition position) {
    this.start = start;
    this.position = position;
    this.end = start;
  }

  int start() {
    return start;
  }

  /** End of the last token that is not a comment. */
  int end() {
    return end;
  }

  SourcePosition position() {
    return position;
  }

  boolean isCopyFromStdin() {
    return fromStdin;
  }

  /** Like psql: a semicolon inside parentheses or a BEGIN ATOMIC body does not end a statement. */
  boolean endsAtSemicolon() {
    return parenDepth == 0 && beginDepth == 0;
  }

  void add(Token token) {
    end = token.end();
    if (token.isSymbol('(')) {
      parenDepth++;
    } else if (token.isSymbol(')') && parenDepth > 0) {
      parenDepth--;
    }
    if (token.type() == TokenType.WORD) {
      word(token);
    } else {
      afterFrom = false;
    }
  }

  private void word(Token token) {
    trackCopy(token);
    trackLeading(token);
    words++;
    if (parenDepth == 0 && isRoutineDefinition()) {
      trackBlocks(token);
    }
  }

  private void trackCopy(Token token) {
    if (words == 0) {
      copy = token.isWord("COPY");
    } else if (copy) {
      fromStdin |= afterFrom && token.isWord("STDIN");
      afterFrom = parenDepth == 0 && token.isWord("FROM");
    }
  }

  // psql's heuristic (psqlscan.l): remember the first letters of the leading words to recognise
  // CREATE [OR REPLACE] FUNCTION|PROCEDURE, the only statements with BEGIN ATOMIC bodies
  private void trackLeading(Token token) {
    if (words < leading.length && isRoutineWord(token)) {
      leading[words] = Character.toLowerCase(token.source().charAt(token.start()));
    }
  }

  private static boolean isRoutineWord(Token token) {
    return token.isWord("CREATE")
        || token.isWord("FUNCTION")
        || token.isWord("PROCEDURE")
        || token.isWord("OR")
        || token.isWord("REPLACE");
  }

  private boolean isRoutineDefinition() {
    return leading[0] == 'c'
        && (leading[1] == 'f'
            || leading[1] == 'p'
            || (leading[1] == 'o'
                && leading[2] == 'r'
                && (leading[3] == 'f' || leading[3] == 'p')));
  }

  // CASE also ends with END; it only matters once inside a BEGIN
  private void trackBlocks(Token token) {
    if (token.isWord("BEGIN")) {
      beginDepth++;
    } else if (token.isWord("CASE") && beginDepth > 0) {
      beginDepth++;
    } else if (token.isWord("END") && beginDepth > 0) {
      beginDepth--;
    }
  }
}
