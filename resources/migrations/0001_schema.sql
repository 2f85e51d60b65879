-- Handoff schema, version 1. Dates are ISO-8601 text, times UTC ISO-8601 text, money integer minor units.
-- Every mutable row carries a version that each update increments (optimistic locking). Ids are AUTOINCREMENT:
-- the audit log names rows by id, so an id must never pass to a new row after a delete.
-- Enum checks are written as OR chains: SQLite builds a temporary index for an IN list each time a row is checked.

PRAGMA application_id = 1212239428;

CREATE TABLE users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL CHECK (name <> ''),
    email TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (email LIKE '%_@_%'),
    role TEXT NOT NULL CHECK (role = 'sales' OR role = 'support' OR role = 'lead'),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active = 0 OR active = 1),
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX users_by_name ON users (name COLLATE NOCASE, id);

CREATE TABLE accounts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (name <> ''),
    website TEXT NOT NULL DEFAULT '',
    industry TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE contacts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (name <> ''),
    title TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    preferred_channel TEXT NOT NULL DEFAULT 'email'
        CHECK (preferred_channel = 'phone' OR preferred_channel = 'email' OR preferred_channel = 'web_form' OR preferred_channel = 'chat' OR preferred_channel = 'social' OR preferred_channel = 'forum' OR preferred_channel = 'portal'),
    time_zone TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX contacts_by_account ON contacts (account_id);
CREATE INDEX contacts_by_email ON contacts (email COLLATE NOCASE) WHERE email <> '';

CREATE TABLE deals (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    title TEXT NOT NULL COLLATE NOCASE CHECK (title <> ''),
    external_ref TEXT UNIQUE,
    amount_minor INTEGER NOT NULL DEFAULT 0,
    currency TEXT NOT NULL DEFAULT 'USD' CHECK (length(currency) = 3),
    closed_on TEXT NOT NULL,
    contract_start TEXT,
    term_months INTEGER NOT NULL DEFAULT 12 CHECK (term_months >= 0),
    products TEXT NOT NULL DEFAULT '',
    sales_rep_id INTEGER NOT NULL REFERENCES users (id),
    support_owner_id INTEGER REFERENCES users (id),
    go_live_target TEXT,
    success_criteria TEXT NOT NULL DEFAULT '',
    why_bought TEXT NOT NULL DEFAULT '',
    known_risks TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'draft'
        CHECK (state = 'draft' OR state = 'submitted' OR state = 'returned' OR state = 'accepted' OR state = 'fulfilled' OR state = 'cancelled'),
    created_at TEXT NOT NULL,
    submitted_at TEXT,
    accepted_at TEXT,
    version INTEGER NOT NULL DEFAULT 1
);
-- Each index ends in id so that keyset paging of the deal list ((key, id) > (last key, last id)) is a range scan.
CREATE INDEX deals_by_account ON deals (account_id, id);
CREATE INDEX deals_by_title ON deals (title, id);
CREATE INDEX deals_by_state ON deals (state, id);
CREATE INDEX deals_by_sales_rep ON deals (sales_rep_id, id);
CREATE INDEX deals_by_support_owner ON deals (support_owner_id, id) WHERE support_owner_id IS NOT NULL;
CREATE INDEX deals_by_amount ON deals (amount_minor, id);
CREATE INDEX deals_by_closed_on ON deals (closed_on, id);

CREATE TABLE deal_contacts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    deal_id INTEGER NOT NULL REFERENCES deals (id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role = 'sponsor' OR role = 'decision_maker' OR role = 'day_to_day' OR role = 'technical' OR role = 'billing'),
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (deal_id, contact_id, role)
);
CREATE INDEX deal_contacts_by_contact ON deal_contacts (contact_id);

CREATE TABLE deal_channels (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    deal_id INTEGER NOT NULL REFERENCES deals (id) ON DELETE CASCADE,
    channel TEXT NOT NULL CHECK (channel = 'phone' OR channel = 'email' OR channel = 'web_form' OR channel = 'chat' OR channel = 'social' OR channel = 'forum' OR channel = 'portal'),
    address TEXT NOT NULL DEFAULT '',
    preferred INTEGER NOT NULL DEFAULT 0 CHECK (preferred = 0 OR preferred = 1),
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (deal_id, channel)
);

CREATE TABLE checklist_items (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    key TEXT NOT NULL UNIQUE CHECK (key <> ''),
    section TEXT NOT NULL,
    label TEXT NOT NULL CHECK (label <> ''),
    help TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL CHECK (kind = 'check' OR kind = 'text' OR kind = 'date' OR kind = 'choice' OR kind = 'contact'),
    choices TEXT NOT NULL DEFAULT '[]', -- JSON array of strings
    required INTEGER NOT NULL DEFAULT 0 CHECK (required = 0 OR required = 1),
    position INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE checklist_answers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    deal_id INTEGER NOT NULL REFERENCES deals (id) ON DELETE CASCADE,
    item_id INTEGER NOT NULL REFERENCES checklist_items (id) ON DELETE CASCADE,
    value TEXT NOT NULL DEFAULT '',
    answered_by INTEGER REFERENCES users (id),
    answered_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (deal_id, item_id)
);
CREATE INDEX checklist_answers_by_item ON checklist_answers (item_id);

