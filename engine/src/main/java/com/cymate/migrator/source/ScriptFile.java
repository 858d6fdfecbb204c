package com.cymate.migrator.source;

/**
 * One decoded migration file.
 *
 * @param name the file name, as users see it in messages
 * @param location where it came from (a path, or a label for in-memory sources)
 * @param text the file's text as it will be executed: decoded from UTF-8, a leading BOM removed,
 *     line endings untouched (inside a literal they are data)
 * @param checksum SHA-256 of the canonical form, see {@link Checksum}
 */
public record ScriptFile(String name, String location, String text, String checksum) {

  public static ScriptFile of(String name, String location, String text) {
    return new ScriptFile(name, location, text, Checksum.of(text));
  }
}
