-- Handoff schema, version 9: the sweep that marks past-due promises broken, remembered.
--
-- Every command and the workstation's start mark the open promises of accepted handoffs that are past due as broken
-- (PromiseService::markBrokenPastDue). Finding them reads every accepted deal: 80 ms of a 100 ms command at a million
-- deals. What it finds depends only on the day and the rows, and every change to the rows writes an audit row with a
-- higher id than the ones before it (a file has one writer at a time). So the sweep records the day it ran and the
-- last audit id after it; while both are the same, there is nothing new to mark and the sweep is skipped. A server
-- takes audit ids before commit, in any order, so it always sweeps.

CREATE TABLE IF NOT EXISTS past_due_sweep (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    day TEXT,          -- the local day the sweep last ran; NULL: never
    audit_id INTEGER   -- the highest audit id when it committed
);
INSERT INTO past_due_sweep (id, day, audit_id) VALUES (1, NULL, NULL) ON CONFLICT (id) DO NOTHING;
