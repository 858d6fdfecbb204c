package com.cymate.migrator.it;

import com.cymate.migrator.testkit.MigrationDir;
import java.nio.file.Files;
import java.nio.file.Path;

/** The shared real-world cases (byte-exact copies in test resources) put into a test's folder. */
final class CaseFiles {

  /** Every case runs as this schema, so its unqualified names land in {@code app}. */
  static final String SCHEMA = "app";

  private CaseFiles() {}

  /** A fresh migration folder holding the case's top-level files as schema {@code app}. */
  static MigrationDir copy(String caseName, Path tempDir) {
    return MigrationDir.in(tempDir).copyFrom(MigrationDir.caseDir(caseName), SCHEMA);
  }

  /** Copies one file of the case (e.g. {@code fixed/0002_x.up.sql}) over the folder's file. */
  static void replace(MigrationDir dir, String caseName, String relative) throws Exception {
    Path from = MigrationDir.caseDir(caseName).resolve(relative);
    dir.writeBytes(SCHEMA, from.getFileName().toString(), Files.readAllBytes(from));
  }

  static Path file(MigrationDir dir, String name) {
    return dir.root().resolve(SCHEMA).resolve(name);
  }
}
