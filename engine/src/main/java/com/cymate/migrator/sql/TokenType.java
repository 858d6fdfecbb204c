package com.cymate.migrator.sql;

/** The kinds of lexical tokens in PostgreSQL script text. */
public enum TokenType {
  /** An unquoted identifier or keyword, e.g. {@code CREATE} or {@code cost$usd}. */
  WORD,
  /** {@code "..."} or {@code U&"..."}. */
  QUOTED_IDENTIFIER,
  /**
   * {@code '...'}, {@code E'...'}, {@code U&'...'}, {@code B'...'}, {@code X'...'}, {@code N'...'}.
   */
  STRING,
  /** {@code $tag$...$tag$}, including the tags. */
  DOLLAR_STRING,
  NUMBER,
  /** A positional parameter such as {@code $1}. */
  PARAMETER,
  /** Any other single character: operators, parentheses, commas. */
  SYMBOL,
  SEMICOLON,
  LINE_COMMENT,
  BLOCK_COMMENT,
  /** A psql backslash command, up to the end of its line. */
  META_COMMAND
}
