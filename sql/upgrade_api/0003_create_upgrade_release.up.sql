-- migrator:lint-ignore=constraint-not-valid
-- Every upgrade version a fix names is a release we shipped. Existing fixes get
-- their releases backfilled before the foreign key is added (the table is
-- small when this ships, so the key is validated at once).
CREATE TABLE upgrade_release (
    upgrade_version VARCHAR(100) PRIMARY KEY,
    released_at     TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    notes           TEXT
);

INSERT INTO upgrade_release (upgrade_version)
SELECT DISTINCT upgrade_version FROM fixed_vulnerability
ON CONFLICT DO NOTHING;

ALTER TABLE fixed_vulnerability
    ADD CONSTRAINT fixed_vulnerability_upgrade_version_fkey
    FOREIGN KEY (upgrade_version) REFERENCES upgrade_release (upgrade_version);
