package com.cymate.migrator.source;

import com.cymate.migrator.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Migrations in a folder tree: {@code <dir>/<schema>/NNNN_name.up.sql}. Hidden entries and README
 * files are ignored; every other regular file must be a migration.
 */
public final class DirectorySource implements MigrationSource {

  private final Path root;

  public DirectorySource(Path root) {
    if (!Files.isDirectory(root)) {
      throw new InvalidInputException(
          "--dir " + root + ": no such directory (it should hold one folder per schema)");
    }
    this.root = root;
  }

  @Override
  public List<String> schemas() {
    try (Stream<Path> entries = Files.list(root)) {
      return entries
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .filter(name -> !name.startsWith("."))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public List<RawFile> files(String schema) {
    Path folder = root.resolve(schema);
    if (!Files.isDirectory(folder)) {
      throw new InvalidInputException(
          "--schema " + schema + ": no folder " + folder + " (schemas: " + schemas() + ")");
    }
    List<RawFile> files = new ArrayList<>();
    for (Path file : list(folder)) {
      files.add(new RawFile(file.getFileName().toString(), file.toString(), read(file)));
    }
    return files;
  }

  @Override
  public String describe(String schema) {
    return root.resolve(schema).toString();
  }

  private static List<Path> list(Path folder) {
    try (Stream<Path> entries = Files.list(folder)) {
      // sorted, so the first problem reported does not depend on the file system's order
      return entries
          .filter(Files::isRegularFile)
          .filter(DirectorySource::isCandidate)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isCandidate(Path file) {
    String name = file.getFileName().toString();
    return !name.startsWith(".") && !name.toUpperCase(java.util.Locale.ROOT).startsWith("README");
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new InvalidInputException(file + ": cannot be read: " + e.getMessage(), e);
    }
  }
}
