-- Handoff schema, version 9, for PostgreSQL: the table of ../0009_quick_sweep.sql, so that both engines have the
-- same tables. A server does not use it: its audit ids are taken before commit, in any order, so it always sweeps.

CREATE TABLE IF NOT EXISTS past_due_sweep (
    id integer PRIMARY KEY CHECK (id = 1),
    day text COLLATE "C",
    audit_id bigint
);
INSERT INTO past_due_sweep (id, day, audit_id) VALUES (1, NULL, NULL) ON CONFLICT (id) DO NOTHING;
