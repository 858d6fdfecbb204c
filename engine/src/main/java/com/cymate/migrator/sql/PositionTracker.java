package com.cymate.migrator.sql;

/**
 * Turns char indexes into lines and columns by walking forward from the last answer, so that a
 * whole file costs one pass even when thousands of statements sit on one line.
 */
final class PositionTracker {

  private final String text;
  private final SourcePosition origin;
  private int index;
  private int line;
  private int column;

  PositionTracker(String text) {
    this(text, new SourcePosition(1, 1));
  }

  /** A tracker over {@code text}, whose first character sits at {@code origin}. */
  PositionTracker(String text, SourcePosition origin) {
    this.text = text;
    this.origin = origin;
    rewind();
  }

  SourcePosition at(int target) {
    if (target < index) {
      rewind();
    }
    for (; index < target; index++) {
      char c = text.charAt(index);
      if (c == '\n') {
        line++;
        column = 1;
      } else if (!Character.isLowSurrogate(c)) {
        column++;
      }
    }
    return new SourcePosition(line, column);
  }

  private void rewind() {
    index = 0;
    line = origin.line();
    column = origin.column();
  }
}
