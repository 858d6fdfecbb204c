package com.cymate.migrator.cli;

import com.cymate.migrator.plan.Entry;
import com.cymate.migrator.plan.Plan;
import com.cymate.migrator.plan.Problem;
import com.cymate.migrator.plan.Status;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The machine form of {@code status}: one JSON document with a member per schema. */
final class StatusJson {

  private StatusJson() {}

  static String render(List<Plan> plans) {
    return plans.stream()
        .map(StatusJson::schema)
        .collect(Collectors.joining(",\n", "{\"format\": 1, \"schemas\": [\n", "\n]}\n"));
  }

  private static String schema(Plan plan) {
    boolean dirty = plan.count(Status.IN_PROGRESS) + plan.count(Status.FAILED) > 0;
    return "{\"schema\": "
        + str(plan.schema())
        + ", \"current\": "
        + plan.current().map(v -> Long.toString(v.value())).orElse("null")
        + ", \"pending\": "
        + plan.pending().size()
        + ", \"running\": "
        + plan.count(Status.RUNNING)
        + ", \"dirty\": "
        + dirty
        + ", \"valid\": "
        + plan.isValid()
        + ", \"problems\": "
        + problems(plan.problems())
        + ", \"migrations\": ["
        + plan.entries().stream().map(StatusJson::entry).collect(Collectors.joining(", "))
        + "]}";
  }

  private static String problems(List<Problem> problems) {
    return problems.stream()
        .map(
            p ->
                "{\"exit_code\": "
                    + p.exitCode().code()
                    + ", \"message\": "
                    + str(p.message())
                    + "}")
        .collect(Collectors.joining(", ", "[", "]"));
  }

  private static String entry(Entry e) {
    StringBuilder s =
        new StringBuilder(
            "{\"version\": "
                + e.version().value()
                + ", \"description\": "
                + str(e.description())
                + ", \"status\": "
                + str(e.status().name().toLowerCase(Locale.ROOT)));
    if (e.row() != null) {
      s.append(", \"applied_at\": ")
          .append(str(String.valueOf(e.row().appliedAt())))
          .append(", \"applied_by\": ")
          .append(str(e.row().appliedBy()))
          .append(", \"installed_rank\": ")
          .append(e.row().rank())
          .append(", \"execution_ms\": ")
          .append(e.row().executionMs())
          .append(", \"checksum\": ")
          .append(str(e.row().upChecksum()));
    }
    return s.append('}').toString();
  }

  static String str(String value) {
    if (value == null) {
      return "null";
    }
    StringBuilder s = new StringBuilder("\"");
    for (char ch : value.toCharArray()) {
      switch (ch) {
        case '"' -> s.append("\\\"");
        case '\\' -> s.append("\\\\");
        case '\n' -> s.append("\\n");
        case '\r' -> s.append("\\r");
        case '\t' -> s.append("\\t");
        default -> s.append(ch < 0x20 ? String.format("\\u%04x", (int) ch) : String.valueOf(ch));
      }
    }
    return s.append('"').toString();
  }
}
