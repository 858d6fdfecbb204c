package com.cymate.migrator.plan;

import com.cymate.migrator.source.Migration;
import com.cymate.migrator.source.Version;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of planning one schema.
 *
 * @param entries every version known from files or history, ascending
 * @param pending what {@code up} would apply, in order (respecting target and out-of-order)
 * @param problems what stops {@code up}; empty means valid
 */
public record Plan(
    String schema, List<Entry> entries, List<Migration> pending, List<Problem> problems) {

  /** The newest applied version, if any. */
  public Optional<Version> current() {
    return entries.stream()
        .filter(e -> e.row() != null && e.row().isApplied())
        .map(Entry::version)
        .reduce((a, b) -> b);
  }

  public long count(Status status) {
    return entries.stream().filter(e -> e.status() == status).count();
  }

  /** The same plan with one more problem, e.g. one only the live database shows. */
  public Plan withProblem(Problem problem) {
    List<Problem> all = new java.util.ArrayList<>(problems);
    all.add(problem);
    return new Plan(schema, entries, pending, List.copyOf(all));
  }

  public boolean isValid() {
    return problems.isEmpty();
  }
}
