-- Handoff schema, version 10, for PostgreSQL: team mode. Each person connects with a PostgreSQL login of their own,
-- and the server, not only the workstation, holds them to their role: what core refuses a sales rep is refused to the
-- same login in psql. (A file has no such step: ../0010_team_mode.sql.)
--
-- How it holds:
--   * Who: a person is the users row that team_logins maps the session's login (session_user) to. session_user is
--     the login that authenticated: SET ROLE does not change it, and only a superuser can SET SESSION
--     AUTHORIZATION. Every audit entry that a person's session writes names that person (the trigger team_actor),
--     whatever actor the client sent.
--   * What the tables let them do: the team's three group roles (team_mode) may read every table and write the
--     tables of the workflow; nobody but the owner may change the schema, and audit entries can only be added (the
--     triggers of version 1 refuse every change to them, to the owner too).
--   * What the rows let them do: the trigger team_guard, on every table whose rows a role may or may not change,
--     applies core's role rules (HandoffGuards, DealService::editRefusals, ContactService, TaskService, CsatService,
--     CatalogService, ChecklistTemplateService, UserService) to each row a person's session writes. It checks roles
--     and ownership (whose deal, which transition), not the workflow's conditions (a complete checklist, every
--     promise reviewed): those are core's, and a person who bypasses core gains nothing by skipping them that their
--     role would not let them do anyway.
--   * Administration: the database's owner (the login that started team mode with 'handoff init', recorded in
--     team_mode) and superusers are no person of the team; their sessions pass the guard and act in the name the
--     client gives, as on a server without team mode. People are added and stopped through handoff_add_login and
--     handoff_allow_login, which run as the owner (SECURITY DEFINER) once they have checked that the caller is an
--     active lead, so that no lead needs the right to create roles on the server.
--   * 'handoff check' finds each trigger of team mode there and enabled, and each function behind them as shipped.
-- Until 'handoff init' starts team mode (handoff_start_team), a database has none of the triggers or grants: one
-- login serves everyone and the workstation asks who is working, as before.

CREATE TABLE IF NOT EXISTS team_mode (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    owner text COLLATE "C" NOT NULL,
    sales_role text COLLATE "C" NOT NULL,
    support_role text COLLATE "C" NOT NULL,
    lead_role text COLLATE "C" NOT NULL
);

CREATE TABLE IF NOT EXISTS team_logins (
    user_id bigint PRIMARY KEY REFERENCES users (id),
    login text COLLATE "C" NOT NULL UNIQUE
);

-- The group role of a Handoff role in this database: roles belong to the whole server, so their names carry the
-- database's (cut to fit PostgreSQL's 63 bytes).
CREATE OR REPLACE FUNCTION handoff_team_role(role text) RETURNS text
LANGUAGE sql STABLE SET search_path FROM CURRENT AS $$
    SELECT CASE role WHEN 'sales' THEN sales_role WHEN 'support' THEN support_role WHEN 'lead' THEN lead_role END
    FROM team_mode
$$;

-- Whether the session administers the database (no person's rules apply): outside team mode, as its owner, as a
-- superuser, or inside a function that runs as the owner.
CREATE OR REPLACE FUNCTION handoff_team_administers() RETURNS boolean
LANGUAGE sql STABLE SET search_path FROM CURRENT AS $$
    SELECT NOT EXISTS (SELECT 1 FROM team_mode)
        OR current_user::text = (SELECT owner FROM team_mode)
        OR EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user AND rolsuper)
$$;

-- The person the session acts as (NULL when it administers). A login that is no person of the team is refused.
CREATE OR REPLACE FUNCTION handoff_team_person() RETURNS bigint
LANGUAGE plpgsql STABLE SET search_path FROM CURRENT AS $$
DECLARE
    person bigint;
BEGIN
    IF handoff_team_administers() THEN
        RETURN NULL;
    END IF;
    SELECT user_id INTO person FROM team_logins WHERE login = session_user::text;
    IF person IS NULL THEN
        RAISE EXCEPTION 'the login "%" is not a person of this Handoff team', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN person;
