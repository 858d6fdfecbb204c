/**
 * Planning: a pure function of (files on disk, history rows, options) that classifies every version
 * and lists the problems that stop a run. No database, no I/O: tested with in-memory values.
 */
package com.cymate.migrator.plan;
