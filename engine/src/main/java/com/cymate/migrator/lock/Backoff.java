package com.cymate.migrator.lock;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Exponential back-off with jitter, so many waiting replicas do not poll in lock-step. */
public record Backoff(Duration first, Duration max) {

  public static final Backoff LOCK_POLL =
      new Backoff(Duration.ofMillis(50), Duration.ofMillis(500));

  public Duration delay(int attempt) {
    long base = first.toMillis() << Math.min(attempt, 16);
    long capped = Math.min(base, max.toMillis());
    return Duration.ofMillis(capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1));
  }

  public static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting", e);
    }
  }
}