END;
$$;

CREATE OR REPLACE FUNCTION handoff_team_refuse(message text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '%', message USING ERRCODE = 'insufficient_privilege';
END;
$$;

-- The person who opens a session must be active; returns their role.
CREATE OR REPLACE FUNCTION handoff_team_role_of(person bigint) RETURNS text
LANGUAGE plpgsql STABLE SET search_path FROM CURRENT AS $$
DECLARE
    found users;
BEGIN
    SELECT * INTO found FROM users WHERE id = person;
    IF found.active <> 1 THEN
        PERFORM handoff_team_refuse(format('%s is deactivated and cannot change anything', found.name));
    END IF;
    RETURN found.role;
END;
$$;

-- The rules of a person's writes, row by row (see the top of this file).
CREATE OR REPLACE FUNCTION handoff_team_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    person bigint := handoff_team_person();
    role text;
    deal deals;
    old_deal deals;
    deal_id bigint;
BEGIN
    IF person IS NULL THEN
        RETURN coalesce(NEW, OLD);
    END IF;
    role := handoff_team_role_of(person);
    IF role = 'lead' THEN
        RETURN coalesce(NEW, OLD);
    END IF;
    IF TG_TABLE_NAME IN ('users', 'team_logins') THEN
        PERFORM handoff_team_refuse('only a team lead adds, changes or deactivates people');
    ELSIF TG_TABLE_NAME = 'capabilities' THEN
        PERFORM handoff_team_refuse('only a team lead can change the capability catalog');
    ELSIF TG_TABLE_NAME = 'checklist_items' THEN
        PERFORM handoff_team_refuse('only a team lead can change the checklist template');
    ELSIF TG_TABLE_NAME = 'comments' THEN
        IF (TG_OP <> 'DELETE' AND NEW.author_id IS DISTINCT FROM person)
           OR (TG_OP <> 'INSERT' AND OLD.author_id IS DISTINCT FROM person) THEN
            PERFORM handoff_team_refuse('a comment is written and changed by its author only');
        END IF;
    ELSIF TG_TABLE_NAME = 'deals' THEN
        IF TG_OP <> 'INSERT' THEN
            old_deal := OLD;
        END IF;
        IF TG_OP <> 'DELETE' THEN
            deal := NEW;
        END IF;
        IF role = 'sales' THEN
            IF TG_OP = 'DELETE' OR deal.sales_rep_id IS DISTINCT FROM person
               OR (TG_OP = 'UPDATE' AND old_deal.sales_rep_id IS DISTINCT FROM person) THEN
                PERFORM handoff_team_refuse('a sales rep changes only their own deals');
            END IF;
            IF TG_OP = 'UPDATE' AND deal.state IS DISTINCT FROM old_deal.state
               AND deal.state NOT IN ('submitted', 'cancelled') THEN
                PERFORM handoff_team_refuse(format('only support or a team lead can make a handoff %s', deal.state));
            END IF;
            IF TG_OP = 'UPDATE' AND deal.support_owner_id IS DISTINCT FROM old_deal.support_owner_id THEN
                PERFORM handoff_team_refuse('a sales rep does not choose the support owner');
            END IF;
        ELSE -- support
            IF TG_OP <> 'UPDATE' THEN
                PERFORM handoff_team_refuse('only sales reps and leads create or remove deals');
            END IF;
            -- Support moves a handoff on and takes it; the deal itself is the sales rep's and the lead's to edit.
            IF to_jsonb(deal) - ARRAY['state', 'support_owner_id', 'accepted_at', 'version']
               <> to_jsonb(old_deal) - ARRAY['state', 'support_owner_id', 'accepted_at', 'version'] THEN
                PERFORM handoff_team_refuse('only the deal''s sales rep or a lead may edit the deal');
            END IF;
            IF deal.state IS DISTINCT FROM old_deal.state
               AND NOT (old_deal.state = 'submitted' AND deal.state IN ('accepted', 'returned'))
               AND NOT (old_deal.state = 'accepted' AND deal.state = 'fulfilled') THEN
                PERFORM handoff_team_refuse(
                    format('support cannot take a handoff from %s to %s', old_deal.state, deal.state));
            END IF;
            IF deal.support_owner_id IS DISTINCT FROM old_deal.support_owner_id
               AND deal.support_owner_id IS DISTINCT FROM person THEN
                PERFORM handoff_team_refuse('support takes a handoff in its own name only');
            END IF;
        END IF;
    ELSIF TG_TABLE_NAME IN ('tasks', 'csat_scores') AND role = 'sales' THEN
        -- A past-due task is no sales rep's to touch; only support and leads work tasks and record CSAT.
        PERFORM handoff_team_refuse(CASE TG_TABLE_NAME WHEN 'tasks'
                                        THEN 'only support or a team lead can work on fulfilment tasks'
                                        ELSE 'only support or a team lead records customer satisfaction' END);
    ELSIF TG_TABLE_NAME IN ('promises', 'checklist_answers', 'deal_contacts', 'deal_channels', 'handoff_snapshots') THEN
        -- Rows of one deal: whose deal it is decides, before and after the change.
        FOREACH deal_id IN ARRAY ARRAY[CASE WHEN TG_OP <> 'INSERT' THEN OLD.deal_id END,
                                       CASE WHEN TG_OP <> 'DELETE' THEN NEW.deal_id END] LOOP
            CONTINUE WHEN deal_id IS NULL;
            SELECT * INTO deal FROM deals WHERE id = deal_id;
            IF role = 'sales' AND deal.sales_rep_id IS DISTINCT FROM person THEN
                -- Anyone's session marks a past-due promise broken (PromiseService::markBrokenPastDue): a fact of
                -- the calendar, not a decision. (Two days' grace: the client's day may be ahead of the server's.)
                -- (A nested IF: PL/pgSQL resolves every field an expression names, so OLD.fulfilment only where
                -- the row is a promise.)
                IF TG_TABLE_NAME = 'promises' AND TG_OP = 'UPDATE' THEN
                    CONTINUE WHEN OLD.fulfilment = 'open' AND NEW.fulfilment = 'broken'
                        AND NEW.due_on < to_char(current_date + 2, 'YYYY-MM-DD')
                        AND to_jsonb(NEW) - 'fulfilment' - 'version' = to_jsonb(OLD) - 'fulfilment' - 'version';
                END IF;
                PERFORM handoff_team_refuse('a sales rep changes only their own deals');
            END IF;
            IF role = 'support' THEN
                IF TG_TABLE_NAME = 'promises' AND TG_OP = 'UPDATE' THEN
                    NULL; -- support reviews promises and marks them fulfilled
                ELSIF TG_TABLE_NAME IN ('deal_contacts', 'deal_channels') AND deal.state = 'accepted'
                      AND deal.support_owner_id = person THEN
                    NULL; -- the support owner of an accepted deal keeps its contacts
                ELSE
                    PERFORM handoff_team_refuse(format('support cannot change the %s of a deal here',
                                                       replace(TG_TABLE_NAME, '_', ' ')));
                END IF;
            END IF;
        END LOOP;
    END IF;
    RETURN coalesce(NEW, OLD);
END;
$$;

-- Every entry a person's session writes is in that person's name, whatever actor the client sent.
CREATE OR REPLACE FUNCTION handoff_audit_log_actor() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    person bigint := handoff_team_person();
BEGIN
    IF person IS NOT NULL THEN
        NEW.actor_id := person;
    END IF;
    RETURN NEW;
END;
$$;

-- The team's rights on the tables. Run again after every upgrade (Migrator), so that a table a later version adds is
-- granted too.
CREATE OR REPLACE FUNCTION handoff_team_grants() RETURNS void
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    team team_mode;
    groups text;
BEGIN
    SELECT * INTO team FROM team_mode;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    groups := format('%I, %I, %I', team.sales_role, team.support_role, team.lead_role);
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %s', current_database(), groups);
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %s', current_schema(), groups);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %s', current_schema(), groups);
    EXECUTE format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA %I TO %s', current_schema(), groups);
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON handoff_database, handoff_schema, team_mode, team_logins FROM %s',
                   groups);
    EXECUTE format('REVOKE UPDATE, DELETE ON audit_log FROM %s', groups);
    EXECUTE format('REVOKE ALL ON FUNCTION handoff_add_login(bigint, text), handoff_allow_login(bigint, boolean) '
                   'FROM PUBLIC');
    EXECUTE format('GRANT EXECUTE ON FUNCTION handoff_add_login(bigint, text), handoff_allow_login(bigint, boolean) '
                   'TO %I', team.lead_role);
