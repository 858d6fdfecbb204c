package com.cymate.migrator.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Builds migration folders for tests: written files, or copies of real ones byte for byte. */
public record MigrationDir(Path root) {

  public static MigrationDir in(Path tempDir) {
    return new MigrationDir(tempDir.resolve("sql"));
  }

  public MigrationDir write(String schema, String file, String text) {
    return writeBytes(schema, file, text.getBytes(StandardCharsets.UTF_8));
  }

  public MigrationDir writeBytes(String schema, String file, byte[] bytes) {
    try {
      Path folder = root.resolve(schema);
      Files.createDirectories(folder);
      Files.write(folder.resolve(file), bytes);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A migration pair with the given up and down SQL. */
  public MigrationDir pair(String schema, String name, String up, String down) {
    return write(schema, name + ".up.sql", up).write(schema, name + ".down.sql", down);
  }

  /** Copies every .sql file of {@code from} (not its sub-folders) into the schema folder. */
  public MigrationDir copyFrom(Path from, String schema) {
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".sql")).toList()) {
        writeBytes(schema, f.getFileName().toString(), Files.readAllBytes(f));
      }
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void delete(String schema, String file) {
    try {
      Files.delete(root.resolve(schema).resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Path repoRoot() {
    return Path.of(System.getProperty("repo.root", "..")).toAbsolutePath().normalize();
  }

  /** The shared real-world cases, copied into test resources byte for byte. */
  public static Path caseDir(String name) {
    return Path.of("src/test/resources/cases").resolve(name).toAbsolutePath();
  }
}
