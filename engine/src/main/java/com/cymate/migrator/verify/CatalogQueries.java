package com.cymate.migrator.verify;

import java.util.List;

/**
 * The catalog query behind {@link CatalogFingerprint}: one {@code UNION ALL} of text lines, one
 * line per object or property, built only from names and {@code pg_get_*def} output so that two
 * schemas built by the same statements fingerprint alike whatever their OIDs. Run with {@code
 * search_path = pg_catalog}, so every name the server prints is schema-qualified the same way.
 */
final class CatalogQueries {

  private CatalogQueries() {}

  /** The objects of the schema ({@code ?}), without the migrator's history tables and theirs. */
  private static final String OBJECTS =
      """
      WITH s AS (SELECT oid FROM pg_namespace WHERE nspname = ?),
      history AS (
        SELECT c.oid FROM pg_class c JOIN s ON c.relnamespace = s.oid
        WHERE c.relkind = 'r' AND c.relname IN ('schema_version', 'schema_version_log')),
      excluded AS (
        SELECT oid FROM history
        UNION SELECT x.indexrelid FROM pg_index x JOIN history h ON x.indrelid = h.oid
        UNION SELECT d.objid FROM pg_depend d JOIN history h ON d.refobjid = h.oid
          WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass),
      rel AS (
        SELECT c.*, CASE c.relkind WHEN 'r' THEN 'table' WHEN 'p' THEN 'partitioned table'
            WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view' WHEN 'S' THEN 'sequence'
            WHEN 'f' THEN 'foreign table' WHEN 'c' THEN 'composite type' WHEN 'i' THEN 'index'
            WHEN 'I' THEN 'partitioned index' ELSE 'relation' END AS kind
        FROM pg_class c JOIN s ON c.relnamespace = s.oid
        WHERE c.relkind <> 't' AND c.oid NOT IN (SELECT oid FROM excluded)),
      types AS (
        SELECT t.* FROM pg_type t JOIN s ON t.typnamespace = s.oid
        WHERE t.typtype IN ('b', 'd', 'e', 'r')
          AND NOT EXISTS (SELECT 1 FROM pg_type a WHERE a.typarray = t.oid)),
      objects AS (
        SELECT 'pg_namespace'::regclass AS classid, oid FROM s
        UNION ALL SELECT 'pg_class'::regclass, oid FROM rel
        UNION ALL SELECT 'pg_type'::regclass, oid FROM types
        UNION ALL SELECT 'pg_constraint'::regclass, c.oid FROM pg_constraint c
          WHERE c.conrelid IN (SELECT oid FROM rel) OR c.contypid IN (SELECT oid FROM types)
        UNION ALL SELECT 'pg_proc'::regclass, p.oid FROM pg_proc p JOIN s ON p.pronamespace = s.oid
        UNION ALL SELECT 'pg_trigger'::regclass, g.oid FROM pg_trigger g
          WHERE g.tgrelid IN (SELECT oid FROM rel) AND NOT g.tgisinternal
        UNION ALL SELECT 'pg_policy'::regclass, p.oid FROM pg_policy p
          WHERE p.polrelid IN (SELECT oid FROM rel)
        UNION ALL SELECT 'pg_rewrite'::regclass, w.oid FROM pg_rewrite w
          WHERE w.ev_class IN (SELECT oid FROM rel) AND w.rulename <> '_RETURN')
      """;

  private static final String SCHEMA =
      """
      SELECT 'schema ' || quote_ident(n.nspname) || ': owner '
          || quote_ident(pg_get_userbyid(n.nspowner)) AS line
      FROM pg_namespace n JOIN s ON n.oid = s.oid
      """;

