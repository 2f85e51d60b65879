-- Handoff schema, version 4, for PostgreSQL: covering indexes for the deal lists (core/views/DealListQuery,
-- DealListFacts), the same indexes with the same columns as ../0004_list_indexes.sql.
--
-- Each sort index of deals also holds the columns the lists filter on (state, sales rep, support owner). A filtered
-- page walks the sort index and tests those columns on the index entry, so it reads from the wide deals table only
-- the rows it shows. Without them every deal the scan passes over is a table read: a sales rep's own open handoffs
-- (one deal in sixteen) took 23 ms a page at 100,000 deals instead of under 1 ms (measured on SQLite).
--
-- deals_by_support_owner now includes the deals without an owner (they sort as a group of their own), and two new
-- indexes order by the last submission: the review queue (one state, oldest submission first) and that column's
-- sort over all deals.
--
-- The by-deal indexes of promises and tasks hold what the lists test per deal (flagged, overdue, next due date), so
-- those probes never read the wide promise and task rows.
--
-- PostgreSQL: deals_by_title starts with lower(title), the order of SQLite's COLLATE NOCASE title; the list must
-- sort by lower(title), id to walk it. NULLs sort last in an ascending PostgreSQL index (first in SQLite): a list
-- sorted by support owner or submission time must say NULLS FIRST/LAST as it wants them.
--
-- DROP ... IF EXISTS and IF NOT EXISTS make the script safe to run again over a database whose version was set back.

DROP INDEX IF EXISTS deals_by_account;
CREATE INDEX deals_by_account ON deals (account_id, id, state, sales_rep_id, support_owner_id);
DROP INDEX IF EXISTS deals_by_title;
CREATE INDEX deals_by_title ON deals (lower(title), id, state, sales_rep_id, support_owner_id);
DROP INDEX IF EXISTS deals_by_state;
CREATE INDEX deals_by_state ON deals (state, id, sales_rep_id, support_owner_id);
DROP INDEX IF EXISTS deals_by_sales_rep;
CREATE INDEX deals_by_sales_rep ON deals (sales_rep_id, id, state, support_owner_id);
DROP INDEX IF EXISTS deals_by_support_owner;
CREATE INDEX deals_by_support_owner ON deals (support_owner_id, id, state, sales_rep_id);
DROP INDEX IF EXISTS deals_by_amount;
CREATE INDEX deals_by_amount ON deals (amount_minor, id, state, sales_rep_id, support_owner_id);
DROP INDEX IF EXISTS deals_by_closed_on;
CREATE INDEX deals_by_closed_on ON deals (closed_on, id, state, sales_rep_id, support_owner_id);
DROP INDEX IF EXISTS deals_by_submitted_at;
CREATE INDEX deals_by_submitted_at ON deals (submitted_at, id, state, sales_rep_id, support_owner_id);
DROP INDEX IF EXISTS deals_in_state_by_submitted_at;
CREATE INDEX deals_in_state_by_submitted_at ON deals (state, submitted_at, id, sales_rep_id, support_owner_id);

DROP INDEX IF EXISTS promises_by_deal;
CREATE INDEX promises_by_deal ON promises (deal_id, fulfilment, feasibility, review_status, due_on);
DROP INDEX IF EXISTS tasks_by_deal;
CREATE INDEX tasks_by_deal ON tasks (deal_id, status, due_on);
