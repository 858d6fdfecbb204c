package com.cymate.migrator.cli;

import com.beust.jcommander.Parameters;
import com.beust.jcommander.ParametersDelegate;
import com.cymate.migrator.Connector;
import com.cymate.migrator.DirtySchemaException;
import com.cymate.migrator.LockTimeoutException;
import com.cymate.migrator.MigrationFailedException;
import com.cymate.migrator.Migrator;
import com.cymate.migrator.MigratorSettings;
import com.cymate.migrator.ValidationException;
import com.cymate.migrator.embedded.EmbeddedServer;
import com.cymate.migrator.execute.PreparedMigration;
import com.cymate.migrator.source.DirectorySource;
import com.cymate.migrator.source.Version;
import com.cymate.migrator.verify.Mismatch;
import com.cymate.migrator.verify.RoundTripVerifier;
import com.cymate.migrator.verify.ScratchDatabase;
import com.cymate.migrator.verify.VerifyReport;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * {@code verify}. Unlike the other commands it needs the data source itself, not only a {@link
 * Connector}, to reach a scratch database on the same server, so it resolves the connection (or
 * starts the embedded server) here instead of through {@link Context#connector()}.
 */
@Parameters(
    commandDescription =
        "apply every migration up, down, up in a scratch database on the same server and check"
            + " that each down restores the schema; the target database is not touched")
final class VerifyCommand implements Command {

  @ParametersDelegate RunOptions run = new RunOptions();

  /** Where the server is: a data source whose database name verify may replace. */
  private record Server(PGSimpleDataSource dataSource, String description) {}

  @Override
  public RunOptions runOptions() {
    return run;
  }

  @Override
  public int run(Context ctx) {
    MigratorSettings settings = Context.settings(run);
    try (EmbeddedServer embedded = startEmbedded(ctx.connection)) {
      Server server = embedded != null ? embeddedServer(embedded) : resolve(ctx);
      Connector connector =
          new Connector(server.dataSource(), server.description(), ctx.connection.wait.duration());
      Migrator migrator = new Migrator(connector, new DirectorySource(run.dir), settings);
      Map<String, Map<Version, PreparedMigration>> prepared =
          migrator.prepare(migrator.schemas(run.schema));
      VerifyReport report = verify(ctx, connector, server.dataSource(), prepared, settings);
      report.render().forEach(ctx.out::println);
      Optional<Mismatch> mismatch = report.firstMismatch();
      if (mismatch.isPresent()) {
        throw new ValidationException(mismatch.get().summary());
      }
      return 0;
    }
  }

  private static VerifyReport verify(
      Context ctx,
      Connector connector,
      PGSimpleDataSource server,
      Map<String, Map<Version, PreparedMigration>> prepared,
      MigratorSettings settings) {
    try (Connection admin = connector.open();
        ScratchDatabase scratch = ScratchDatabase.create(admin, server)) {
      ctx.out.println(
          "verify: applying every migration up, down, up in scratch database "
              + scratch.name()
              + " (dropped afterwards)");
      return new RoundTripVerifier(scratch.connector(), settings).verify(prepared);
    } catch (DirtySchemaException | LockTimeoutException e) {
      // its advice (repair, retry) is about the scratch database, which is gone
      throw new MigrationFailedException(
          "in the scratch database (your database is untouched): " + e.getMessage(), e);
    } catch (SQLException e) {
      throw new MigrationFailedException("closing the connection failed: " + e.getMessage(), e);
    }
  }

  private static EmbeddedServer startEmbedded(ConnectionOptions connection) {
    return connection.embedded ? EmbeddedServer.start(connection.embeddedDir) : null;
  }

  private static Server embeddedServer(EmbeddedServer embedded) {
    try {
      return new Server(
          embedded.dataSource().unwrap(PGSimpleDataSource.class), embedded.description());
    } catch (SQLException e) {
      throw new IllegalStateException("the embedded server's data source is not pgjdbc's", e);
    }
  }

  private static Server resolve(Context ctx) {
    ConnectionResolver.Resolved r = ConnectionResolver.resolve(ctx.connection, ctx.env);
    return new Server(r.dataSource(), r.description());
  }
}
