package com.cymate.migrator.source;

import java.math.BigInteger;

/** A migration version: the number before the first underscore, compared as a number. */
public record Version(long value) implements Comparable<Version> {

  private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);

  public Version {
    if (value < 0) {
      throw new IllegalArgumentException("version must not be negative: " + value);
    }
  }

  /**
   * Parses decimal digits (leading zeros allowed).
   *
   * @return the version, or null when the digits do not fit the history table's bigint column
   */
  public static Version parseOrNull(String digits) {
    BigInteger number = new BigInteger(digits);
    return number.compareTo(MAX) > 0 ? null : new Version(number.longValue());
  }

  @Override
  public int compareTo(Version other) {
    return Long.compare(value, other.value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
