package com.cymate.migrator.it;

import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * Waits for a condition another session or process brings about, probing it with a bound: a hang
 * guard, never a timing assertion.
 */
final class Poll {

  private static final Duration BOUND = Duration.ofSeconds(120);
  private static final long PAUSE_MS = 50;

  private Poll() {}

  /** Probes until it returns something other than null or false; returns that value. */
  static <T> T until(String what, Callable<T> probe) throws Exception {
    long deadline = System.nanoTime() + BOUND.toNanos();
    while (true) {
      T value = probe.call();
      if (value != null && !Boolean.FALSE.equals(value)) {
        return value;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("gave up after " + BOUND.toSeconds() + " s waiting for " + what);
      }
      Thread.sleep(PAUSE_MS);
    }
  }
}