  private static final String RELATIONS =
      """
      SELECT r.kind || ' ' || quote_ident(r.relname) || ': owner '
          || quote_ident(pg_get_userbyid(r.relowner))
          || CASE r.relpersistence WHEN 'u' THEN ' unlogged' WHEN 't' THEN ' temporary' ELSE '' END
          || CASE WHEN r.relrowsecurity THEN ' row level security' ELSE '' END
          || CASE WHEN r.relforcerowsecurity THEN ' (forced)' ELSE '' END
          || CASE WHEN r.relkind NOT IN ('r', 'p') THEN ''
              WHEN r.relreplident = 'n' THEN ' replica identity nothing'
              WHEN r.relreplident = 'f' THEN ' replica identity full' ELSE '' END
          || coalesce(' with (' || array_to_string(r.reloptions, ', ') || ')', '')
          || coalesce(' partition by ' || pg_get_partkeydef(r.oid), '')
          || coalesce(' inherits ' || (SELECT string_agg(i.inhparent::regclass::text, ', '
              ORDER BY i.inhseqno) FROM pg_inherits i WHERE i.inhrelid = r.oid), '')
          || coalesce(' ' || pg_get_expr(r.relpartbound, r.oid), '')
          || coalesce((SELECT ' as ' || format_type(q.seqtypid, NULL) || ' start ' || q.seqstart
              || ' increment ' || q.seqincrement || ' min ' || q.seqmin || ' max ' || q.seqmax
              || ' cache ' || q.seqcache || CASE WHEN q.seqcycle THEN ' cycle' ELSE '' END
              FROM pg_sequence q WHERE q.seqrelid = r.oid), '')
          || coalesce((SELECT ' owned by ' || d.refobjid::regclass::text || '.'
              || quote_ident(a.attname) FROM pg_depend d
              JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
              WHERE r.relkind = 'S' AND d.classid = 'pg_class'::regclass AND d.objid = r.oid
                AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
              LIMIT 1), '')
      FROM rel r WHERE r.relkind NOT IN ('i', 'I')
      """;

  private static final String VIEW_DEFINITIONS =
      """
      SELECT r.kind || ' ' || quote_ident(r.relname) || ' as: '
          || btrim(pg_get_viewdef(r.oid), E' \\n')
      FROM rel r WHERE r.relkind IN ('v', 'm')
      """;

  /**
   * Columns by name, not by position: a down that re-adds a dropped column can only append it, and
   * that is a restored schema for every statement that names its columns.
   */
  private static final String COLUMNS =
      """
      SELECT 'column ' || quote_ident(r.relname) || '.' || quote_ident(a.attname) || ': '
          || format_type(a.atttypid, a.atttypmod)
          || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END
          || CASE a.attidentity WHEN 'a' THEN ' generated always as identity'
              WHEN 'd' THEN ' generated by default as identity' ELSE '' END
          || CASE a.attgenerated
              WHEN 's' THEN ' generated always as (' || pg_get_expr(ad.adbin, ad.adrelid)
                || ') stored'
              WHEN 'v' THEN ' generated always as (' || pg_get_expr(ad.adbin, ad.adrelid)
                || ') virtual'
              ELSE coalesce(' default ' || pg_get_expr(ad.adbin, ad.adrelid), '') END
          || CASE WHEN a.attcollation <> t.typcollation
              THEN ' collate ' || a.attcollation::regcollation::text ELSE '' END
      FROM rel r
      JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped
      JOIN pg_type t ON t.oid = a.atttypid
      LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
      WHERE r.relkind IN ('r', 'p', 'v', 'm', 'f', 'c')
      """;

  private static final String CONSTRAINTS =
      """
      SELECT 'constraint ' || quote_ident(coalesce(r.relname, t.typname)) || '.'
          || quote_ident(c.conname) || ': ' || pg_get_constraintdef(c.oid)
      FROM pg_constraint c
      LEFT JOIN rel r ON c.conrelid = r.oid
      LEFT JOIN types t ON c.contypid = t.oid
      WHERE r.oid IS NOT NULL OR t.oid IS NOT NULL
      """;

