package com.cymate.migrator.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.cymate.migrator.history.SchemaHistory;
import com.cymate.migrator.testkit.PostgresExtension;
import com.cymate.migrator.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The fingerprint against real catalogs: what it shows, and what it must not tell apart. */
@ExtendWith(PostgresExtension.class)
class CatalogFingerprintTest {

  /** One of each kind of object the fingerprint covers. */
  private static final String RICH_SCHEMA =
      """
      CREATE SCHEMA s;
      SET search_path = s;
      CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
      ALTER TYPE mood ADD VALUE 'meh' BEFORE 'ok';
      CREATE DOMAIN positive AS integer CONSTRAINT positive_check CHECK (VALUE > 0);
      CREATE SEQUENCE counter START 10 INCREMENT 5;
      CREATE TABLE item (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        name text COLLATE "C" NOT NULL DEFAULT 'x',
        feeling mood,
        amount positive,
        twice integer GENERATED ALWAYS AS (amount * 2) STORED,
        CONSTRAINT item_name_check CHECK (name <> ''));
      CREATE INDEX item_name_idx ON item (lower(name)) WHERE feeling <> 'sad';
      CREATE VIEW happy_item AS SELECT id, name FROM item WHERE feeling = 'happy';
      CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
      CREATE TRIGGER item_touch BEFORE UPDATE ON item FOR EACH ROW EXECUTE FUNCTION touch();
      COMMENT ON TABLE item IS 'things';
      COMMENT ON COLUMN item.name IS 'what it is called';
      GRANT SELECT ON happy_item TO PUBLIC;
      """;

  @Test
  void everyKindOfObjectShowsByNameAndDefinition(TestDatabase db) throws Exception {
    db.execute(RICH_SCHEMA);

    CatalogFingerprint fp = fingerprint(db, "s");

    assertThat(fp.lines())
        .contains(
            "column item.id: bigint not null generated always as identity",
            "column item.name: text not null default 'x'::text collate \"C\"",
            "column item.twice: integer generated always as (((amount)::integer * 2)) stored",
            "comment on column name of table s.item: what it is called",
            "comment on table s.item: things",
            "constraint item.item_name_check: CHECK ((name <> ''::text))",
            "constraint positive.positive_check: CHECK ((VALUE > 0))",
            "function touch(): owner postgres CREATE OR REPLACE FUNCTION s.touch()\\n"
                + " RETURNS trigger\\n LANGUAGE plpgsql\\nAS $function$ BEGIN RETURN NEW; END"
                + " $function$",
            "index item_name_idx: CREATE INDEX item_name_idx ON s.item USING btree (lower(name))"
                + " WHERE (feeling <> 'sad'::s.mood)",
            "sequence counter: owner postgres as bigint start 10 increment 5 min 1"
                + " max 9223372036854775807 cache 1",
            "sequence item_id_seq: owner postgres as bigint start 1 increment 1 min 1"
                + " max 9223372036854775807 cache 1 owned by s.item.id",
            "trigger item.item_touch: CREATE TRIGGER item_touch BEFORE UPDATE ON s.item FOR EACH"
                + " ROW EXECUTE FUNCTION s.touch()",
            "type mood: owner postgres enum ('sad', 'meh', 'ok', 'happy')",
            "type positive: owner postgres domain integer");
    // PostgreSQL 17 added the MAINTAIN privilege (m); 16 stopped qualifying view columns
    assertThat(fp.lines())
        .anyMatch(
            l ->
                l.matches("privileges on view happy_item: =r/postgres postgres=arwdDxtm?/postgres"))
        .anyMatch(
            l ->
                l.matches(
                    "view happy_item as: SELECT (happy_item\\.|item\\.)?id,\\\\n.*"
                        + "FROM s\\.item\\\\n  WHERE \\(.*feeling = 'happy'::s\\.mood\\);"));
  }

  @Test
  void sameStatementsInAnotherDatabaseFingerprintAlikeDespiteOtherOids(TestDatabase db)
      throws Exception {
    TestDatabase other = PostgresExtension.newDatabase();
    other.execute("CREATE TABLE shift_the_oids (a int); DROP TABLE shift_the_oids;");
    db.execute(RICH_SCHEMA);
    other.execute(RICH_SCHEMA);

    assertThat(fingerprint(other, "s")).isEqualTo(fingerprint(db, "s"));
  }

  @Test
  void historyTablesAreLeftOut(TestDatabase db) throws Exception {
    try (Connection c = db.connect()) {
      new SchemaHistory("s", "test@host").create(c);
    }

    assertThat(fingerprint(db, "s").lines())
        .containsExactly(
            "privileges on schema s: postgres=UC/postgres", "schema s: owner postgres");
  }

  @Test
  void grantUndoneByRevokeFingerprintsAsNeverGranted(TestDatabase db) throws Exception {
    db.execute("CREATE SCHEMA s; CREATE TABLE s.t (a int);");
    CatalogFingerprint before = fingerprint(db, "s");

    db.execute("GRANT SELECT ON s.t TO PUBLIC; REVOKE SELECT ON s.t FROM PUBLIC;");

    assertThat(db.value("SELECT relacl::text FROM pg_class WHERE oid = 's.t'::regclass"))
        .as("the catalog itself does differ: NULL became an explicit owner entry")
        .isNotNull();
    assertThat(fingerprint(db, "s")).isEqualTo(before);
  }

  private static CatalogFingerprint fingerprint(TestDatabase db, String schema)
      throws SQLException {
    try (Connection c = db.connect()) {
      return CatalogFingerprint.of(c, schema);
    }
  }
}
