package com.cymate.migrator.sql;

import java.util.Locale;

/**
 * A {@code -- migrator:...} line comment as the splitter found it.
 *
 * @param text the comment, from its {@code --}
 * @param offset char index of the comment in the file
 * @param position where it is
 */
public record DirectiveComment(String text, int offset, SourcePosition position) {

  private static final String PREFIX = "migrator:";

  /** Whether a {@code --} comment is meant as a directive (any spacing after the dashes). */
  static boolean isDirective(Token comment) {
    String source = comment.source();
    int i = comment.start() + 2;
    while (i < comment.end() && (source.charAt(i) == ' ' || source.charAt(i) == '\t')) {
      i++;
    }
    return comment.end() - i >= PREFIX.length()
        && source.regionMatches(true, i, PREFIX, 0, PREFIX.length());
  }

  /** The part after {@code migrator:}, trimmed. */
  String body() {
    int at = text.toLowerCase(Locale.ROOT).indexOf(PREFIX);
    return text.substring(at + PREFIX.length()).trim();
  }
}
