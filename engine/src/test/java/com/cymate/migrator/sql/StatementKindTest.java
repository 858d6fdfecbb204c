package com.cymate.migrator.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StatementKindTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "create index concurrently i on t (a)|CREATE INDEX CONCURRENTLY",
        "CREATE UNIQUE INDEX CONCURRENTLY i ON t (a)|CREATE UNIQUE INDEX CONCURRENTLY",
        "DROP INDEX CONCURRENTLY IF EXISTS i|DROP INDEX CONCURRENTLY",
        "REINDEX INDEX CONCURRENTLY i|REINDEX CONCURRENTLY",
        "REINDEX (VERBOSE, CONCURRENTLY) TABLE t|REINDEX CONCURRENTLY",
        "REINDEX SCHEMA app|REINDEX SCHEMA",
        "REINDEX (VERBOSE) DATABASE db|REINDEX DATABASE",
        "REINDEX SYSTEM db|REINDEX SYSTEM",
        "VACUUM (ANALYZE) t|VACUUM",
        "CREATE DATABASE d|CREATE DATABASE",
        "DROP DATABASE d|DROP DATABASE",
        "CREATE TABLESPACE s LOCATION '/x'|CREATE TABLESPACE",
        "DROP TABLESPACE s|DROP TABLESPACE",
        "ALTER SYSTEM SET work_mem = '8MB'|ALTER SYSTEM",
        "CREATE SUBSCRIPTION s CONNECTION 'x' PUBLICATION p|CREATE SUBSCRIPTION",
        "DROP SUBSCRIPTION s|DROP SUBSCRIPTION",
        "ALTER SUBSCRIPTION s REFRESH PUBLICATION|ALTER SUBSCRIPTION",
        "ALTER DATABASE d SET TABLESPACE s|ALTER DATABASE SET TABLESPACE",
        "CLUSTER|CLUSTER without a table",
        "CLUSTER VERBOSE|CLUSTER without a table",
        "ALTER TABLE p DETACH PARTITION c CONCURRENTLY|DETACH PARTITION CONCURRENTLY",
        "DISCARD ALL|DISCARD ALL"
      })
  void recognisesStatementsThatCannotRunInATransaction(String sql, String label) {
    StatementKind kind = StatementKind.of(sql);

    assertThat(kind.outsideTransaction()).isTrue();
    assertThat(kind.label()).isEqualTo(label);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "CREATE INDEX i ON t (a)",
        "REINDEX TABLE t",
        "REINDEX (CONCURRENTLY false) TABLE t",
        "CLUSTER t USING i",
        "ANALYZE t",
        "ALTER DATABASE d SET work_mem = '8MB'",
        "ALTER SUBSCRIPTION s DISABLE",
        "SELECT 'VACUUM'",
        "/* VACUUM */ SELECT 1",
        "REFRESH MATERIALIZED VIEW CONCURRENTLY v"
      })
  void everythingElseRunsInATransaction(String sql) {
    assertThat(StatementKind.of(sql).category()).isEqualTo(StatementKind.Category.TRANSACTIONAL);
  }

  @Test
  void copyDirectionsAreTold() {
    assertThat(StatementKind.of("COPY t TO STDOUT").category())
        .isEqualTo(StatementKind.Category.COPY_TO_STDOUT);
    assertThat(StatementKind.of("COPY t FROM STDIN").category())
        .isEqualTo(StatementKind.Category.TRANSACTIONAL);
  }
}
