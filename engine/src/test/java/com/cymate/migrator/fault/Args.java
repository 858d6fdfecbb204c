package com.cymate.migrator.fault;

import com.cymate.migrator.testkit.TestDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Command lines for migrator processes. */
public final class Args {

  private Args() {}

  /** {@code up} against a JDBC URL, the test user, a migration folder, plus extra options. */
  public static List<String> up(String url, Path dir, String... extra) {
    return command("up", url, dir, extra);
  }

  public static List<String> command(String command, String url, Path dir, String... extra) {
    List<String> args =
        new ArrayList<>(List.of(command, "--url", url, "--user", TestDatabase.USER));
    args.addAll(List.of("--dir", dir.toString()));
    args.addAll(List.of(extra));
    return args;
  }
}
