-- Handoff schema, version 6: a stable identity for each deal.
--
-- deals.uid is a UUID given when the deal is first written (RowStore, the import and the demo) and never changed. The
-- export carries it and `import --preset handoff` finds a deal by it before its CRM reference, so that a file
-- exported and imported again changes nothing, and imported into an empty database makes the same deals, also those
-- without a CRM reference. The deals already in the file get a random version-4 UUID here, built from randomblob
-- (SQLite has no UUID function). It is not audited: an identity is not a change anyone made to the deal.
--
-- SQLite cannot say ADD COLUMN IF NOT EXISTS; the migrator skips an ADD COLUMN whose column exists, so that the script
-- is safe to run again over a file whose version was set back, as the others are with IF NOT EXISTS.

ALTER TABLE deals ADD COLUMN uid TEXT;

UPDATE deals
SET uid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' ||
                substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 2) || '-' ||
                hex(randomblob(6)))
WHERE uid IS NULL OR uid = '';

CREATE UNIQUE INDEX IF NOT EXISTS deals_by_uid ON deals (uid);
