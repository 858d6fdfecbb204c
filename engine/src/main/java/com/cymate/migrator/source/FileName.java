package com.cymate.migrator.source;

import com.cymate.migrator.InvalidInputException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed migration file name: {@code <version>_<description>.<up|down>.sql}.
 *
 * @param direction {@code "up"} or {@code "down"}
 */
record FileName(String file, Version version, String description, String direction) {

  private static final Pattern NAME =
      Pattern.compile("([0-9]+)_([\\p{L}\\p{N}_\\-]+)\\.(up|down)\\.sql");
  static final String RULE =
      "migration files are named NNNN_description.up.sql / NNNN_description.down.sql"
          + " (digits, underscore, letters/digits/_/-)";

  static FileName parse(String file) {
    Matcher m = NAME.matcher(file);
    if (!m.matches()) {
      throw new InvalidInputException(file + ": name does not fit: " + RULE);
    }
    Version version = Version.parseOrNull(m.group(1));
    if (version == null) {
      throw new InvalidInputException(
          file + ": version " + m.group(1) + " is larger than " + Long.MAX_VALUE);
    }
    if (version.value() == 0) {
      throw new InvalidInputException(
          file
              + ": version 0 is reserved (it means \"nothing applied\", as in down --target 0);"
              + " start at 1");
    }
    return new FileName(file, version, m.group(2), m.group(3));
  }

  boolean isUp() {
    return direction.equals("up");
  }
}
