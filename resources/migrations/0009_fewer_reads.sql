-- Handoff schema, version 9: two reads that grew with the whole file, made to follow what they find.
--
-- 1. The sweep that marks past-due promises broken, remembered.
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

-- 2. The deals behind a figure, from the kept parts. The dashboard lists the deals behind a figure of a period (first
-- submitted, promises due, scores dated in it ...). From the rows that meant computing every fact of the period again:
-- 4 s at a million deals for a quarter's first-pass acceptance. The kept parts already hold each deal's facts by day;
-- this index finds a period's parts of one kind, with the people and the counts the lists ask about, without reading
-- the table. Tasks, states and live promises are left out: the rows answer their lists as fast, and tasks alone are
-- half of the parts. core/storage/MetricsSql.cpp (keptByDay) repeats the condition, so that queries can use it.
CREATE INDEX IF NOT EXISTS figure_parts_by_day ON figure_parts (kind, day, a, b, deal_id, n, v1, v2)
    WHERE kind IN ('cohort', 'return', 'promise', 'decision', 'kickoff', 'csat', 'unsubmitted');
