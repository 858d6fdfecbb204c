package com.cymate.migrator.execute;

import com.cymate.migrator.DatabaseAheadException;
import com.cymate.migrator.DirtySchemaException;
import com.cymate.migrator.ValidationException;
import com.cymate.migrator.plan.Plan;
import com.cymate.migrator.plan.Problem;

/** Turns a plan's first problem into the exception (and so the exit code) it stands for. */
public final class PlanProblems {

  private PlanProblems() {}

  public static void throwIfAny(Plan plan) {
    if (plan.problems().isEmpty()) {
      return;
    }
    Problem first = plan.problems().get(0);
    String more =
        plan.problems().size() > 1 ? " (and " + (plan.problems().size() - 1) + " more)" : "";
    String message = first.message() + more;
    switch (first.exitCode()) {
      case DIRTY -> throw new DirtySchemaException(message);
      case DATABASE_AHEAD -> throw new DatabaseAheadException(message);
      default -> throw new ValidationException(message);
    }
  }
}