  private static final String INDEXES =
      """
      SELECT 'index ' || quote_ident(i.relname) || ': ' || pg_get_indexdef(x.indexrelid)
          || CASE WHEN NOT x.indisvalid THEN ' (invalid)' ELSE '' END
          || CASE WHEN x.indisclustered THEN ' (clustered)' ELSE '' END
          || CASE WHEN x.indisreplident THEN ' (replica identity)' ELSE '' END
      FROM pg_index x JOIN rel t ON t.oid = x.indrelid JOIN pg_class i ON i.oid = x.indexrelid
      """;

  private static final String FUNCTIONS =
      """
      SELECT CASE p.prokind WHEN 'a' THEN 'aggregate ' WHEN 'p' THEN 'procedure '
              ELSE 'function ' END
          || quote_ident(p.proname) || '(' || pg_get_function_identity_arguments(p.oid)
          || '): owner ' || quote_ident(pg_get_userbyid(p.proowner)) || ' '
          || CASE WHEN p.prokind = 'a' THEN (SELECT 'state ' || g.aggtransfn::regproc::text
                || ' ' || format_type(g.aggtranstype, NULL)
                || coalesce(' final ' || nullif(g.aggfinalfn::oid, 0)::regproc::text, '')
                || coalesce(' initial ' || g.agginitval, '')
                FROM pg_aggregate g WHERE g.aggfnoid = p.oid)
              ELSE btrim(pg_get_functiondef(p.oid), E' \\n') END
      FROM pg_proc p JOIN s ON p.pronamespace = s.oid
      """;

  private static final String TRIGGERS =
      """
      SELECT 'trigger ' || quote_ident(r.relname) || '.' || quote_ident(g.tgname) || ': '
          || pg_get_triggerdef(g.oid)
          || CASE g.tgenabled WHEN 'D' THEN ' (disabled)' WHEN 'R' THEN ' (enabled replica)'
              WHEN 'A' THEN ' (enabled always)' ELSE '' END
      FROM pg_trigger g JOIN rel r ON g.tgrelid = r.oid WHERE NOT g.tgisinternal
      """;

  private static final String RULES =
      """
      SELECT 'rule ' || quote_ident(r.relname) || '.' || quote_ident(w.rulename) || ': '
          || pg_get_ruledef(w.oid)
      FROM pg_rewrite w JOIN rel r ON w.ev_class = r.oid WHERE w.rulename <> '_RETURN'
      """;

  private static final String POLICIES =
      """
      SELECT 'policy ' || quote_ident(r.relname) || '.' || quote_ident(p.polname) || ': '
          || CASE WHEN p.polpermissive THEN 'permissive' ELSE 'restrictive' END
          || ' for ' || CASE p.polcmd WHEN 'r' THEN 'select' WHEN 'a' THEN 'insert'
              WHEN 'w' THEN 'update' WHEN 'd' THEN 'delete' ELSE 'all' END
          || ' to ' || (SELECT string_agg(n, ', ' ORDER BY n) FROM (SELECT CASE WHEN u = 0
              THEN 'public' ELSE quote_ident(pg_get_userbyid(u)) END AS n
              FROM unnest(p.polroles) AS u) q)
          || coalesce(' using (' || pg_get_expr(p.polqual, p.polrelid) || ')', '')
          || coalesce(' with check (' || pg_get_expr(p.polwithcheck, p.polrelid) || ')', '')
      FROM pg_policy p JOIN rel r ON p.polrelid = r.oid
      """;

  private static final String TYPES =
      """
      SELECT 'type ' || quote_ident(t.typname) || ': owner '
          || quote_ident(pg_get_userbyid(t.typowner)) || CASE t.typtype
          WHEN 'e' THEN ' enum (' || coalesce((SELECT string_agg(quote_literal(e.enumlabel),
              ', ' ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid), '') || ')'
          WHEN 'd' THEN ' domain ' || format_type(t.typbasetype, t.typtypmod)
              || CASE WHEN t.typnotnull THEN ' not null' ELSE '' END
              || coalesce(' default ' || t.typdefault, '')
          WHEN 'r' THEN ' range of ' || (SELECT format_type(g.rngsubtype, NULL)
              FROM pg_range g WHERE g.rngtypid = t.oid)
          ELSE ' base type' END
      FROM types t
      """;

