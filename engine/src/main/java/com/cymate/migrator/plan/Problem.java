package com.cymate.migrator.plan;

import com.cymate.migrator.ExitCode;

/** Something that stops {@code up} (and fails {@code validate}), with what to do about it. */
public record Problem(ExitCode exitCode, String message) {}
