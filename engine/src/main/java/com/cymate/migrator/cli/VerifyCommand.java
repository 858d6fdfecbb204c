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
 * Connector}, to reach a scratch database on the same server.
 */
@Parameters(
    commandDescription =
        "apply every migration up, down, up in a scratch database on the same server and check"
            + " that each down restores the schema; the target database is not touched")
final class VerifyCommand implements Command {

  @ParametersDelegate RunOptions run = new RunOptions();

  @Override
  public RunOptions runOptions() {
    return run;
  }

  @Override
  public int run(Context ctx) {
    MigratorSettings settings = Context.settings(run);
    ConnectionResolver.Resolved server = ctx.server();
    Connector connector = ctx.connector(server);
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
}
