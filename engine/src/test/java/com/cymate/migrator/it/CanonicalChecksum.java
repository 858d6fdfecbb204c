package com.cymate.migrator.it;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The checksum the design promises, computed here independently of the engine: SHA-256 hex of the
 * UTF-8 text with a leading BOM dropped and CRLF / lone CR turned into LF.
 */
final class CanonicalChecksum {

  private CanonicalChecksum() {}

  static String of(Path file) throws Exception {
    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String canonical = text.replace("\r\n", "\n").replace('\r', '\n');
    byte[] digest =
        MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest);
  }
}
