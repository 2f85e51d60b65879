-- Handoff schema, version 6, for PostgreSQL: a stable identity for each deal, as ../0006_deal_uid.sql.
--
-- deals.uid is a UUID given when the deal is first written and never changed; the export carries it and
-- `import --preset handoff` finds a deal by it before its CRM reference. The deals already in the database get one
-- from gen_random_uuid() here, unaudited (an identity is not a change anyone made), and so does a row that some
-- other program inserts without one (SQLite cannot give an added column a default that is not a constant). Text
-- rather than the uuid type, so that both engines compare and export it alike.

ALTER TABLE deals ADD COLUMN IF NOT EXISTS uid text COLLATE "C";

UPDATE deals SET uid = gen_random_uuid()::text WHERE uid IS NULL OR uid = '';

ALTER TABLE deals ALTER COLUMN uid SET NOT NULL;
ALTER TABLE deals ALTER COLUMN uid SET DEFAULT gen_random_uuid()::text;

CREATE UNIQUE INDEX IF NOT EXISTS deals_by_uid ON deals (uid);
