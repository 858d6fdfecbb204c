package com.cymate.migrator.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The checksum of a migration script: SHA-256 over the UTF-8 bytes of its canonical form (leading
 * BOM dropped, CRLF and lone CR turned into LF), so a Windows checkout of an unchanged file is not
 * an edit. The algorithm name is stored with every history row: changing the canonical form later
 * means a new name, never a silent mass mismatch.
 */
public final class Checksum {

  /** Stored in {@code schema_version.checksum_algorithm}; never change what it means. */
  public static final String ALGORITHM = "sha256-utf8-lf-nobom-v1";

  private Checksum() {}

  public static String of(String text) {
    return hex(sha256(canonical(text).getBytes(StandardCharsets.UTF_8)));
  }

  static String canonical(String text) {
    String noBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return noBom.replace("\r\n", "\n").replace('\r', '\n');
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static String hex(byte[] digest) {
    return HexFormat.of().formatHex(digest);
  }
}
