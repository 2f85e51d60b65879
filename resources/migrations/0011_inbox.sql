-- Handoff schema, version 11: each person's inbox (core/workflow/Inbox.h). What lands in it is found from the rows
-- that are there anyway (the audit log's workflow steps, open promises and tasks by due date, comments); two small
-- tables add what those rows cannot tell.

-- Who a comment names with @handle (the part of their email before '@'), written with the comment: finding the
-- comments that mention a person must not read every comment.
CREATE TABLE IF NOT EXISTS mentions (
    user_id INTEGER NOT NULL REFERENCES users (id),
    comment_id INTEGER NOT NULL REFERENCES comments (id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, comment_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS mentions_by_comment ON mentions (comment_id);

-- What each person has read of their inbox. An item's key names what it is about and, for what falls due, the due
-- date, so that a promise moved to a new date is news again.
CREATE TABLE IF NOT EXISTS inbox_read (
    user_id INTEGER NOT NULL REFERENCES users (id),
    item TEXT NOT NULL,
    read_at TEXT NOT NULL,
    PRIMARY KEY (user_id, item)
) WITHOUT ROWID;

-- The workflow steps an inbox tells of, newest first, without reading the rest of the history: a month of them is a
-- range of this index, read from its newest end until the inbox has enough (core/storage/InboxSql.cpp).
CREATE INDEX IF NOT EXISTS audit_log_inbox ON audit_log (at, id)
    WHERE action IN ('return', 'accept', 'review', 'clarify');
