-- Handoff schema, version 3, for PostgreSQL: the full-text search behind the search field (Ctrl+K). Deals (with
-- their account's name, so "acme rollout" finds Acme's rollout deal), accounts, contacts and promises each get a
-- search_vector column (tsvector) with a GIN index: deals_search, accounts_search, contacts_search, promises_search.
--
-- Why there is no search_state, search_pending, deal_search_source or *_fts table here: SQLite cannot write an FTS5
-- index from a trigger (trusted_schema is off), so it queues changes and catches up before each search. PostgreSQL
-- has no such limit: BEFORE INSERT OR UPDATE triggers compute each row's vector in the statement that writes the
-- row, and renaming an account recomputes its deals' vectors in the same transaction. The vectors are never behind,
-- so there is nothing to queue and nothing to catch up.
--
-- Text is folded as unicode61 with remove_diacritics 2 folds it: case and accents ("muller" finds "Müller"), with
-- the unaccent extension (trusted: the database owner may create it). unaccent also spells out letters that have
-- no accent to remove ("strasse" finds "Straße", "o" finds "ø"), which SQLite leaves as they are. Punctuation
-- separates words, as in unicode61 ("rita@example.com" is "rita", "example", "com"); PostgreSQL's own parser would
-- keep an e-mail address or a hyphenated word whole. The 'simple' configuration then lower-cases each word and
-- removes none.
--
--   handoff_fold(text)           the text with accents removed and case folded;
--   handoff_search_text(text)    the tsvector of a text as the vectors hold it;
--   handoff_search_query(text)   what was typed as a tsquery: every word (split at white space and control
--                                characters, at most 16 with a letter or digit) must match, a word's last part as a
--                                prefix ("rita@exa" is 'rita' <-> 'exa':*), as SearchIndex::matchExpression asks of
--                                FTS5. NULL when nothing is left to look for.
--                                Use: WHERE search_vector @@ handoff_search_query(?)
--
-- The weights follow the order of the FTS5 columns: deals title A, external_ref B, products C, account D; accounts
-- name A; contacts name A, email B, title C; promises description A, customer_words B. ts_rank takes the weight of
-- each letter as {D, C, B, A}, so the bm25 column weights carry over.
--
-- IF NOT EXISTS, OR REPLACE and DROP ... IF EXISTS make the script safe to run again over a database whose version
-- was set back; it recomputes every vector.

CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent(text) is only STABLE: it finds its dictionary through search_path. The two-argument form names the
-- dictionary, in the schema the extension is in (not always on search_path), so the fold can be declared IMMUTABLE:
-- the stored vectors and every later query must fold alike. The function body is parsed now, so it keeps those
-- objects (not their names) and depends on them: the extension cannot be dropped from under it.
DO $fold$
DECLARE
    extension_schema text;
