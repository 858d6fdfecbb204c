package com.cymate.migrator.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What {@link RoundTripVerifier} found, per schema in the order they were verified. */
public record VerifyReport(List<SchemaReport> schemas) {

  public VerifyReport {
    schemas = List.copyOf(schemas);
  }

  public Optional<Mismatch> firstMismatch() {
    return schemas.stream().flatMap(s -> s.mismatch().stream()).findFirst();
  }

  /** Per schema: the verified versions, then the difference of a mismatch. */
  public List<String> render() {
    List<String> lines = new ArrayList<>();
    for (SchemaReport s : schemas) {
      lines.add(
          s.schema()
              + ": "
              + s.verified().size()
              + " migration(s) restore the schema on down (up, down, up): "
              + s.verified());
      s.mismatch().ifPresent(m -> lines.addAll(m.describe()));
    }
    return lines;
  }
}
