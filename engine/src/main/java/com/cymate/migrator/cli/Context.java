package com.cymate.migrator.cli;

import com.cymate.migrator.Connector;
import com.cymate.migrator.Migrator;
import com.cymate.migrator.MigratorSettings;
import com.cymate.migrator.embedded.EmbeddedServer;
import com.cymate.migrator.source.DirectorySource;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * What a command runs with: output streams, the environment, and the connection options; opens the
 * embedded server lazily and closes it at the end.
 */
final class Context implements AutoCloseable {

  final PrintStream out;
  final PrintStream err;
  final Map<String, String> env;
  final ConnectionOptions connection;
  private final List<EmbeddedServer> toClose = new ArrayList<>();

  Context(PrintStream out, PrintStream err, Map<String, String> env, ConnectionOptions connection) {
    this.out = out;
    this.err = err;
    this.env = env;
    this.connection = connection;
  }

  Migrator migrator(RunOptions run, MigratorSettings settings) {
    return new Migrator(connector(), new DirectorySource(run.dir), settings);
  }

  /** For commands that only read files: connecting is an error, not a side effect. */
  Migrator offlineMigrator(RunOptions run) {
    return new Migrator(Connector.none(), new DirectorySource(run.dir), settings(run));
  }

  Connector connector() {
    return connector(server());
  }

  Connector connector(ConnectionResolver.Resolved server) {
    return new Connector(server.dataSource(), server.description(), connection.wait.duration());
  }

  /** The server's data source (the embedded one is started here and stopped at close). */
  ConnectionResolver.Resolved server() {
    if (!connection.embedded) {
      return ConnectionResolver.resolve(connection, env);
    }
    EmbeddedServer server = EmbeddedServer.start(connection.embeddedDir);
    toClose.add(server);
    try {
      return new ConnectionResolver.Resolved(
          server.dataSource().unwrap(PGSimpleDataSource.class), server.description());
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("the embedded server's data source is not pgjdbc's", e);
    }
  }

  static MigratorSettings settings(RunOptions run) {
    return settings(run, false, false);
  }

  static MigratorSettings settings(RunOptions run, boolean strictLint, boolean force) {
    return new MigratorSettings(
        run.lockWait.duration(),
        run.lockTimeout.duration(),
        run.lockRetries,
        run.statementTimeout.duration(),
        strictLint,
        force,
        MigratorSettings.defaults().performedFrom());
  }

  @Override
  public void close() {
    for (EmbeddedServer c : toClose) {
      c.close();
    }
  }
}
