package com.cymate.migrator.cli;

import com.beust.jcommander.IStringConverter;
import com.cymate.migrator.InvalidInputException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses durations as PostgreSQL writes them: {@code 500ms}, {@code 10s}, {@code 5min}, {@code 1h}.
 */
public final class Durations implements IStringConverter<Durations.Span> {

  private static final Pattern FORM = Pattern.compile("([0-9]+)\\s*(ms|s|min|m|h)?");

  /** A flag's duration, shown in --help the way users write it (10s, not PT10S). */
  public record Span(Duration duration) {

    static Span of(String text) {
      return new Span(parse("duration", text));
    }

    @Override
    public String toString() {
      long ms = duration.toMillis();
      if (ms % 3_600_000 == 0 && ms > 0) {
        return ms / 3_600_000 + "h";
      }
      if (ms % 60_000 == 0 && ms > 0) {
        return ms / 60_000 + "min";
      }
      return ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
    }
  }

  private final String option;

  /** JCommander passes the flag's name, so the message can name it. */
  public Durations(String option) {
    this.option = option;
  }

  public Durations() {
    this("duration");
  }

  @Override
  public Span convert(String value) {
    return new Span(parse(option, value));
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
