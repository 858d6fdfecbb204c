package com.cymate.migrator.lint;

import com.cymate.migrator.sql.SqlTokens;
import java.util.List;

/** Looks at one statement; returns nothing for statements it is not about. */
interface LintCheck {

  List<Finding> check(SqlTokens tokens, FreshTables fresh);
}
