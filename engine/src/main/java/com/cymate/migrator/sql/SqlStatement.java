package com.cymate.migrator.sql;

/**
 * One statement of a migration file, exactly as written there.
 *
 * @param sql the statement text from its first token up to (not including) its terminating
 *     semicolon, comments inside it kept, never rewritten
 * @param line 1-based file line of the first character of {@code sql}
 * @param column 1-based column (code points) of that character
 * @param offset 0-based char index of that character in the file text
 * @param copyData for {@code COPY ... FROM STDIN}: the data lines after the statement up to (not
 *     including) the {@code \.} line, each with its line ending; null for every other statement
 */
public record SqlStatement(String sql, int line, int column, int offset, String copyData) {

  public boolean isCopyFromStdin() {
    return copyData != null;
  }

  /**
   * Where a PostgreSQL error position (1-based, in characters, counted in the text that was sent)
   * lies in the file.
   */
  public SourcePosition positionAt(int position) {
    int length = sql.codePointCount(0, sql.length());
    int clamped = Math.max(1, Math.min(position, length + 1));
    return positionOfIndex(sql.offsetByCodePoints(0, clamped - 1));
  }

  /** Where the char at {@code index} of {@link #sql} lies in the file. */
  public SourcePosition positionOfIndex(int index) {
    int clamped = Math.max(0, Math.min(index, sql.length()));
    return new PositionTracker(sql, new SourcePosition(line, column)).at(clamped);
  }
}
