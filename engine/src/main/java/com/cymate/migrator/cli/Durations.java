package com.cymate.migrator.cli;

import com.beust.jcommander.IStringConverter;
import com.cymate.migrator.InvalidInputException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses durations as PostgreSQL writes them: {@code 500ms}, {@code 10s}, {@code 5min}, {@code 1h}.
 */
public final class Durations implements IStringConverter<Duration> {

  private static final Pattern FORM = Pattern.compile("([0-9]+)\\s*(ms|s|min|m|h)?");

  @Override
  public Duration convert(String value) {
    return parse("duration", value);
  }

  public static Duration parse(String what, String value) {
    Matcher m = FORM.matcher(value.trim());
    if (!m.matches()) {
      throw new InvalidInputException(
          what + " '" + value + "' is not a duration; write e.g. 500ms, 10s, 5min or 1h");
    }
    long n = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2);
    return switch (unit) {
      case "ms" -> Duration.ofMillis(n);
      case "min", "m" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      default -> Duration.ofSeconds(n);
    };
  }
}
