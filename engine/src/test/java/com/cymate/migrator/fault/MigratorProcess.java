package com.cymate.migrator.fault;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The real migrator as a separate operating-system process ({@code java -jar migrator.jar}), so a
 * test can SIGKILL it, run many at once, or let it lose its server. Output is collected by
 * background threads; a line predicate can fire a callback the moment a line appears on stderr.
 */
public final class MigratorProcess implements AutoCloseable {

  /** Plenty for one run here; a run that takes longer is a hang and fails the test. */
  public static final Duration MAX_RUN = Duration.ofSeconds(90);

  private final Process process;
  private final StringBuffer out = new StringBuffer();
  private final StringBuffer err = new StringBuffer();
  private final Thread outReader;
  private final Thread errReader;

  private MigratorProcess(Process process, Predicate<String> trigger, Runnable onTrigger) {
    this.process = process;
    this.outReader = reader(process.getInputStream(), out, line -> false, () -> {});
    this.errReader = reader(process.getErrorStream(), err, trigger, onTrigger);
  }

  /** Starts {@code java -jar migrator.jar ARGS} with its own output captured. */
  public static MigratorProcess start(List<String> args) {
    return start(args, line -> false, p -> {});
  }

  /**
   * Starts the migrator and calls {@code onLine} (once) with the process as soon as a stderr line
   * matches {@code trigger}, from the reading thread, before the next line is read.
   */
  public static MigratorProcess start(
      List<String> args, Predicate<String> trigger, Consumer<Process> onLine) {
    List<String> command = new ArrayList<>(javaCommand());
    command.addAll(args);
    try {
      Process p =
          new ProcessBuilder(command)
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
              .start();
      return new MigratorProcess(p, trigger, () -> onLine.accept(p));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts several at once, each with the same arguments. */
  public static List<MigratorProcess> startMany(int n, List<String> args) {
    List<MigratorProcess> all = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      all.add(start(args));
    }
    return all;
  }

  private static List<String> javaCommand() {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String jar = System.getProperty("migrator.jar");
    if (jar == null) {
      throw new IllegalStateException(
          "system property migrator.jar is not set (run through Maven)");
    }
    // C1 only and the serial collector: these runs are short, and 2 cores are shared by many
    return List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar);
  }

  private static Thread reader(
      InputStream in, StringBuffer sink, Predicate<String> trigger, Runnable onTrigger) {
    Thread t =
        new Thread(
            () -> {
              boolean fired = false;
              try (BufferedReader r =
                  new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                  sink.append(line).append('\n');
                  if (!fired && trigger.test(line)) {
                    fired = true;
                    onTrigger.run();
                  }
                }
              } catch (IOException e) {
                sink.append("[reading the output failed: ").append(e).append("]\n");
              }
            },
            "migrator-output");
    t.setDaemon(true);
    t.start();
    return t;
  }

  /** Waits (bounded) for the process to end and its output to be read; returns the exit code. */
  public int waitFor() {
    return waitFor(MAX_RUN);
  }

  public int waitFor(Duration max) {
    try {
      if (!process.waitFor(max.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("migrator still running after " + max + "; " + describe());
      }
      outReader.join(Duration.ofSeconds(10).toMillis());
      errReader.join(Duration.ofSeconds(10).toMillis());
      return process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Waits for every process; returns their exit codes in order. */
  public static List<Integer> waitForAll(List<MigratorProcess> all) {
    return all.stream().map(MigratorProcess::waitFor).toList();
  }

  public Process process() {
    return process;
  }

  public String out() {
    return out.toString();
  }

  public String err() {
    return err.toString();
  }

  public String describe() {
    return "pid " + process.pid() + "\n--- stdout:\n" + out + "--- stderr:\n" + err;
  }

  /** SIGKILL, idempotent; for {@code finally} blocks. */
  @Override
  public void close() {
    process.destroyForcibly();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Closes every process of the list, even when one of them throws. */
  public static void closeAll(List<MigratorProcess> all) {
    all.forEach(MigratorProcess::close);
  }
}
