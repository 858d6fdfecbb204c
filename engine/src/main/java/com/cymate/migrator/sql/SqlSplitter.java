package com.cymate.migrator.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits PostgreSQL script text into statements as psql would, in one pass over the text. A
 * statement ends at a semicolon outside quotes, comments, parentheses and {@code BEGIN ATOMIC}
 * bodies, or at the end of the text; the data block of a {@code COPY ... FROM STDIN} is taken
 * verbatim and never lexed. Lines may end in LF or CRLF.
 */
public final class SqlSplitter {

  private final String text;
  private final SqlLexer lexer;
  private final PositionTracker positions;
  private final List<SqlStatement> statements = new ArrayList<>();
  private final List<ScriptProblem> problems = new ArrayList<>();
  private final List<DirectiveComment> directives = new ArrayList<>();
  private StatementScan current;

  private SqlSplitter(String text) {
    this.text = text;
    this.lexer = new SqlLexer(text);
    this.positions = new PositionTracker(text);
  }

  public static SplitScript split(String text) {
    return new SqlSplitter(text).run();
  }

  private SplitScript run() {
    for (Token token = lexer.next(); token != null; token = lexer.next()) {
      accept(token);
    }
    finish(null);
    return new SplitScript(statements, problems, directives);
  }

  private void accept(Token token) {
    if (!token.terminated()) {
      problem(token.start(), Unterminated.message(token));
    }
    switch (token.type()) {
      case LINE_COMMENT -> lineComment(token);
      case BLOCK_COMMENT -> {
        // kept inside the statement text, not a statement of its own
      }
      case META_COMMAND -> metaCommand(token);
      case SEMICOLON -> semicolon(token);
      default -> significant(token);
    }
  }

  private void significant(Token token) {
    if (current == null) {
      current = new StatementScan(token.start(), positions.at(token.start()));
    }
    current.add(token);
  }

  private void semicolon(Token token) {
    if (current == null) {
      return; // an empty statement
    }
    if (current.endsAtSemicolon()) {
      finish(token);
    } else {
      current.add(token);
    }
  }

  private void lineComment(Token token) {
    if (DirectiveComment.isDirective(token)) {
      directives.add(
          new DirectiveComment(token.text(), token.start(), positions.at(token.start())));
    }
  }

  // psql runs the buffered query at \g and friends; for us the command ends the statement
  private void metaCommand(Token token) {
    finish(null);
    problem(token.start(), MetaCommand.message(token.text()));
  }

  private void finish(Token semicolon) {
    if (current == null) {
      return;
    }
    StatementScan scan = current;
    current = null;
    String copyData = scan.isCopyFromStdin() ? copyData(scan, semicolon) : null;
    SourcePosition at = scan.position();
    String sql = text.substring(scan.start(), scan.end());
    statements.add(new SqlStatement(sql, at.line(), at.column(), scan.start(), copyData));
  }

  private String copyData(StatementScan scan, Token semicolon) {
    if (semicolon == null) {
      problems.add(
          ScriptProblem.at(
              scan.position(),
              "COPY ... FROM STDIN must end with ';', then its data lines and a line holding only"
                  + " \\.; add them or use INSERT"));
      return "";
    }
    SqlLexer.CopyBlock block = lexer.copyBlock();
    if (block.junk() >= 0) {
      problem(block.junk(), "text after COPY ... FROM STDIN; on the same line; move it after \\.");
    }
    if (!block.terminated()) {
      problems.add(
          ScriptProblem.at(
              scan.position(),
              "COPY ... FROM STDIN data has no terminating \\. line; end the data with a line"
                  + " holding only \\."));
    }
    return block.data();
  }

  private void problem(int offset, String message) {
    problems.add(ScriptProblem.at(positions.at(offset), message));
  }
}
