package com.cymate.migrator.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FingerprintDiffTest {

  @Test
  void changedObjectShowsOldThenNewLineTogether() {
    CatalogFingerprint before =
        new CatalogFingerprint(
            "s",
            List.of(
                "column t.b: integer",
                "privileges on table t: postgres=arwdDxtm/postgres",
                "table t: owner postgres"));
    CatalogFingerprint after =
        new CatalogFingerprint(
            "s",
            List.of(
                "column t.b: integer default 42",
                "index t_b_idx: CREATE INDEX t_b_idx ON s.t USING btree (b)",
                "privileges on table t: =r/postgres postgres=arwdDxtm/postgres",
                "table t: owner postgres"));

    FingerprintDiff diff = FingerprintDiff.between(before, after);

    assertThat(diff.render())
        .containsExactly(
            "- column t.b: integer",
            "+ column t.b: integer default 42",
            "+ index t_b_idx: CREATE INDEX t_b_idx ON s.t USING btree (b)",
            "- privileges on table t: postgres=arwdDxtm/postgres",
            "+ privileges on table t: =r/postgres postgres=arwdDxtm/postgres");
  }

  @Test
  void equalFingerprintsHaveNoDifference() {
    CatalogFingerprint fp = new CatalogFingerprint("s", List.of("schema s: owner postgres"));

    assertThat(FingerprintDiff.between(fp, fp).isEmpty()).isTrue();
  }
}
