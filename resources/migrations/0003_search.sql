-- Handoff schema, version 3: the full-text index behind the search field (Ctrl+K). FTS5 tables over deals (with
-- their account's name, so "acme rollout" finds Acme's rollout deal), accounts, contacts and promises. They are
-- external-content tables: the text stays in its own table and the index holds only the tokens.
--
-- Why no trigger writes to the index: every connection runs with trusted_schema = OFF, and SQLite then refuses a
-- virtual table inside a trigger ("unsafe use of virtual table"; FTS5 is not marked innocuous). So the index is
-- brought up to date by SearchIndex before it searches (core/storage/SearchBacklog.cpp), from two sources:
--   * new rows: ids only grow (AUTOINCREMENT), so every row above search_state.indexed_to is new to the index;
--   * changed and deleted rows: the triggers below queue them in search_pending, an ordinary table.
-- New rows need no trigger on purpose: any trigger on INSERT makes SQLite keep a statement journal for every
-- insert, which tripled the time of writing demo data and would slow the CSV import alike. Every program that
-- writes the file (this one, the command line, the sqlite3 shell) is covered the same way.
--
-- An external-content index can only drop a row by being told the tokens it holds for it. So a change queues the
-- row's values as they were before it: the first entry of a row since the last catch-up holds exactly what the
-- index holds for it (later entries hold values the index never saw).
--
-- unicode61 with remove_diacritics 2 folds case and accents on both sides: "muller" finds "Müller".
-- IF NOT EXISTS and DROP ... IF EXISTS make the script safe to run again over a file whose version was set back.

CREATE TABLE IF NOT EXISTS search_state (
    kind TEXT PRIMARY KEY CHECK (kind = 'deal' OR kind = 'account' OR kind = 'contact' OR kind = 'promise'),
    indexed_to INTEGER NOT NULL DEFAULT 0 -- every row of the kind with an id up to this one is in the index
);

CREATE TABLE IF NOT EXISTS search_pending (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind = 'deal' OR kind = 'account' OR kind = 'contact' OR kind = 'promise'),
    row_id INTEGER NOT NULL,
    c0 TEXT, -- the row's indexed values before the change, in the order of its index's columns
    c1 TEXT,
    c2 TEXT,
    c3 TEXT
);
CREATE INDEX IF NOT EXISTS search_pending_by_row ON search_pending (kind, row_id, id);

-- What the deal index reads: a deal's own text and its account's name. LEFT JOIN keeps a deal whose account is
-- missing (a damaged file) in the index, with no account name, exactly as the triggers below describe it.
DROP VIEW IF EXISTS deal_search_source;
CREATE VIEW deal_search_source AS
SELECT d.id AS id, d.title AS title, d.external_ref AS external_ref, d.products AS products, a.name AS account
FROM deals d LEFT JOIN accounts a ON a.id = d.account_id;

CREATE VIRTUAL TABLE IF NOT EXISTS deals_fts USING fts5 (
    title, external_ref, products, account,
    content = 'deal_search_source', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE IF NOT EXISTS accounts_fts USING fts5 (
    name,
    content = 'accounts', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE IF NOT EXISTS contacts_fts USING fts5 (
    name, email, title,
    content = 'contacts', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE IF NOT EXISTS promises_fts USING fts5 (
    description, customer_words,
    content = 'promises', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);

-- Deals. Only the indexed columns queue a change: a state transition or a version bump leaves the index alone.
DROP TRIGGER IF EXISTS deals_search_update;
CREATE TRIGGER deals_search_update AFTER UPDATE OF title, external_ref, products, account_id ON deals
BEGIN
    INSERT INTO search_pending (kind, row_id, c0, c1, c2, c3)
    VALUES ('deal', old.id, old.title, old.external_ref, old.products,
            (SELECT name FROM accounts WHERE id = old.account_id));
END;

DROP TRIGGER IF EXISTS deals_search_delete;
CREATE TRIGGER deals_search_delete AFTER DELETE ON deals
BEGIN
    INSERT INTO search_pending (kind, row_id, c0, c1, c2, c3)
    VALUES ('deal', old.id, old.title, old.external_ref, old.products,
            (SELECT name FROM accounts WHERE id = old.account_id));
END;

-- Accounts. A new name is also new text in the index entry of every deal of the account.
DROP TRIGGER IF EXISTS accounts_search_update;
CREATE TRIGGER accounts_search_update AFTER UPDATE OF name ON accounts
BEGIN
    INSERT INTO search_pending (kind, row_id, c0) VALUES ('account', old.id, old.name);
    INSERT INTO search_pending (kind, row_id, c0, c1, c2, c3)
    SELECT 'deal', d.id, d.title, d.external_ref, d.products, old.name FROM deals d WHERE d.account_id = old.id;
END;

DROP TRIGGER IF EXISTS accounts_search_delete;
CREATE TRIGGER accounts_search_delete AFTER DELETE ON accounts
BEGIN
    INSERT INTO search_pending (kind, row_id, c0) VALUES ('account', old.id, old.name);
END;

-- Contacts.
DROP TRIGGER IF EXISTS contacts_search_update;
CREATE TRIGGER contacts_search_update AFTER UPDATE OF name, email, title ON contacts
BEGIN
    INSERT INTO search_pending (kind, row_id, c0, c1, c2)
    VALUES ('contact', old.id, old.name, old.email, old.title);
END;

DROP TRIGGER IF EXISTS contacts_search_delete;
CREATE TRIGGER contacts_search_delete AFTER DELETE ON contacts
BEGIN
    INSERT INTO search_pending (kind, row_id, c0, c1, c2)
    VALUES ('contact', old.id, old.name, old.email, old.title);
END;

-- Promises.
DROP TRIGGER IF EXISTS promises_search_update;
CREATE TRIGGER promises_search_update AFTER UPDATE OF description, customer_words ON promises
BEGIN
    INSERT INTO search_pending (kind, row_id, c0, c1)
    VALUES ('promise', old.id, old.description, old.customer_words);
END;

DROP TRIGGER IF EXISTS promises_search_delete;
CREATE TRIGGER promises_search_delete AFTER DELETE ON promises
BEGIN
    INSERT INTO search_pending (kind, row_id, c0, c1)
    VALUES ('promise', old.id, old.description, old.customer_words);
END;

-- Index what is already there; nothing is then waiting.
INSERT INTO deals_fts (deals_fts) VALUES ('rebuild');
INSERT INTO accounts_fts (accounts_fts) VALUES ('rebuild');
INSERT INTO contacts_fts (contacts_fts) VALUES ('rebuild');
INSERT INTO promises_fts (promises_fts) VALUES ('rebuild');
DELETE FROM search_pending;
INSERT OR REPLACE INTO search_state (kind, indexed_to)
SELECT 'deal', coalesce(max(id), 0) FROM deals
UNION ALL SELECT 'account', coalesce(max(id), 0) FROM accounts
UNION ALL SELECT 'contact', coalesce(max(id), 0) FROM contacts
UNION ALL SELECT 'promise', coalesce(max(id), 0) FROM promises;
