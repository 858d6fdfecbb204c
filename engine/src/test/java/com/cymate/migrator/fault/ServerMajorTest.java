package com.cymate.migrator.fault;

import static org.assertj.core.api.Assertions.assertThat;

import com.cymate.migrator.testkit.PostgresExtension;
import com.cymate.migrator.testkit.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The build runs the tests against the major chosen by {@code -Dpg.major}; this proves that the
 * server the tests talk to is really that major, not whatever binaries happened to resolve.
 */
@ExtendWith(PostgresExtension.class)
class ServerMajorTest {

  @Test
  void theServerUnderTestIsTheMajorTheBuildAskedFor(TestDatabase db) throws Exception {
    String major = System.getProperty("pg.major");
    assertThat(major).as("system property pg.major (set by the parent pom)").matches("\\d+");
    assertThat(db.value("SHOW server_version_num")).startsWith(major);
  }
}
