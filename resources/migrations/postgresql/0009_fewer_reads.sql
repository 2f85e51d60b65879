-- Handoff schema, version 9, for PostgreSQL: the table and the index of ../0009_fewer_reads.sql (see there). A
-- server does not use past_due_sweep: its audit ids are taken before commit, in any order, so it always sweeps.

CREATE TABLE IF NOT EXISTS past_due_sweep (
    id integer PRIMARY KEY CHECK (id = 1),
    day text COLLATE "C",
    audit_id bigint
);
INSERT INTO past_due_sweep (id, day, audit_id) VALUES (1, NULL, NULL) ON CONFLICT (id) DO NOTHING;

CREATE INDEX IF NOT EXISTS figure_parts_by_day ON figure_parts (kind, day, a, b, deal_id, n, v1, v2)
    WHERE kind IN ('cohort', 'return', 'promise', 'decision', 'kickoff', 'csat', 'unsubmitted');