CREATE TABLE capabilities (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (name <> ''),
    description TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status = 'available' OR status = 'beta' OR status = 'planned' OR status = 'unsupported'),
    lead_time_days INTEGER NOT NULL DEFAULT 0 CHECK (lead_time_days >= 0),
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE promises (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    deal_id INTEGER NOT NULL REFERENCES deals (id) ON DELETE CASCADE,
    kind TEXT NOT NULL
        CHECK (kind = 'feature' OR kind = 'integration' OR kind = 'timeline' OR kind = 'service_level' OR kind = 'training' OR kind = 'pricing' OR kind = 'custom' OR kind = 'other'),
    capability_id INTEGER REFERENCES capabilities (id) ON DELETE SET NULL,
    description TEXT NOT NULL DEFAULT '',
    customer_words TEXT NOT NULL DEFAULT '',
    due_on TEXT,
    promised_by INTEGER REFERENCES users (id),
    feasibility TEXT NOT NULL DEFAULT 'ok' CHECK (feasibility = 'ok' OR feasibility = 'warning' OR feasibility = 'blocked'),
    feasibility_reason TEXT NOT NULL DEFAULT '',
    justification TEXT NOT NULL DEFAULT '',
    review_status TEXT NOT NULL DEFAULT 'pending'
        CHECK (review_status = 'pending' OR review_status = 'accepted' OR review_status = 'needs_clarification' OR review_status = 'cannot_fulfil'),
    reviewer_id INTEGER REFERENCES users (id),
    review_note TEXT NOT NULL DEFAULT '',
    fulfilment TEXT NOT NULL DEFAULT 'open' CHECK (fulfilment = 'open' OR fulfilment = 'fulfilled' OR fulfilment = 'broken' OR fulfilment = 'waived'),
    fulfilled_on TEXT,
    created_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX promises_by_deal ON promises (deal_id);
CREATE INDEX promises_by_capability ON promises (capability_id) WHERE capability_id IS NOT NULL;
CREATE INDEX promises_open_by_due ON promises (due_on) WHERE fulfilment = 'open';

CREATE TABLE tasks (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    deal_id INTEGER NOT NULL REFERENCES deals (id) ON DELETE CASCADE,
    promise_id INTEGER REFERENCES promises (id) ON DELETE SET NULL,
    title TEXT NOT NULL CHECK (title <> ''),
    assignee_id INTEGER REFERENCES users (id),
    due_on TEXT,
    status TEXT NOT NULL DEFAULT 'todo' CHECK (status = 'todo' OR status = 'in_progress' OR status = 'blocked' OR status = 'done'),
    done_on TEXT,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX tasks_by_deal ON tasks (deal_id);
CREATE INDEX tasks_by_promise ON tasks (promise_id) WHERE promise_id IS NOT NULL;
CREATE INDEX tasks_open_by_assignee ON tasks (assignee_id, due_on) WHERE status <> 'done';

CREATE TABLE comments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    deal_id INTEGER NOT NULL REFERENCES deals (id) ON DELETE CASCADE,
    author_id INTEGER REFERENCES users (id),
    body TEXT NOT NULL CHECK (body <> ''),
    created_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX comments_by_deal ON comments (deal_id, id);

CREATE TABLE handoff_snapshots (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    deal_id INTEGER NOT NULL REFERENCES deals (id) ON DELETE CASCADE,
    submission_no INTEGER NOT NULL CHECK (submission_no >= 1),
    submitted_by INTEGER REFERENCES users (id),
    submitted_at TEXT NOT NULL,
    content TEXT NOT NULL, -- JSON object
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (deal_id, submission_no)
);

-- AUTOINCREMENT: ids are never reused and a rolled-back insert leaves no gap, so 1..max(id) must all be present.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    actor_id INTEGER,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id INTEGER,
    deal_id INTEGER,
    field TEXT NOT NULL DEFAULT '',
    old_value TEXT,
    new_value TEXT,
    reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_by_deal ON audit_log (deal_id, id) WHERE deal_id IS NOT NULL;
CREATE INDEX audit_log_by_entity ON audit_log (entity, entity_id, id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only: entries cannot be changed');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only: entries cannot be deleted');
END;

-- INSERT OR REPLACE would overwrite an entry without firing the delete trigger: an id that exists is refused.
CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log
WHEN NEW.id IS NOT NULL AND EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only: entries cannot be replaced');
END;

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
