-- Handoff schema, version 8, for PostgreSQL: the same kept figures as ../0008_kept_figures.sql (see there). Counts
-- are integer, so that their sums are bigint as the metrics read them (a sum of bigint would be numeric).

CREATE TABLE IF NOT EXISTS figure_parts (
    deal_id bigint NOT NULL,
    kind text COLLATE "C" NOT NULL,
    day text COLLATE "C" NOT NULL,
    a bigint NOT NULL,
    b bigint NOT NULL,
    k integer NOT NULL,
    t text COLLATE "C" NOT NULL,
    u text COLLATE "C" NOT NULL,
    n integer NOT NULL,
    v1 integer NOT NULL, v2 integer NOT NULL, v3 integer NOT NULL, v4 integer NOT NULL,
    v5 integer NOT NULL, v6 integer NOT NULL, v7 integer NOT NULL, v8 integer NOT NULL,
    PRIMARY KEY (deal_id, kind, day, a, b, k, t, u)
);

CREATE TABLE IF NOT EXISTS figure_days (
    kind text COLLATE "C" NOT NULL,
    day text COLLATE "C" NOT NULL,
    a bigint NOT NULL,
    b bigint NOT NULL,
    k integer NOT NULL,
    t text COLLATE "C" NOT NULL,
    u text COLLATE "C" NOT NULL,
    n integer NOT NULL,
    v1 integer NOT NULL, v2 integer NOT NULL, v3 integer NOT NULL, v4 integer NOT NULL,
    v5 integer NOT NULL, v6 integer NOT NULL, v7 integer NOT NULL, v8 integer NOT NULL,
    PRIMARY KEY (kind, day, a, b, k, t, u)
);

CREATE INDEX IF NOT EXISTS figure_parts_risk ON figure_parts (day, a, b, deal_id) WHERE kind = 'risk';
CREATE INDEX IF NOT EXISTS figure_days_empty ON figure_days (kind) WHERE n = 0;

CREATE TABLE IF NOT EXISTS figure_state (
    id integer PRIMARY KEY CHECK (id = 1),
    zone text COLLATE "C"
);
INSERT INTO figure_state (id, zone) VALUES (1, NULL) ON CONFLICT (id) DO UPDATE SET zone = NULL;
