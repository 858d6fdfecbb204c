package com.cymate.migrator.testkit;

import com.cymate.migrator.Connector;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.postgresql.ds.PGSimpleDataSource;

/** One test's own database on the shared embedded server, with helpers to query and run the CLI. */
public record TestDatabase(String name, int port) {

  public static final String USER = "postgres";

  public String url() {
    return "jdbc:postgresql://localhost:" + port + "/" + name;
  }

  public PGSimpleDataSource dataSource() {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(url());
    ds.setUser(USER);
    return ds;
  }

  public Connector connector() {
    return new Connector(dataSource(), url(), Duration.ZERO);
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url(), USER, "");
  }

  public void execute(String sql) throws SQLException {
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  /** The first column of every row, as text (null stays null). */
  public List<String> column(String sql) throws SQLException {
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      List<String> values = new ArrayList<>();
      while (rs.next()) {
        values.add(rs.getString(1));
      }
      return values;
    }
  }

  public String value(String sql) throws SQLException {
    List<String> values = column(sql);
    return values.isEmpty() ? null : values.get(0);
  }

  public long count(String sql) throws SQLException {
    return Long.parseLong(value(sql));
  }

  public boolean tableExists(String qualified) throws SQLException {
    return value("SELECT to_regclass('" + qualified.replace("'", "''") + "')") != null;
  }

  /** The applied versions of a schema, ascending; empty when it has no history yet. */
  public List<Long> versions(String schema) throws SQLException {
    if (!tableExists("\"" + schema + "\".schema_version")) {
      return List.of();
    }
    return column("SELECT version FROM \"" + schema + "\".schema_version ORDER BY version").stream()
        .map(Long::valueOf)
        .toList();
  }

  /** Runs the CLI in-process against this database with the given migration directory. */
  public CliResult cli(Path dir, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--url", url(), "--user", USER, "--dir", dir.toString()));
    return CliResult.run(all.toArray(String[]::new), Map.of());
  }

  /** The outcome of one CLI run. */
  public record CliResult(int exitCode, String out, String err) {

    public static CliResult run(String[] args, Map<String, String> env) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int code =
          com.cymate.migrator.cli.Main.run(
              args,
              new PrintStream(out, true, StandardCharsets.UTF_8),
              new PrintStream(err, true, StandardCharsets.UTF_8),
              env);
      return new CliResult(
          code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
  }
}
