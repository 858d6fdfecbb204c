package com.cymate.migrator.plan;

import com.cymate.migrator.source.Version;
import java.util.Set;

/**
 * What the live database adds to the history rows, gathered by the caller so planning stays pure.
 *
 * @param running versions recorded in progress whose runner is still alive (not dirty)
 * @param loggedAsApplied versions the append-only log says are applied (last up or repair was not
 *     undone); one without a history row means the history was edited by hand
 */
public record HistoryFacts(Set<Version> running, Set<Version> loggedAsApplied) {

  public static final HistoryFacts NONE = new HistoryFacts(Set.of(), Set.of());

  public HistoryFacts {
    running = Set.copyOf(running);
    loggedAsApplied = Set.copyOf(loggedAsApplied);
  }
}
