package com.cymate.migrator.execute;

import com.cymate.migrator.InvalidInputException;
import com.cymate.migrator.source.Migration;
import com.cymate.migrator.source.ScriptFile;
import com.cymate.migrator.source.Version;
import com.cymate.migrator.sql.ParsedScript;
import com.cymate.migrator.sql.ScriptAnalyzer;
import com.cymate.migrator.sql.ScriptProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses and checks every script of a schema before anything is executed. */
public final class PreparedMigrations {

  private PreparedMigrations() {}

  /**
   * @throws InvalidInputException listing every problem as {@code file:line:column: message}
   */
  public static Map<Version, PreparedMigration> of(List<Migration> migrations) {
    Map<Version, PreparedMigration> prepared = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (Migration m : migrations) {
      ParsedScript up = parse(m.up(), problems);
      ParsedScript down = parse(m.down(), problems);
      prepared.put(m.version(), new PreparedMigration(m, up, down));
    }
    if (!problems.isEmpty()) {
      throw invalid(problems);
    }
    return prepared;
  }

  /** Parses one script, e.g. a down SQL recorded in the history; throws on any problem. */
  public static ParsedScript parseOrThrow(ScriptFile script) {
    List<String> problems = new ArrayList<>();
    ParsedScript parsed = parse(script, problems);
    if (!problems.isEmpty()) {
      throw invalid(problems);
    }
    return parsed;
  }

  private static ParsedScript parse(ScriptFile file, List<String> problems) {
    ParsedScript parsed = ScriptAnalyzer.analyze(file.text());
    for (ScriptProblem p : parsed.problems()) {
      problems.add(file.name() + ":" + p.line() + ":" + p.column() + ": " + p.message());
    }
    return parsed;
  }

  private static InvalidInputException invalid(List<String> problems) {
    String first = problems.get(0);
    if (problems.size() == 1) {
      return new InvalidInputException(first + " (nothing was executed)");
    }
    return new InvalidInputException(
        first
            + " (nothing was executed; also: "
            + String.join("; ", problems.subList(1, problems.size()))
            + ")");
  }
}
