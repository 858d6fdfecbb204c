package com.cymate.migrator.verify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

class ScratchDatabaseTest {

  @Test
  void scratchDataSourceKeepsServerSettingsAndCredentialsButNotTheDatabase() {
    PGSimpleDataSource server = new PGSimpleDataSource();
    server.setURL("jdbc:postgresql://db.example:6543/cymate?sslmode=disable&connectTimeout=7");
    server.setUser("owner");
    server.setPassword("secret");
    server.setApplicationName("migrator");

    PGSimpleDataSource scratch = ScratchDatabase.onDatabase(server, "migrator_verify_0a1b2c3d4e5f");

    assertThat(scratch.getURL())
        .startsWith("jdbc:postgresql://db.example:6543/migrator_verify_0a1b2c3d4e5f?")
        .contains("sslmode=disable")
        .contains("connectTimeout=7")
        .contains("ApplicationName=migrator");
    assertThat(scratch.getUser()).isEqualTo("owner");
    assertThat(scratch.getPassword()).isEqualTo("secret");
    assertThat(server.getDatabaseName())
        .as("the target's data source is left alone")
        .isEqualTo("cymate");
  }
}
