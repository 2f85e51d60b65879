-- Handoff schema, version 8: the metrics' figures kept up to date with every change, so that the dashboard and
-- 'handoff metrics' add up a few rows per day instead of reading every handoff, promise and task of the period.
--
-- figure_parts holds what each deal adds to the figures: one row per kind of fact (a first submission, its returns,
-- promises and tasks due on a day, reviews, kickoffs, scores, its state, its live promises, the days it is at risk)
-- with the day it is counted on, the people it is counted for (a, b), its keys (k: business days or minutes; t, u: a
-- state, reason, feasibility or review status) and its counts (n: how many, never 0; v1 to v8: what the kind counts
-- among them). figure_days is the sum of figure_parts over deals, by the same keys (every kind but 'risk', which is
-- counted per deal). core/storage/KeptFigures.cpp writes both inside the transaction of every change that writes a
-- deal's audit rows (but for texts no figure reads): it takes the deal's old parts out of the sums, computes its parts
-- again from its rows and adds them back, and drops the sums that fell to nothing.
--
-- Days are local dates in the time zone of figure_state.zone. A program in another zone counts from the rows instead
-- (and its changes mark the figures stale, zone NULL) until 'handoff check' builds them again. Derived data, like the
-- search index: no audit rows. 'handoff check' recomputes every part from the rows and compares.

CREATE TABLE IF NOT EXISTS figure_parts (
    deal_id INTEGER NOT NULL,
    kind TEXT NOT NULL,
    day TEXT NOT NULL,
    a INTEGER NOT NULL,
    b INTEGER NOT NULL,
    k INTEGER NOT NULL,
    t TEXT NOT NULL,
    u TEXT NOT NULL,
    n INTEGER NOT NULL,
    v1 INTEGER NOT NULL, v2 INTEGER NOT NULL, v3 INTEGER NOT NULL, v4 INTEGER NOT NULL,
    v5 INTEGER NOT NULL, v6 INTEGER NOT NULL, v7 INTEGER NOT NULL, v8 INTEGER NOT NULL,
    PRIMARY KEY (deal_id, kind, day, a, b, k, t, u)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS figure_days (
    kind TEXT NOT NULL,
    day TEXT NOT NULL,
    a INTEGER NOT NULL,
    b INTEGER NOT NULL,
    k INTEGER NOT NULL,
    t TEXT NOT NULL,
    u TEXT NOT NULL,
    n INTEGER NOT NULL,
    v1 INTEGER NOT NULL, v2 INTEGER NOT NULL, v3 INTEGER NOT NULL, v4 INTEGER NOT NULL,
    v5 INTEGER NOT NULL, v6 INTEGER NOT NULL, v7 INTEGER NOT NULL, v8 INTEGER NOT NULL,
    PRIMARY KEY (kind, day, a, b, k, t, u)
) WITHOUT ROWID;

-- The days a live deal with open tasks has an open promise due, per deal (kind 'risk', not summed by day): the deals at
-- risk today are those with such a day in the next days.
CREATE INDEX IF NOT EXISTS figure_parts_risk ON figure_parts (day, a, b, deal_id) WHERE kind = 'risk';

-- The sums that fell to nothing after a change, found without reading the others.
CREATE INDEX IF NOT EXISTS figure_days_empty ON figure_days (kind) WHERE n = 0;

CREATE TABLE IF NOT EXISTS figure_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    zone TEXT -- NULL: not built, or stale
);
INSERT INTO figure_state (id, zone) VALUES (1, NULL) ON CONFLICT (id) DO UPDATE SET zone = NULL;
