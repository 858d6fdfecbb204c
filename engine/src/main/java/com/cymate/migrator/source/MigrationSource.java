package com.cymate.migrator.source;

import java.util.List;

/**
 * Where migrations come from. Implementations only list and read; {@link MigrationAssembler}
 * decides what the files mean, so every source validates the same way.
 */
public interface MigrationSource {

  /** The schema streams this source holds, sorted by name. */
  List<String> schemas();

  /** The raw files of one schema (name and bytes), in any order. */
  List<RawFile> files(String schema);

  /** Where a schema's files live, for messages. */
  String describe(String schema);

  /** A file's name, a location for messages, and its undecoded bytes. */
  record RawFile(String name, String location, byte[] bytes) {}
}
