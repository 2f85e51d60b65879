-- Handoff schema, version 5: customer satisfaction per fulfilled deal, and the indexes behind the quality metrics
-- (core/metrics).
--
-- csat_scores holds one score per deal (UNIQUE deal_id): a later score replaces the earlier one, and the audit row of
-- that change (entity 'csat_scores', action 'replace') keeps the earlier score, date and note.
--
-- The metrics read the handoff's history from the audit log: a state change of a deal is a row with entity 'deals'
-- and field 'state' whose new_value is the state reached. Two partial indexes hold only those rows (a few per deal
-- among the many rows of field edits): one by state and time, to find the submissions, reviews and acceptances of a
-- period; one by deal, to find a deal's first submission, its returns and whether it was accepted. A third holds the
-- reviews of promises by deal. Without them a quarter's figures read the whole audit log.
--
-- promises_by_due and tasks_by_due hold every promise and task by due date, with what the on-time figures test, so
-- that "due in the period" is a range of one index (promises_open_by_due covers open promises only); tasks_by_due
-- is ordered by assignee within a day, so the tasks are counted per day and assignee without sorting them.
--
-- deals_people is a narrow copy of what the metrics need of a deal they reach by id (state, people, closed-won
-- date): reading it instead of the wide deals rows halves the time of the figures over promises due in a quarter.
-- tasks_open_by_due holds only the tasks not done, by due date: its range before today is the overdue tasks.
--
-- handoff_snapshot_checklist keeps, per submission, how many required checklist items the handoff had and how many of
-- them were answered (a check item only when ticked, as ChecklistService counts). A trigger fills it as each snapshot
-- is written, from the deal's answers and the template at that moment: SnapshotService captures the answers and
-- inserts the snapshot in one transaction, so these are the answers the snapshot holds. (The trigger cannot read the
-- snapshot's JSON: with trusted_schema off, SQLite refuses the JSON functions inside a trigger.) The snapshots
-- already in the file are counted from their JSON here. Reading it costs one index probe per handoff, where parsing
-- the snapshots at each report cost more than all the other figures together. It is derived data, like the search
-- index: no audit rows.
--
-- IF NOT EXISTS makes the script safe to run again over a file whose version was set back.

CREATE TABLE IF NOT EXISTS csat_scores (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    deal_id INTEGER NOT NULL UNIQUE REFERENCES deals (id) ON DELETE CASCADE,
    score INTEGER NOT NULL CHECK (score >= 1 AND score <= 5),
    rated_on TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    recorded_by INTEGER REFERENCES users (id),
    recorded_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX IF NOT EXISTS csat_scores_by_rated_on ON csat_scores (rated_on, deal_id, score);

CREATE INDEX IF NOT EXISTS audit_log_transitions ON audit_log (new_value, at, deal_id, action, actor_id)
    WHERE entity = 'deals' AND field = 'state';
CREATE INDEX IF NOT EXISTS audit_log_transitions_by_deal ON audit_log (deal_id, new_value, at, action, actor_id)
    WHERE entity = 'deals' AND field = 'state';
CREATE INDEX IF NOT EXISTS audit_log_promise_reviews ON audit_log (deal_id, entity_id, new_value)
    WHERE entity = 'promises' AND field = 'review_status';

CREATE INDEX IF NOT EXISTS promises_by_due ON promises (due_on, fulfilment, fulfilled_on, deal_id);
CREATE INDEX IF NOT EXISTS tasks_by_due ON tasks (due_on, assignee_id, status, done_on, deal_id);

CREATE INDEX IF NOT EXISTS deals_people ON deals (id, state, sales_rep_id, support_owner_id, closed_on);
CREATE INDEX IF NOT EXISTS tasks_open_by_due ON tasks (due_on, assignee_id, deal_id) WHERE status <> 'done';

CREATE TABLE IF NOT EXISTS handoff_snapshot_checklist (
    deal_id INTEGER NOT NULL,
    submission_no INTEGER NOT NULL,
    required_total INTEGER NOT NULL,
    required_answered INTEGER NOT NULL,
    PRIMARY KEY (deal_id, submission_no),
    FOREIGN KEY (deal_id, submission_no) REFERENCES handoff_snapshots (deal_id, submission_no)
        ON DELETE CASCADE ON UPDATE CASCADE
) WITHOUT ROWID;

DROP TRIGGER IF EXISTS handoff_snapshots_checklist;
CREATE TRIGGER handoff_snapshots_checklist AFTER INSERT ON handoff_snapshots
BEGIN
    INSERT OR REPLACE INTO handoff_snapshot_checklist (deal_id, submission_no, required_total, required_answered)
    VALUES (NEW.deal_id, NEW.submission_no, (SELECT count(*) FROM checklist_items WHERE required = 1),
        (SELECT count(*) FROM checklist_answers a JOIN checklist_items ci ON ci.id = a.item_id
         WHERE a.deal_id = NEW.deal_id AND ci.required = 1
             AND (CASE WHEN ci.kind = 'check' THEN a.value = 'true' ELSE trim(a.value) <> '' END)));
END;

INSERT OR IGNORE INTO handoff_snapshot_checklist (deal_id, submission_no, required_total, required_answered)
SELECT s.deal_id, s.submission_no, (SELECT count(*) FROM checklist_items WHERE required = 1),
    (SELECT count(*) FROM json_each(CASE WHEN json_valid(s.content) THEN s.content END, '$.checklist') j
     JOIN checklist_items ci ON ci.key = j.key
     WHERE ci.required = 1 AND (CASE WHEN ci.kind = 'check'
         THEN (CASE WHEN j.type = 'object' THEN json_extract(j.value, '$.value') ELSE j.value END) = 'true'
         ELSE trim(coalesce(CASE WHEN j.type = 'object' THEN json_extract(j.value, '$.value') ELSE j.value END,
             '')) <> '' END))
FROM handoff_snapshots s;
