-- Handoff schema, version 11, for PostgreSQL: the tables and the index of ../0011_inbox.sql (see there), and in team
-- mode the rule that each person writes only their own: a person marks what they read, and a mention is written by
-- the comment's author.

CREATE TABLE IF NOT EXISTS mentions (
    user_id bigint NOT NULL REFERENCES users (id),
    comment_id bigint NOT NULL REFERENCES comments (id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, comment_id)
);
CREATE INDEX IF NOT EXISTS mentions_by_comment ON mentions (comment_id);

CREATE TABLE IF NOT EXISTS inbox_read (
    user_id bigint NOT NULL REFERENCES users (id),
    item text COLLATE "C" NOT NULL,
    read_at text COLLATE "C" NOT NULL,
    PRIMARY KEY (user_id, item)
);

CREATE INDEX IF NOT EXISTS audit_log_inbox ON audit_log (at, id)
    WHERE action IN ('return', 'accept', 'review', 'clarify');

-- Outside team mode, and for whoever administers, handoff_team_person() is NULL and every write passes.
CREATE OR REPLACE FUNCTION handoff_inbox_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    person bigint := handoff_team_person();
BEGIN
    IF person IS NULL THEN
        RETURN coalesce(NEW, OLD);
    END IF;
    PERFORM handoff_team_role_of(person);
    IF TG_TABLE_NAME = 'inbox_read' THEN
        IF (TG_OP <> 'DELETE' AND NEW.user_id IS DISTINCT FROM person)
           OR (TG_OP <> 'INSERT' AND OLD.user_id IS DISTINCT FROM person) THEN
            PERFORM handoff_team_refuse('each person marks only their own inbox as read');
        END IF;
    ELSIF TG_OP = 'UPDATE'
          OR NOT EXISTS (SELECT 1 FROM comments WHERE id = NEW.comment_id AND author_id = person) THEN
        PERFORM handoff_team_refuse('a mention is written with its comment, by the comment''s author');
    END IF;
    RETURN coalesce(NEW, OLD);
END;
$$;

DROP TRIGGER IF EXISTS inbox_read_guard ON inbox_read;
CREATE TRIGGER inbox_read_guard BEFORE INSERT OR UPDATE OR DELETE ON inbox_read FOR EACH ROW
EXECUTE FUNCTION handoff_inbox_guard();
DROP TRIGGER IF EXISTS mentions_guard ON mentions;
-- Not on delete: mentions go with their comment (ON DELETE CASCADE), whoever removes it.
CREATE TRIGGER mentions_guard BEFORE INSERT OR UPDATE ON mentions FOR EACH ROW
EXECUTE FUNCTION handoff_inbox_guard();
