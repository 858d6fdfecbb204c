package com.cymate.migrator.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A real PostgreSQL for tests: the embedded server starts once per JVM (about 3 s) and every test
 * method that asks for a {@link TestDatabase} gets a fresh database of its own, so tests never see
 * each other's schemas or history.
 */
public final class PostgresExtension implements ParameterResolver {

  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static EmbeddedPostgres server;

  @Override
  public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
    return p.getParameter().getType() == TestDatabase.class;
  }

  @Override
  public Object resolveParameter(ParameterContext p, ExtensionContext e) {
    return newDatabase();
  }

  /** A fresh, empty database on the shared server. */
  public static synchronized TestDatabase newDatabase() {
    String name = "t" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    try (Connection c = server().getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
    } catch (SQLException ex) {
      throw new IllegalStateException(ex);
    }
    return new TestDatabase(name, server().getPort());
  }

  static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().setServerConfig("max_connections", "200").start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(PostgresExtension::stop));
    }
    return server;
  }

  private static void stop() {
    try {
      server.close();
    } catch (IOException e) {
      // the JVM is exiting; the server process dies with its data directory
    }
  }
}
