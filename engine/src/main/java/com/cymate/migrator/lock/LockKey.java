package com.cymate.migrator.lock;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The advisory lock key of a schema: stable across releases and machines (a hash of a fixed prefix
 * and the schema name), so every migrator version contends for the same lock.
 */
public record LockKey(String schema, long key) {

  private static final String PREFIX = "cymate-migrator:";

  public static LockKey of(String schema) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((PREFIX + schema).getBytes(StandardCharsets.UTF_8));
      return new LockKey(schema, ByteBuffer.wrap(digest).getLong());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** pg_locks shows a bigint key as classid (high half) and objid (low half). */
  long classId() {
    return key >>> 32;
  }

  long objId() {
    return key & 0xffffffffL;
  }
}
