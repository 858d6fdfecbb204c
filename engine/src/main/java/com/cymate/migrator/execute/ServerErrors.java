package com.cymate.migrator.execute;

import java.sql.SQLException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Formats a server error as one line: message, SQLSTATE, and the server's detail and hint. */
public final class ServerErrors {

  private ServerErrors() {}

  public static String describe(SQLException e) {
    ServerErrorMessage server = serverMessage(e);
    if (server == null) {
      return e.getMessage() + state(e.getSQLState());
    }
    StringBuilder line = new StringBuilder(server.getSeverity() + ": " + server.getMessage());
    line.append(state(server.getSQLState()));
    append(line, "detail", server.getDetail());
    append(line, "hint", server.getHint());
    append(line, "in", server.getWhere());
    return line.toString().replace('\n', ' ');
  }

  /** 1-based position in the statement text, or 0 when the server gave none. */
  static int position(SQLException e) {
    ServerErrorMessage server = serverMessage(e);
    return server == null ? 0 : server.getPosition();
  }

  private static ServerErrorMessage serverMessage(SQLException e) {
    return e instanceof PSQLException p ? p.getServerErrorMessage() : null;
  }

  private static String state(String sqlState) {
    return sqlState == null ? "" : " [SQLSTATE " + sqlState + "]";
  }

  private static void append(StringBuilder line, String label, String value) {
    if (value != null && !value.isBlank()) {
      line.append("; ").append(label).append(": ").append(value);
    }
  }
}
