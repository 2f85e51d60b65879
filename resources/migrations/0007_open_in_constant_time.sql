-- Handoff schema, version 7: what lets a command open a large file at once.
--
-- Opening a file no longer reads all of it (PRAGMA quick_check took 99 % of a command's time at 100,000 deals). The
-- whole file is read by 'handoff check' (kind 'full': integrity, foreign keys, audit log) and by the workstation's
-- check in the background after it opens a file (kind 'pages': SQLite's quick_check). Each records its result here,
-- and every later open refuses a file whose last check found damage, naming when and what, until a check passes
-- again. Only the last 50 results are kept. Not audited: a check changes nothing anyone works with.

CREATE TABLE IF NOT EXISTS integrity_checks (
    id INTEGER PRIMARY KEY,
    checked_at TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('pages', 'full')),
    ok INTEGER NOT NULL CHECK (ok IN (0, 1)),
    findings TEXT NOT NULL DEFAULT '[]' -- a JSON array of what the check found
);

-- The sweep that marks past-due promises broken (PromiseService::markBrokenPastDue) runs before every command. It
-- asks for the open promises due before today on accepted deals; the open promises of deals not yet accepted stay
-- open past their day (7,000 at 100,000 deals), and with only the due date in this index each of them was read from
-- its row to learn its deal. With the deal in the index the sweep reads the index alone (7,100 page reads before,
-- 300 after, at 100,000 deals).

DROP INDEX IF EXISTS promises_open_by_due;
CREATE INDEX IF NOT EXISTS promises_open_by_due ON promises (due_on, deal_id) WHERE fulfilment = 'open';
