package com.cymate.migrator.verify;

import com.cymate.migrator.source.Version;
import java.util.ArrayList;
import java.util.List;

/**
 * A migration whose round trip changed the schema.
 *
 * @param file the file to fix: the down that left a difference, or the up that built something else
 *     the second time
 */
public record Mismatch(
    String schema, Version version, Kind kind, String file, FingerprintDiff diff) {

  /** Which comparison of the up, down, up round trip failed. */
  public enum Kind {
    /** Before the up and after the down differ: the down does not undo the up. */
    DOWN_DOES_NOT_RESTORE(
        "does not restore the schema its up started from",
        "- only before the up, + only after the down"),
    /** After the first and the second up differ: the down left something the up depends on. */
    UP_NOT_REPEATABLE(
        "gives a different schema when applied again after its down",
        "- only after the first up, + only after the second up");

    private final String problem;
    private final String legend;

    Kind(String problem, String legend) {
      this.problem = problem;
      this.legend = legend;
    }
  }

  /** The one line for the error message. */
  public String summary() {
    return String.format(
        "%s: %s %s (%d line(s) differ; the difference is printed on standard output)",
        schema, file, kind.problem, diff.onlyBefore().size() + diff.onlyAfter().size());
  }

  /** The heading, the legend and every differing line. */
  public List<String> describe() {
    List<String> lines = new ArrayList<>();
    lines.add(schema + ": " + file + " " + kind.problem + " (" + kind.legend + "):");
    diff.render().forEach(l -> lines.add("  " + l));
    return lines;
  }
}