BEGIN
    SELECT n.nspname INTO STRICT extension_schema
    FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
    WHERE e.extname = 'unaccent';
    EXECUTE format($sql$
        CREATE OR REPLACE FUNCTION handoff_fold(value text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        RETURN pg_catalog.lower(%1$I.unaccent(%2$L::regdictionary, value))
    $sql$, extension_schema, quote_ident(extension_schema) || '.unaccent');
END;
$fold$;

-- The text as it is split into words: folded, with every ASCII punctuation character turned into a space.
CREATE OR REPLACE FUNCTION handoff_search_words(value text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN translate(handoff_fold(coalesce(value, '')), '!"#$%&''()*+,-./:;<=>?@[\]^_`{|}~', repeat(' ', 32));

CREATE OR REPLACE FUNCTION handoff_search_text(value text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN to_tsvector('pg_catalog.simple'::regconfig, handoff_search_words(value));

CREATE OR REPLACE FUNCTION handoff_search_query(value text) RETURNS tsquery
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN (
    SELECT string_agg('(' || phraseto_tsquery('pg_catalog.simple'::regconfig, handoff_search_words(w.word))::text
                          || ':*)', ' & ' ORDER BY w.n)::tsquery
    FROM (SELECT t.word, t.n
          FROM regexp_split_to_table(coalesce(value, ''), '[[:space:][:cntrl:]]+') WITH ORDINALITY AS t (word, n)
          WHERE length(handoff_search_text(t.word)) > 0 -- a word of punctuation only has nothing to look for
          ORDER BY t.n
          LIMIT 16) AS w
);

-- Each kind's vector. The deal's holds its account's name (NULL when the account is missing: a deal stays findable
-- by its own text, as in SQLite's deal_search_source).
CREATE OR REPLACE FUNCTION handoff_deal_search_vector(title text, external_ref text, products text, account text)
RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN setweight(handoff_search_text(title), 'A') || setweight(handoff_search_text(external_ref), 'B')
    || setweight(handoff_search_text(products), 'C') || setweight(handoff_search_text(account), 'D');

CREATE OR REPLACE FUNCTION handoff_account_search_vector(name text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN setweight(handoff_search_text(name), 'A');

CREATE OR REPLACE FUNCTION handoff_contact_search_vector(name text, email text, title text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN setweight(handoff_search_text(name), 'A') || setweight(handoff_search_text(email), 'B')
    || setweight(handoff_search_text(title), 'C');

CREATE OR REPLACE FUNCTION handoff_promise_search_vector(description text, customer_words text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN setweight(handoff_search_text(description), 'A') || setweight(handoff_search_text(customer_words), 'B');

ALTER TABLE deals ADD COLUMN IF NOT EXISTS search_vector tsvector;
ALTER TABLE accounts ADD COLUMN IF NOT EXISTS search_vector tsvector;
ALTER TABLE contacts ADD COLUMN IF NOT EXISTS search_vector tsvector;
ALTER TABLE promises ADD COLUMN IF NOT EXISTS search_vector tsvector;

-- The trigger functions keep the search_path of this script, so that they find the tables also where a session
-- runs with another one (pg_restore runs with an empty search_path and fires these triggers as it loads rows).

-- Deals. Only the indexed columns recompute the vector: a state transition or a version bump leaves it alone.
CREATE OR REPLACE FUNCTION handoff_deals_search() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    NEW.search_vector := handoff_deal_search_vector(NEW.title, NEW.external_ref, NEW.products,
                                                    (SELECT a.name FROM accounts a WHERE a.id = NEW.account_id));
    RETURN NEW;
END;
$$;
DROP TRIGGER IF EXISTS deals_search_vector ON deals;
CREATE TRIGGER deals_search_vector BEFORE INSERT OR UPDATE OF title, external_ref, products, account_id ON deals
FOR EACH ROW EXECUTE FUNCTION handoff_deals_search();

-- Accounts. A new name is also new text in the vector of every deal of the account.
CREATE OR REPLACE FUNCTION handoff_accounts_search() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    NEW.search_vector := handoff_account_search_vector(NEW.name);
    RETURN NEW;
END;
$$;
DROP TRIGGER IF EXISTS accounts_search_vector ON accounts;
CREATE TRIGGER accounts_search_vector BEFORE INSERT OR UPDATE OF name ON accounts
FOR EACH ROW EXECUTE FUNCTION handoff_accounts_search();

-- Sets only search_vector, so deals_search_vector does not fire again and the deals' versions stay as they are.
CREATE OR REPLACE FUNCTION handoff_accounts_search_rename() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    UPDATE deals d
    SET search_vector = handoff_deal_search_vector(d.title, d.external_ref, d.products, NEW.name)
    WHERE d.account_id = NEW.id;
    RETURN NULL;
END;
$$;
DROP TRIGGER IF EXISTS accounts_search_rename ON accounts;
CREATE TRIGGER accounts_search_rename AFTER UPDATE OF name ON accounts
FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION handoff_accounts_search_rename();

-- Contacts.
CREATE OR REPLACE FUNCTION handoff_contacts_search() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    NEW.search_vector := handoff_contact_search_vector(NEW.name, NEW.email, NEW.title);
    RETURN NEW;
END;
$$;
DROP TRIGGER IF EXISTS contacts_search_vector ON contacts;
CREATE TRIGGER contacts_search_vector BEFORE INSERT OR UPDATE OF name, email, title ON contacts
FOR EACH ROW EXECUTE FUNCTION handoff_contacts_search();

-- Promises.
CREATE OR REPLACE FUNCTION handoff_promises_search() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    NEW.search_vector := handoff_promise_search_vector(NEW.description, NEW.customer_words);
    RETURN NEW;
END;
$$;
DROP TRIGGER IF EXISTS promises_search_vector ON promises;
CREATE TRIGGER promises_search_vector BEFORE INSERT OR UPDATE OF description, customer_words ON promises
FOR EACH ROW EXECUTE FUNCTION handoff_promises_search();

CREATE INDEX IF NOT EXISTS deals_search ON deals USING gin (search_vector);
CREATE INDEX IF NOT EXISTS accounts_search ON accounts USING gin (search_vector);
CREATE INDEX IF NOT EXISTS contacts_search ON contacts USING gin (search_vector);
CREATE INDEX IF NOT EXISTS promises_search ON promises USING gin (search_vector);

-- Vectors for what is already there (the triggers above do not fire: only search_vector is set).
UPDATE accounts SET search_vector = handoff_account_search_vector(name);
UPDATE deals d
SET search_vector = handoff_deal_search_vector(d.title, d.external_ref, d.products,
                                               (SELECT a.name FROM accounts a WHERE a.id = d.account_id));
UPDATE contacts SET search_vector = handoff_contact_search_vector(name, email, title);
UPDATE promises SET search_vector = handoff_promise_search_vector(description, customer_words);
