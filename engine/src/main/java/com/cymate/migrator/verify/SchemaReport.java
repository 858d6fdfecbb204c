package com.cymate.migrator.verify;

import com.cymate.migrator.source.Version;
import java.util.List;
import java.util.Optional;

/**
 * The round trips of one schema.
 *
 * @param verified the versions whose up, down, up left the schema as it was, in order
 * @param mismatch the first version that did not; the versions after it were not tried
 */
public record SchemaReport(String schema, List<Version> verified, Optional<Mismatch> mismatch) {

  public SchemaReport {
    verified = List.copyOf(verified);
  }
}
