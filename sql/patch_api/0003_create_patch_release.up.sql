-- migrator:lint-ignore=constraint-not-valid
-- Every patch version a fix names is a release we shipped. Existing fixes get
-- their releases backfilled before the foreign key is added (the table is
-- small when this ships, so the key is validated at once).
CREATE TABLE patch_release (
    patch_version VARCHAR(100) PRIMARY KEY,
    released_at   TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    notes         TEXT
);

INSERT INTO patch_release (patch_version)
SELECT DISTINCT patch_version FROM fixed_vulnerability
ON CONFLICT DO NOTHING;

ALTER TABLE fixed_vulnerability
    ADD CONSTRAINT fixed_vulnerability_patch_version_fkey
    FOREIGN KEY (patch_version) REFERENCES patch_release (patch_version);
