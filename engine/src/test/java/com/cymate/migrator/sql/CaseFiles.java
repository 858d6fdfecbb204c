package com.cymate.migrator.sql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the real-world case files copied byte-exact into test resources under cases/. */
final class CaseFiles {

  private CaseFiles() {}

  static String text(String path) {
    try (InputStream in = CaseFiles.class.getResourceAsStream("/cases/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource cases/" + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ParsedScript analyze(String path) {
    return ScriptAnalyzer.analyze(text(path));
  }
}