  private static final String EXTENSIONS =
      """
      SELECT 'extension ' || quote_ident(e.extname) || ': version ' || e.extversion
      FROM pg_extension e JOIN s ON e.extnamespace = s.oid
      """;

  private static final String COMMENTS =
      """
      SELECT 'comment on ' || pg_describe_object(d.classoid, d.objoid, d.objsubid) || ': '
          || d.description
      FROM pg_description d JOIN objects o ON d.classoid = o.classid AND d.objoid = o.oid
      """;

  /**
   * Privileges with NULL (never granted) replaced by the owner's default, so a GRANT undone by a
   * REVOKE compares equal, and the entries sorted, so a re-grant in another order does too.
   */
  private static final String PRIVILEGES =
      """
      SELECT 'privileges on schema ' || quote_ident(n.nspname) || ': '
          || %s
      FROM pg_namespace n JOIN s ON n.oid = s.oid
      UNION ALL
      SELECT 'privileges on ' || r.kind || ' ' || quote_ident(r.relname) || ': ' || %s
      FROM rel r WHERE r.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
      UNION ALL
      SELECT 'privileges on column ' || quote_ident(r.relname) || '.' || quote_ident(a.attname)
          || ': ' || %s
      FROM rel r JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0
      WHERE NOT a.attisdropped AND cardinality(a.attacl) > 0
      UNION ALL
      SELECT 'privileges on function ' || quote_ident(p.proname) || '('
          || pg_get_function_identity_arguments(p.oid) || '): ' || %s
      FROM pg_proc p JOIN s ON p.pronamespace = s.oid
      UNION ALL
      SELECT 'privileges on type ' || quote_ident(t.typname) || ': ' || %s
      FROM types t
      UNION ALL
      SELECT 'default privileges of ' || quote_ident(pg_get_userbyid(d.defaclrole)) || ' on '
          || CASE d.defaclobjtype WHEN 'r' THEN 'tables' WHEN 'S' THEN 'sequences'
              WHEN 'f' THEN 'functions' WHEN 'T' THEN 'types' WHEN 'n' THEN 'schemas'
              ELSE d.defaclobjtype::text END || ': ' || %s
      FROM pg_default_acl d JOIN s ON d.defaclnamespace = s.oid
      """
          .formatted(
              sortedAcl("coalesce(n.nspacl, acldefault('n', n.nspowner))"),
              sortedAcl(
                  "coalesce(r.relacl, acldefault(CASE WHEN r.relkind = 'S' THEN 's' ELSE 'r' END"
                      + "::\"char\", r.relowner))"),
              sortedAcl("a.attacl"),
              sortedAcl("coalesce(p.proacl, acldefault('f', p.proowner))"),
              sortedAcl("coalesce(t.typacl, acldefault('T', t.typowner))"),
              sortedAcl("d.defaclacl"));

  /** Every line of the fingerprint of one schema, bound as the only parameter; unsorted. */
  static final String FINGERPRINT =
      OBJECTS
          + String.join(
              "UNION ALL\n",
              List.of(
                  SCHEMA,
                  RELATIONS,
                  VIEW_DEFINITIONS,
                  COLUMNS,
                  CONSTRAINTS,
                  INDEXES,
                  FUNCTIONS,
                  TRIGGERS,
                  RULES,
                  POLICIES,
                  TYPES,
                  EXTENSIONS,
                  COMMENTS,
                  PRIVILEGES));

  private static String sortedAcl(String acl) {
    return "coalesce((SELECT string_agg(x::text, ' ' ORDER BY x::text) FROM unnest("
        + acl
        + ") AS x), 'none')";
  }
}
