package com.cymate.migrator.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real {@code java -jar migrator.jar} process against a test database, for what only separate
 * processes show: races between runners, lock waits, and the JVM's own defaults (file.encoding).
 * Output goes to files, so a chatty process never blocks on a full pipe.
 */
public final class MigratorProcess {

  /** Hang guard only: a run that takes longer is a failure, never a measured result. */
  private static final long BOUND_SECONDS = 180;

  private static Path jarCopy;

  private final Process process;
  private final Path out;
  private final Path err;

  private MigratorProcess(Process process, Path out, Path err) {
    this.process = process;
    this.out = out;
    this.err = err;
  }

  /** Starts {@code migrator <args> --url --user --dir} against the database. */
  public static MigratorProcess start(TestDatabase db, Path dir, String... args) {
    return start(db, dir, List.of(), args);
  }

  /** As {@link #start(TestDatabase, Path, String...)}, with extra JVM options first. */
  public static MigratorProcess start(
      TestDatabase db, Path dir, List<String> jvmOptions, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // a short-lived CLI: the quick JIT tier and a serial collector start fastest on two cores
    command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", jar().toString()));
    command.addAll(List.of(args));
    command.addAll(
        List.of("--url", db.url(), "--user", TestDatabase.USER, "--dir", dir.toString()));
    try {
      Path out = Files.createTempFile("migrator-out", ".txt");
      Path err = Files.createTempFile("migrator-err", ".txt");
      Process p =
          new ProcessBuilder(command)
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      return new MigratorProcess(p, out, err);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts {@code n} identical runners back to back, before waiting for any of them. */
  public static List<MigratorProcess> startAll(int n, TestDatabase db, Path dir, String... args) {
    List<MigratorProcess> all = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      all.add(start(db, dir, args));
    }
    return all;
  }

  public long pid() {
    return process.pid();
  }

  /** Waits for the exit; a process that outlives the hang guard is killed and fails the test. */
  public Result await() {
    try {
      if (!process.waitFor(BOUND_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
        throw new AssertionError(
            "migrator process did not finish within " + BOUND_SECONDS + " s: " + output(-1));
      }
      return output(process.exitValue());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      throw new IllegalStateException(e);
    }
  }

  public static List<Result> awaitAll(List<MigratorProcess> processes) {
    return processes.stream().map(MigratorProcess::await).toList();
  }

  private Result output(int code) {
    try {
      Result r =
          new Result(
              code,
              Files.readString(out, StandardCharsets.UTF_8),
              Files.readString(err, StandardCharsets.UTF_8));
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
      return r;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path jar() {
    Path jar = Path.of(System.getProperty("migrator.jar", "target/migrator.jar"));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          jar
              + " is missing: run the tests through Maven, which builds"
              + " it in process-test-classes");
    }
    return jar;
  }

  /** What one process printed and how it exited. */
  public record Result(int exitCode, String out, String err) {

    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }
}
