package com.cymate.migrator.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tokens of one statement without its comments, each with its parenthesis depth: what
 * classifiers and lint rules match keywords against, so that nothing inside literals, quoted
 * identifiers, comments or dollar-quoted bodies is ever mistaken for a keyword.
 */
public final class SqlTokens {

  private final List<Token> tokens;
  private final int[] depths;

  private SqlTokens(List<Token> tokens, int[] depths) {
    this.tokens = tokens;
    this.depths = depths;
  }

  public static SqlTokens of(String sql) {
    List<Token> tokens = new ArrayList<>();
    SqlLexer lexer = new SqlLexer(sql);
    for (Token token = lexer.next(); token != null; token = lexer.next()) {
      if (token.type() != TokenType.LINE_COMMENT && token.type() != TokenType.BLOCK_COMMENT) {
        tokens.add(token);
      }
    }
    return new SqlTokens(List.copyOf(tokens), depths(tokens));
  }

  // a parenthesis sits at the depth of the tokens around it, its contents one deeper
  private static int[] depths(List<Token> tokens) {
    int[] depths = new int[tokens.size()];
    int depth = 0;
    for (int i = 0; i < depths.length; i++) {
      Token token = tokens.get(i);
      if (token.isSymbol(')') && depth > 0) {
        depth--;
      }
      depths[i] = depth;
      if (token.isSymbol('(')) {
        depth++;
      }
    }
    return depths;
  }

  public int size() {
    return tokens.size();
  }

  public Token get(int index) {
    return tokens.get(index);
  }

  /** Parenthesis depth of the token at {@code index}: 0 at the top of the statement. */
  public int depth(int index) {
    return depths[index];
  }

  /** The token's text in upper case, or "" past the end. */
  public String upper(int index) {
    return index < size() ? get(index).text().toUpperCase(Locale.ROOT) : "";
  }

  public boolean isWord(int index, String word) {
    return index >= 0 && index < size() && get(index).isWord(word);
  }

  public boolean isSymbol(int index, char symbol) {
    return index >= 0 && index < size() && get(index).isSymbol(symbol);
  }

  /** Whether the tokens from {@code index} on are the words {@code words}. */
  public boolean matches(int index, String... words) {
    for (int i = 0; i < words.length; i++) {
      if (!isWord(index + i, words[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * The first index in [from, to) at depth {@code depth} where {@code words} start, or -1.
   *
   * @param depth the parenthesis depth the first word must sit at
   */
  public int find(int from, int to, int depth, String... words) {
    for (int i = Math.max(from, 0); i < Math.min(to, size()); i++) {
      if (depths[i] == depth && matches(i, words)) {
        return i;
      }
    }
    return -1;
  }
}
