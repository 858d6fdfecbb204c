package com.cymate.migrator.badinput;

import static com.cymate.migrator.badinput.BadInput.SCHEMA;
import static com.cymate.migrator.badinput.BadInput.refused;
import static com.cymate.migrator.badinput.Fixtures.base;
import static com.cymate.migrator.badinput.Fixtures.baseApplied;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

/**
 * Bad command lines and connections. Cases that give their own {@code --url} or {@code --dir} get
 * nothing appended for it.
 */
final class CommandLineInputs {

  private CommandLineInputs() {}

  static Stream<BadInput> all() {
    return Stream.of(
        refused("--dir that does not exist", base(), 3, "--dir /nonexistent/sql: no such directory")
            .args("up", "--dir", "/nonexistent/sql"),
        refused("--schema without a folder", base(), 3, "--schema nope: no folder")
            .args("up", "--schema", "nope"),
        refused("unknown command", base(), 3, "upp").args("upp"),
        refused("unknown flag", base(), 3, "--frobnicate").args("up", "--frobnicate"),
        refused("down --steps 0", baseApplied(), 3, "--steps must be 1 or more")
            .args("down", "--schema", SCHEMA, "--steps", "0"),
        refused("down --steps with --target", baseApplied(), 3, "either --steps or --target")
            .args("down", "--schema", SCHEMA, "--steps", "1", "--target", "0"),
        refused("down --steps not a number", baseApplied(), 3, "--steps")
            .args("down", "--schema", SCHEMA, "--steps", "two"),
        refused(
                "down without --schema when there are two schemas",
                baseApplied()
                    .then((db, dir) -> dir.pair("other", "0001_o", "SELECT 1;", "SELECT 1;")),
                3,
                "down needs --schema")
            .args("down"),
        refused("--url not a JDBC URL", base(), 3, "is not a PostgreSQL JDBC URL")
            .args("up", "--url", "postgres://cymate:s3cret@db.example/cymate")
            .check(
                (db, before, r) -> {
                  BadInput.UNCHANGED.verify(db, before, r);
                  assertThat(r.out() + r.err()).doesNotContain("s3cret");
                }),
        refused(
                "unreachable server",
                base(),
                6,
                "cannot connect to",
                "jdbc:postgresql://127.0.0.1:1/x",
                "Connection to 127.0.0.1:1 refused")
            .args("up", "--url", "jdbc:postgresql://127.0.0.1:1/x"));
  }
}
