package com.cymate.migrator.cli;

import com.cymate.migrator.plan.Entry;
import com.cymate.migrator.plan.Plan;
import com.cymate.migrator.plan.Status;
import java.util.List;
import java.util.Locale;

/** The human form of {@code status}: a summary line per schema, then one line per version. */
final class StatusText {

  private StatusText() {}

  static String render(List<Plan> plans) {
    StringBuilder out = new StringBuilder();
    for (Plan plan : plans) {
      out.append(summary(plan)).append('\n');
      for (Entry e : plan.entries()) {
        out.append(line(e)).append('\n');
      }
      plan.problems().forEach(p -> out.append("  ! ").append(p.message()).append('\n'));
    }
    return out.toString();
  }

  private static String summary(Plan plan) {
    return String.format(
        "schema %s: version %s, %d applied, %d pending%s%s%s%s",
        plan.schema(),
        plan.current().map(Object::toString).orElse("none"),
        plan.count(Status.APPLIED) + plan.count(Status.DRIFTED) + plan.count(Status.MISSING_FILE),
        plan.count(Status.PENDING) + plan.count(Status.OUT_OF_ORDER),
        counted(plan, Status.OUT_OF_ORDER, "out of order"),
        counted(plan, Status.DRIFTED, "drifted"),
        counted(plan, Status.MISSING_FILE, "without file (database ahead)")
            + counted(plan, Status.RUNNING, "running now"),
        plan.count(Status.IN_PROGRESS) + plan.count(Status.FAILED) > 0 ? ", DIRTY" : "");
  }

  private static String counted(Plan plan, Status status, String label) {
    long n = plan.count(status);
    return n == 0 ? "" : ", " + n + " " + label;
  }

  private static String line(Entry e) {
    String status = e.status().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    String when =
        e.row() == null
            ? ""
            : String.format(
                "  %s by %s in %d ms",
                e.row().appliedAt(), e.row().appliedBy(), e.row().executionMs());
    return String.format(
        "  %6s  %-40s %-14s%s%s", e.version(), e.description(), status, when, renamed(e));
  }

  /** Same checksum, new name: harmless, but the history and log still use the old one. */
  private static String renamed(Entry e) {
    boolean renamed =
        e.row() != null
            && e.file() != null
            && !e.row().description().equals(e.file().description());
    return renamed ? "  (applied as " + e.row().description() + ")" : "";
  }
}
