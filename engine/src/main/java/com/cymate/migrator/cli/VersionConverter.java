package com.cymate.migrator.cli;

import com.beust.jcommander.IStringConverter;
import com.cymate.migrator.InvalidInputException;
import com.cymate.migrator.source.Version;

/** Parses {@code --target} and {@code --version} values. */
public final class VersionConverter implements IStringConverter<Version> {

  @Override
  public Version convert(String value) {
    Version v = value.matches("[0-9]{1,19}") ? Version.parseOrNull(value) : null;
    if (v == null) {
      throw new InvalidInputException("'" + value + "' is not a migration version (a number)");
    }
    return v;
  }
}