END;
$$;

-- Starts team mode: the group roles (made, or taken over when a database of this name had them before), the
-- owner, the grants and the guard on every table. The first lead's login follows with handoff_add_login.
CREATE OR REPLACE FUNCTION handoff_start_team() RETURNS void
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    base text := left(current_database(), 50);
    kind text;
    guarded text;
BEGIN
    IF EXISTS (SELECT 1 FROM team_mode) THEN
        RAISE EXCEPTION 'team mode has already been started in this database' USING ERRCODE = 'check_violation';
    END IF;
    INSERT INTO team_mode (owner, sales_role, support_role, lead_role)
    VALUES (current_user, base || '_sales', base || '_support', base || '_lead');
    FOREACH kind IN ARRAY ARRAY['sales', 'support', 'lead'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = handoff_team_role(kind)) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', handoff_team_role(kind));
        END IF;
    END LOOP;
    FOREACH guarded IN ARRAY ARRAY['users', 'team_logins', 'capabilities', 'checklist_items', 'comments', 'deals',
                                   'tasks', 'csat_scores', 'promises', 'checklist_answers', 'deal_contacts',
                                   'deal_channels', 'handoff_snapshots'] LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW '
                       'EXECUTE FUNCTION handoff_team_guard()', guarded || '_team_guard', guarded);
    END LOOP;
    CREATE TRIGGER team_actor BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION handoff_audit_log_actor();
    PERFORM handoff_team_grants();
