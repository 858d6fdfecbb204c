package com.cymate.migrator.source;

import com.cymate.migrator.InvalidInputException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Turns a schema's raw files into ordered {@link Migration}s, rejecting bad names, duplicate
 * versions and unpaired files before anything touches the database.
 */
public final class MigrationAssembler {

  private final MigrationSource source;

  public MigrationAssembler(MigrationSource source) {
    this.source = source;
  }

  /** Every migration of one schema, ascending by version. */
  public List<Migration> load(String schema) {
    SchemaName.check(schema, source.describe(schema));
    Map<Version, List<FileName>> byVersion = new TreeMap<>();
    Map<String, MigrationSource.RawFile> raw = new TreeMap<>();
    for (MigrationSource.RawFile file : source.files(schema)) {
      FileName name = FileName.parse(file.name());
      byVersion.computeIfAbsent(name.version(), v -> new ArrayList<>()).add(name);
      raw.put(file.name(), file);
    }
    List<Migration> migrations = new ArrayList<>();
    byVersion.forEach((v, names) -> migrations.add(pair(schema, v, names, raw)));
    return migrations;
  }

  /**
   * The up files of versions that more than one file claims (empty when there is none), so a caller
   * can tell which of them the database applied.
   */
  public Map<Version, List<ScriptFile>> duplicateUps(String schema) {
    Map<Version, List<ScriptFile>> ups = new TreeMap<>();
    for (MigrationSource.RawFile file : source.files(schema)) {
      FileName name = FileName.parse(file.name());
      if (name.isUp()) {
        ups.computeIfAbsent(name.version(), v -> new ArrayList<>()).add(read(file));
      }
    }
    ups.values().removeIf(files -> files.size() < 2);
    return ups;
  }

  private Migration pair(
      String schema, Version v, List<FileName> names, Map<String, MigrationSource.RawFile> raw) {
    names.sort(Comparator.comparing(FileName::file));
    FileName up = single(schema, v, names, true);
    FileName down = single(schema, v, names, false);
    if (!up.description().equals(down.description())) {
      throw duplicate(schema, v, names);
    }
    return new Migration(
        schema, v, up.description(), read(raw.get(up.file())), read(raw.get(down.file())));
  }

  private FileName single(String schema, Version v, List<FileName> names, boolean up) {
    List<FileName> matching = names.stream().filter(n -> n.isUp() == up).toList();
    if (matching.size() > 1) {
      throw duplicate(schema, v, names);
    }
    if (matching.isEmpty()) {
      FileName other = names.get(0);
      String missing =
          other.file().replaceFirst("\\.(up|down)\\.sql$", up ? ".up.sql" : ".down.sql");
      throw new InvalidInputException(
          other.file()
              + ": has no matching "
              + missing
              + " in "
              + source.describe(schema)
              + "; every migration needs both an up and a down file");
    }
    return matching.get(0);
  }

  private InvalidInputException duplicate(String schema, Version v, List<FileName> names) {
    String files = names.stream().map(FileName::file).distinct().collect(Collectors.joining(", "));
    return new InvalidInputException(
        "duplicate version "
            + v
            + " in "
            + source.describe(schema)
            + ": "
            + files
            + "; give one of them a new number");
  }

  private static ScriptFile read(MigrationSource.RawFile file) {
    return ScriptFile.of(
        file.name(), file.location(), ScriptDecoder.decode(file.name(), file.bytes()));
  }
}
