package com.cymate.migrator.verify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The lines two fingerprints do not share.
 *
 * @param onlyBefore lines of the first fingerprint missing from the second, sorted
 * @param onlyAfter lines of the second fingerprint missing from the first, sorted
 */
public record FingerprintDiff(List<String> onlyBefore, List<String> onlyAfter) {

  public FingerprintDiff {
    onlyBefore = List.copyOf(onlyBefore);
    onlyAfter = List.copyOf(onlyAfter);
  }

  public static FingerprintDiff between(CatalogFingerprint before, CatalogFingerprint after) {
    return new FingerprintDiff(
        without(before.lines(), after.lines()), without(after.lines(), before.lines()));
  }

  public boolean isEmpty() {
    return onlyBefore.isEmpty() && onlyAfter.isEmpty();
  }

  /**
   * {@code - line} for lines only before, {@code + line} for lines only after, ordered by the
   * object each line describes (the text before its first {@code ": "}), so that the two versions
   * of a changed object sit next to each other, the old one first.
   */
  public List<String> render() {
    List<Marked> all = new ArrayList<>();
    onlyBefore.forEach(l -> all.add(new Marked(l, false)));
    onlyAfter.forEach(l -> all.add(new Marked(l, true)));
    all.sort(
        Comparator.comparing(Marked::object)
            .thenComparing(Marked::after)
            .thenComparing(Marked::line));
    return all.stream().map(m -> (m.after() ? "+ " : "- ") + m.line()).toList();
  }

  private record Marked(String line, boolean after) {
    String object() {
      int end = line.indexOf(": ");
      return end < 0 ? line : line.substring(0, end);
    }
  }

  /** The lines of {@code a} not matched by a line of {@code b}, counting repeats. */
  private static List<String> without(List<String> a, List<String> b) {
    List<String> rest = new ArrayList<>(a);
    b.forEach(rest::remove);
    return rest;
  }
}
