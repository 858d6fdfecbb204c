package com.cymate.migrator.plan;

import com.cymate.migrator.source.Version;

/**
 * @param target apply up to and including this version; null for all
 * @param outOfOrder apply pending versions older than the newest applied one
 */
public record PlanOptions(Version target, boolean outOfOrder) {

  public static final PlanOptions DEFAULT = new PlanOptions(null, false);
}
