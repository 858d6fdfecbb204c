package com.cymate.migrator.execute;

import com.cymate.migrator.sql.SourcePosition;
import com.cymate.migrator.sql.SqlStatement;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * Sends a script's statements one {@code execute} each, never the whole file text: each gets its
 * own Sync (no implicit "pipeline" transaction) and its own error position.
 */
final class StatementExecutor {

  private StatementExecutor() {}

  static void executeAll(Connection c, String file, List<SqlStatement> statements)
      throws ScriptFailure {
    for (int i = 0; i < statements.size(); i++) {
      execute(c, file, statements.get(i), i);
    }
  }

  static void execute(Connection c, String file, SqlStatement st, int index) throws ScriptFailure {
    try {
      if (st.copyData() != null) {
        copy(c, st);
      } else {
        try (Statement s = c.createStatement()) {
          s.execute(st.sql());
        }
      }
    } catch (SQLException e) {
      throw new ScriptFailure(locate(file, st, ServerErrors.position(e)), index, e);
    }
  }

  /** COPY FROM STDIN with the file's inline data block, through the driver's COPY protocol. */
  private static void copy(Connection c, SqlStatement st) throws SQLException {
    try {
      c.unwrap(PGConnection.class).getCopyAPI().copyIn(st.sql(), new StringReader(st.copyData()));
    } catch (IOException e) {
      throw new SQLException("reading the COPY data block failed: " + e.getMessage(), e);
    }
  }

  /** Maps the server's 1-based position inside the statement back to the file. */
  static String locate(String file, SqlStatement st, int position) {
    SourcePosition at =
        position <= 0 ? new SourcePosition(st.line(), st.column()) : st.positionAt(position);
    return file + ":" + at.line() + ":" + at.column();
  }
}