END;
$$;

-- The caller may manage people: the owner, a superuser, or an active lead of the team.
CREATE OR REPLACE FUNCTION handoff_team_check_manager() RETURNS void
LANGUAGE plpgsql STABLE SET search_path FROM CURRENT AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM team_mode) THEN
        RAISE EXCEPTION 'this database is not in team mode: start it with ''handoff init'' on the server'
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    IF session_user::text = (SELECT owner FROM team_mode)
       OR EXISTS (SELECT 1 FROM pg_roles WHERE rolname = session_user AND rolsuper)
       OR EXISTS (SELECT 1 FROM team_logins l JOIN users u ON u.id = l.user_id
                  WHERE l.login = session_user::text AND u.role = 'lead' AND u.active = 1) THEN
        RETURN;
    END IF;
    PERFORM handoff_team_refuse('only a team lead adds people or stops their access');
END;
$$;

-- Gives a person of the team their login: a new login role (without a password: the server's administrator sets
-- the first one), or one the server has already (the same person in another team), made a member of their role's
-- group. A login that administers the server, or this database, cannot be a person of the team.
CREATE OR REPLACE FUNCTION handoff_add_login(person bigint, login text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    role text;
    existing pg_roles;
BEGIN
    PERFORM handoff_team_check_manager();
    SELECT u.role INTO role FROM users u WHERE u.id = person;
    IF role IS NULL THEN
        RAISE EXCEPTION 'there is no person %', person USING ERRCODE = 'no_data_found';
    END IF;
    IF login IS NULL OR login !~ '^[a-z_][a-z0-9_.-]{0,62}$' THEN
        RAISE EXCEPTION 'a login is 1 to 63 lower-case letters, digits, ''_'', ''.'' or ''-'', not "%"', login
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF EXISTS (SELECT 1 FROM team_logins t WHERE t.login = handoff_add_login.login) THEN
        RAISE EXCEPTION 'the login "%" already belongs to someone in this team', login USING ERRCODE = 'unique_violation';
    END IF;
    SELECT * INTO existing FROM pg_roles WHERE rolname = login;
    IF FOUND THEN
        IF existing.rolsuper OR existing.rolcreaterole OR NOT existing.rolcanlogin
           OR login = (SELECT owner FROM team_mode) THEN
            RAISE EXCEPTION 'the login "%" administers the server or is a group, so it cannot be a person of the team',
                login USING ERRCODE = 'insufficient_privilege';
        END IF;
    ELSE
        BEGIN
            EXECUTE format('CREATE ROLE %I LOGIN', login);
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL; -- made a moment ago by another team's 'handoff init' or 'user add' on this server
        END;
    END IF;
    EXECUTE format('GRANT %I TO %I', handoff_team_role(role), login);
    INSERT INTO team_logins (user_id, login) VALUES (person, login);
END;
$$;

-- Stops or restores a person's access to this database: their login leaves or rejoins their role's group, which alone
-- may connect. The login itself stays as it is, since the same person may work in another team on this server. Their
-- rows and history stay. A session already open ends at its next write, which the guard refuses to a deactivated
-- person.
CREATE OR REPLACE FUNCTION handoff_allow_login(person bigint, allowed boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    login text;
    role text;
BEGIN
    PERFORM handoff_team_check_manager();
    SELECT t.login, u.role INTO login, role FROM team_logins t JOIN users u ON u.id = t.user_id WHERE t.user_id = person;
    IF login IS NOT NULL THEN
        EXECUTE format(CASE WHEN allowed THEN 'GRANT %I TO %I' ELSE 'REVOKE %I FROM %I' END, handoff_team_role(role),
                       login);
    END IF;
END;
$$;

REVOKE ALL ON FUNCTION handoff_add_login(bigint, text), handoff_allow_login(bigint, boolean) FROM PUBLIC;

-- Live updates, with or without team mode: every committed change is announced on the channel handoff_changes, so
-- that every workstation on the database shows it within a second (core/storage/ChangeFeed). Every change writes
-- audit entries, so one trigger on audit_log hears them all; the server delivers a notification when, and only if,
-- its transaction commits. The payload names the session that made the change (its backend pid: a workstation skips
-- its own), the deals it touched, and the kinds of other rows (people, catalog, template); a change of more than 100
-- deals (an import) says "all" instead of listing them, to stay far below the payload's 8000 bytes.
CREATE OR REPLACE FUNCTION handoff_announce_changes() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    deals bigint[];
    kinds text[];
BEGIN
    SELECT array_agg(DISTINCT deal_id) FILTER (WHERE deal_id IS NOT NULL),
           array_agg(DISTINCT entity) FILTER (WHERE deal_id IS NULL)
    INTO deals, kinds FROM added;
    PERFORM pg_notify('handoff_changes',
                      json_build_object('pid', pg_backend_pid(),
                                        'deals', CASE WHEN cardinality(deals) > 100 THEN NULL
                                                      ELSE coalesce(deals, '{}') END,
                                        'all', coalesce(cardinality(deals) > 100, false),
                                        'kinds', coalesce(kinds, '{}'))::text);
    RETURN NULL;
END;
$$;

DROP TRIGGER IF EXISTS announce_changes ON audit_log;
CREATE TRIGGER announce_changes AFTER INSERT ON audit_log REFERENCING NEW TABLE AS added
FOR EACH STATEMENT EXECUTE FUNCTION handoff_announce_changes();
