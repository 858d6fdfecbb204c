package com.cymate.migrator.source;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Migrations held in memory: for planner tests, and for applications that embed their SQL. */
public final class InMemorySource implements MigrationSource {

  private final Map<String, Map<String, byte[]>> schemas = new TreeMap<>();

  /** Adds a file with UTF-8 text. */
  public InMemorySource add(String schema, String fileName, String text) {
    return addBytes(schema, fileName, text.getBytes(StandardCharsets.UTF_8));
  }

  public InMemorySource addBytes(String schema, String fileName, byte[] bytes) {
    schemas.computeIfAbsent(schema, s -> new TreeMap<>()).put(fileName, bytes.clone());
    return this;
  }

  @Override
  public List<String> schemas() {
    return List.copyOf(schemas.keySet());
  }

  @Override
  public List<RawFile> files(String schema) {
    List<RawFile> files = new ArrayList<>();
    schemas
        .getOrDefault(schema, Map.of())
        .forEach(
            (name, bytes) -> files.add(new RawFile(name, "memory:" + schema + "/" + name, bytes)));
    return files;
  }

  @Override
  public String describe(String schema) {
    return "memory:" + schema;
  }
}
