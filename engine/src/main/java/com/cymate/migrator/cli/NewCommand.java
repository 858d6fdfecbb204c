package com.cymate.migrator.cli;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.Parameters;
import com.beust.jcommander.ParametersDelegate;
import com.cymate.migrator.InvalidInputException;
import com.cymate.migrator.source.DirectorySource;
import com.cymate.migrator.source.Migration;
import com.cymate.migrator.source.MigrationAssembler;
import com.cymate.migrator.source.SchemaName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

@Parameters(commandDescription = "create the next numbered up/down pair: new NAME --schema S")
final class NewCommand implements Command {

  /** Refused by up until removed, so an unedited template never becomes an applied version. */
  private static final String DRAFT = "-- migrator:draft\n";

  @ParametersDelegate RunOptions run = new RunOptions();

  @Parameter(description = "NAME (letters, digits, _ and -)")
  List<String> name;

  @Override
  public RunOptions runOptions() {
    return run;
  }

  @Override
  public int run(Context ctx) {
    if (run.schema == null
        || name == null
        || name.size() != 1
        || !name.get(0).matches("[\\p{L}\\p{N}_\\-]+")) {
      throw new InvalidInputException(
          "usage: new NAME --schema S (NAME of letters, digits, _ and -; e.g. add_cvss_score)");
    }
    SchemaName.check(run.schema, "--schema " + run.schema);
    Path folder = run.dir.resolve(run.schema);
    if (!Files.isDirectory(folder)) {
      throw new InvalidInputException(
          "--schema "
              + run.schema
              + ": no folder "
              + folder
              + "; to start a new schema stream, create that folder first");
    }
    String base = String.format("%04d_%s", newest() + 1, name.get(0));
    write(folder.resolve(base + ".up.sql"), DRAFT + "-- " + base + ": what this changes and why\n");
    write(folder.resolve(base + ".down.sql"), DRAFT + "-- undo " + base + "\n");
    ctx.out.println(folder.resolve(base + ".up.sql"));
    ctx.out.println(folder.resolve(base + ".down.sql"));
    return 0;
  }

  private long newest() {
    List<Migration> existing =
        new MigrationAssembler(new DirectorySource(run.dir)).load(run.schema);
    return existing.isEmpty() ? 0 : existing.get(existing.size() - 1).version().value();
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(
          file, text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
