package com.cymate.migrator.verify;

import com.cymate.migrator.Connector;
import com.cymate.migrator.DatabaseUnreachableException;
import com.cymate.migrator.InvalidInputException;
import com.cymate.migrator.MigrationException;
import com.cymate.migrator.MigrationFailedException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A database of its own on the target's server, created through an existing connection and reached
 * with the same settings and credentials under another database name; closing it drops it, along
 * with any session still connected.
 */
public final class ScratchDatabase implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ScratchDatabase.class);
  private static final String PREFIX = "migrator_verify_";
  private static final String INSUFFICIENT_PRIVILEGE = "42501";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Connection admin;
  private final String name;
  private final PGSimpleDataSource dataSource;

  private ScratchDatabase(Connection admin, String name, PGSimpleDataSource dataSource) {
    this.admin = admin;
    this.name = name;
    this.dataSource = dataSource;
  }

  /**
   * @param admin an open connection to any database of the server; it also drops the scratch
   *     database, so keep it open until {@link #close()}
   * @param server how to reach the server; only its database name is replaced
   */
  public static ScratchDatabase create(Connection admin, PGSimpleDataSource server) {
    String name = PREFIX + randomSuffix();
    try (Statement s = admin.createStatement()) {
      admin.setAutoCommit(true); // CREATE DATABASE refuses to run inside a transaction block
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw cannotCreate(name, e);
    }
    log.info("created scratch database {}", name);
    return new ScratchDatabase(admin, name, onDatabase(server, name));
  }

  /** The same server, settings and credentials, connecting to another database. */
  static PGSimpleDataSource onDatabase(PGSimpleDataSource server, String database) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(server.getURL()); // the URL carries every property but the credentials
    ds.setUser(server.getUser());
    ds.setPassword(server.getPassword());
    ds.setDatabaseName(database);
    return ds;
  }

  public String name() {
    return name;
  }

  public Connector connector() {
    return new Connector(dataSource, "scratch database " + name, Duration.ZERO);
  }

  /** Drops the database; FORCE ends sessions a failed run may have left behind. */
  @Override
  public void close() {
    try (Statement s = admin.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      log.info("dropped scratch database {}", name);
    } catch (SQLException e) {
      log.warn(
          "could not drop scratch database {}; drop it by hand: DROP DATABASE {} WITH (FORCE)",
          name,
          name);
      throw new MigrationFailedException(
          "could not drop the scratch database "
              + name
              + ": "
              + e.getMessage()
              + " (drop it by hand: DROP DATABASE "
              + name
              + " WITH (FORCE))",
          e);
    }
  }

  private static String randomSuffix() {
    byte[] bytes = new byte[6];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private static MigrationException cannotCreate(String name, SQLException e) {
    String state = String.valueOf(e.getSQLState());
    String message =
        "cannot create the scratch database " + name + " for verify: " + e.getMessage();
    if (state.equals(INSUFFICIENT_PRIVILEGE)) {
      return new InvalidInputException(
          message
              + " (verify needs a role with CREATEDB: pass one with --user, or run verify"
              + " against a development server)",
          e);
    }
    if (state.startsWith("08") || state.startsWith("57P")) {
      return new DatabaseUnreachableException(message, e);
    }
    return new MigrationFailedException(message, e);
  }
}
