package com.cymate.migrator.cli;

import java.util.regex.Pattern;

/** Removes secrets from anything printed: the single exit point for URLs and messages. */
final class Redactor {

  private static final Pattern URL_PASSWORD =
      Pattern.compile("(?i)(password|sslpassword)=[^&;\\s]*");
  private static final Pattern USERINFO = Pattern.compile("//([^/@:\\s]+):[^/@\\s]*@");

  private Redactor() {}

  static String redact(String text) {
    if (text == null) {
      return null;
    }
    String out = URL_PASSWORD.matcher(text).replaceAll("$1=***");
    return USERINFO.matcher(out).replaceAll("//$1:***@");
  }

  /** Also hides a known password wherever it appears (servers echo odd things back). */
  static String redact(String text, String password) {
    String out = redact(text);
    return password == null || password.isEmpty() || out == null
        ? out
        : out.replace(password, "***");
  }
}
