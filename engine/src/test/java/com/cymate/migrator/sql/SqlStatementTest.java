package com.cymate.migrator.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlStatementTest {

  private final SqlStatement statement =
      new SqlStatement("SELECT 1,\n  \uD83D\uDE00 + x\nFROM t", 5, 3, 40, null);

  @Test
  void errorPositionOnTheFirstLineIsOffsetFromTheStatementColumn() {
    assertThat(statement.positionAt(1)).isEqualTo(new SourcePosition(5, 3));
    assertThat(statement.positionAt(8)).isEqualTo(new SourcePosition(5, 10));
  }

  @Test
  void errorPositionOnLaterLinesCountsFromTheLineStartInCodePoints() {
    // position 15 is the '+' after the emoji, which is one character to PostgreSQL
    assertThat(statement.positionAt(15)).isEqualTo(new SourcePosition(6, 5));
    assertThat(statement.positionAt(19)).isEqualTo(new SourcePosition(7, 1));
  }

  @Test
  void positionsOutsideTheTextAreClamped() {
    assertThat(statement.positionAt(0)).isEqualTo(new SourcePosition(5, 3));
    assertThat(statement.positionAt(999)).isEqualTo(new SourcePosition(7, 7));
  }

  @Test
  void charIndexesMapToo() {
    assertThat(statement.positionOfIndex(12)).isEqualTo(new SourcePosition(6, 3));
  }

  @Test
  void copyFromStdinIsMarkedByItsData() {
    assertThat(statement.isCopyFromStdin()).isFalse();
    assertThat(new SqlStatement("COPY t FROM stdin", 1, 1, 0, "").isCopyFromStdin()).isTrue();
  }
}
