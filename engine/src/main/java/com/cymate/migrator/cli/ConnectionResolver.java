package com.cymate.migrator.cli;

import com.cymate.migrator.InvalidInputException;
import java.util.Map;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Builds the data source from flags, then {@code PGHOST PGPORT PGDATABASE PGUSER PGPASSWORD}, then
 * libpq's defaults. The password goes to the driver only, never into the URL or a message.
 */
final class ConnectionResolver {

  private ConnectionResolver() {}

  record Resolved(PGSimpleDataSource dataSource, String description) {}

  static Resolved resolve(ConnectionOptions o, Map<String, String> env) {
    String url = o.url != null ? o.url : urlFromEnv(env);
    if (!url.startsWith("jdbc:postgresql:")) {
      throw new InvalidInputException(
          "--url '"
              + Redactor.redact(url)
              + "' is not a PostgreSQL JDBC URL"
              + " (jdbc:postgresql://host:port/database)");
    }
    PGSimpleDataSource ds = new PGSimpleDataSource();
    try {
      ds.setURL(url);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "--url '"
              + Redactor.redact(url)
              + "' is not a valid JDBC URL ("
              + Redactor.redact(e.getMessage())
              + "); write jdbc:postgresql://host:port/database");
    }
    String user = first(o.user, env.get("PGUSER"));
    if (user != null) {
      ds.setUser(user);
    }
    String password = first(o.password, env.get("PGPASSWORD"));
    if (password != null) {
      ds.setPassword(password);
    }
    ds.setApplicationName("migrator");
    // sends application_name in the startup packet (no SET round trip after connecting)
    ds.setAssumeMinServerVersion("9.4");
    ds.setConnectTimeout(10);
    String who = user != null ? " as user " + user : "";
    return new Resolved(ds, Redactor.redact(url) + who);
  }

  private static String urlFromEnv(Map<String, String> env) {
    String host = first(env.get("PGHOST"), "localhost");
    String port = first(env.get("PGPORT"), "5432");
    if (host.startsWith("/")) {
      throw new InvalidInputException(
          "PGHOST '"
              + host
              + "' is a Unix socket directory; the JDBC driver connects over TCP:"
              + " set PGHOST to a host name (e.g. localhost) or give --url");
    }
    if (!port.matches("[0-9]{1,5}")) {
      throw new InvalidInputException("PGPORT '" + port + "' is not a port number");
    }
    String db = first(env.get("PGDATABASE"), first(env.get("PGUSER"), "postgres"));
    return "jdbc:postgresql://" + host + ":" + port + "/" + db;
  }

  private static String first(String a, String b) {
    return a != null && !a.isEmpty() ? a : b;
  }
}
