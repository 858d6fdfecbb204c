package com.cymate.migrator.sql;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations written as PostgreSQL writes timeout settings: {@code 500ms}, {@code 10s}, {@code
 * 5min}, {@code 1h}, {@code 1d}. The unit is required, since a bare number means milliseconds to
 * the server but seconds to most readers.
 */
final class PgDuration {

  private static final Pattern FORMAT = Pattern.compile("(\\d{1,9})\\s*(ms|s|min|h|d)");
  private static final Map<String, ChronoUnit> UNITS =
      Map.of(
          "ms", ChronoUnit.MILLIS,
          "s", ChronoUnit.SECONDS,
          "min", ChronoUnit.MINUTES,
          "h", ChronoUnit.HOURS,
          "d", ChronoUnit.DAYS);

  private PgDuration() {}

  static Optional<Duration> parse(String text) {
    Matcher matcher = FORMAT.matcher(text);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    long amount = Long.parseLong(matcher.group(1));
    return Optional.of(Duration.of(amount, UNITS.get(matcher.group(2))));
  }
}
