package com.cymate.migrator.source;

/**
 * A migration as found on disk: a numbered pair of up and down scripts for one schema.
 *
 * @param schema the PostgreSQL schema (the folder name)
 * @param version the number compared numerically
 * @param description the part of the name between the version and {@code .up.sql}
 */
public record Migration(
    String schema, Version version, String description, ScriptFile up, ScriptFile down) {}
