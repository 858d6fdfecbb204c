package com.cymate.migrator.execute;

import com.cymate.migrator.source.Migration;
import com.cymate.migrator.sql.ParsedScript;

/** A migration whose up and down scripts were parsed and checked before the database is touched. */
public record PreparedMigration(Migration migration, ParsedScript up, ParsedScript down) {}
