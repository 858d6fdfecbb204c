package com.cymate.migrator.lint;

import com.cymate.migrator.sql.ParsedScript;
import com.cymate.migrator.sql.ScriptDirectives;
import com.cymate.migrator.sql.SqlStatement;
import com.cymate.migrator.sql.SqlTokens;
import java.util.ArrayList;
import java.util.List;

/**
 * Warns about risky operations in one migration file. Warnings are advice: they never stop a
 * migration.
 */
public final class Linter {

  private static final List<LintCheck> CHECKS =
      List.of(new IndexCheck(), new AlterTableCheck(), new TableCommandCheck());

  private Linter() {}

  public static List<LintWarning> lint(String file, ParsedScript script) {
    return lint(file, script.statements(), script.directives());
  }

  /**
   * @param file the file name, for the warnings
   * @param statements the file's statements in order; tables created by earlier ones are exempt
   * @param directives the file's directives; rules in {@code lintIgnore} are not reported
   */
  public static List<LintWarning> lint(
      String file, List<SqlStatement> statements, ScriptDirectives directives) {
    FreshTables fresh = new FreshTables();
    List<LintWarning> warnings = new ArrayList<>();
    for (SqlStatement statement : statements) {
      SqlTokens tokens = SqlTokens.of(statement.sql());
      for (Finding finding : findings(tokens, fresh)) {
        if (!directives.lintIgnore().contains(finding.rule().id())) {
          warnings.add(warning(file, statement, finding));
        }
      }
      fresh.record(tokens);
    }
    return List.copyOf(warnings);
  }

  private static List<Finding> findings(SqlTokens tokens, FreshTables fresh) {
    List<Finding> findings = new ArrayList<>();
    for (LintCheck check : CHECKS) {
      findings.addAll(check.check(tokens, fresh));
    }
    return findings;
  }

  private static LintWarning warning(String file, SqlStatement statement, Finding finding) {
    LintRule rule = finding.rule();
    int line = statement.positionOfIndex(finding.index()).line();
    return new LintWarning(file, line, rule.id(), rule.message(), rule.safeAlternative());
  }
}
