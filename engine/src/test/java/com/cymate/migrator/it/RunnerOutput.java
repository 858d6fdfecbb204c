package com.cymate.migrator.it;

import com.cymate.migrator.testkit.MigratorProcess;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the {@code "<schema>: applied N migration(s) [..]"} lines that {@code up} prints. */
final class RunnerOutput {

  private static final Pattern APPLIED =
      Pattern.compile(
          "(?m)^(\\S+): applied (\\d+) migration\\(s\\)(?: \\[([0-9, ]+)\\]|, up to date)$");

  private RunnerOutput() {}

  /** The versions of the schema that one runner says it applied. */
  static List<Long> applied(MigratorProcess.Result run, String schema) {
    Matcher m = APPLIED.matcher(run.out());
    while (m.find()) {
      if (m.group(1).equals(schema)) {
        return m.group(3) == null
            ? List.of()
            : Arrays.stream(m.group(3).split(", ")).map(Long::valueOf).toList();
      }
    }
    throw new AssertionError("no 'applied' line for schema " + schema + " in: " + run);
  }

  /** Every version any runner applied, one entry per application (duplicates kept). */
  static List<Long> appliedPerRunner(List<MigratorProcess.Result> runs, String schema) {
    List<Long> all = new ArrayList<>();
    runs.forEach(r -> all.addAll(applied(r, schema)));
    return all;
  }
}
