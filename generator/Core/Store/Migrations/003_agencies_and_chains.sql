-- Agencies are an entity of their own: every plan belongs to one agency and one fiscal year.
CREATE TABLE agencies (
    id          INTEGER PRIMARY KEY,
    code        TEXT    NOT NULL UNIQUE CHECK (code <> '' AND code NOT GLOB '*[^a-z0-9-]*'),
    name_zh     TEXT    NOT NULL CHECK (name_zh <> ''),
    name_en     TEXT    NOT NULL DEFAULT '',
    sort_order  INTEGER NOT NULL DEFAULT 0,
    version     INTEGER NOT NULL DEFAULT 1
);

-- Site-wide settings, one value per key (the city's name in both languages).
CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
INSERT INTO settings (key, value) VALUES ('city_name_zh', '桃園市政府'), ('city_name_en', 'Taoyuan City Government');

-- One agency per Chinese agency name the plans hold, named without the city (a setting now) and
-- coded from the slug of its oldest plan without the year: 107-secretariat gives secretariat.
CREATE TEMP TABLE agency_names AS
SELECT
    CASE WHEN p.agency_zh LIKE '桃園市政府_%' THEN substr(p.agency_zh, 6) ELSE p.agency_zh END AS name_zh,
    MIN(p.id) AS first_plan
FROM plans p GROUP BY 1;

INSERT OR IGNORE INTO agencies (code, name_zh, name_en, sort_order)
SELECT
    CASE WHEN p.slug GLOB '[0-9]*-?*' THEN substr(p.slug, instr(p.slug, '-') + 1) ELSE p.slug END,
    n.name_zh,
    (SELECT CASE WHEN q.agency_en LIKE '%, Taoyuan City Government'
                 THEN substr(q.agency_en, 1, length(q.agency_en) - length(', Taoyuan City Government'))
                 ELSE q.agency_en END
     FROM plans q WHERE q.agency_zh = p.agency_zh ORDER BY q.roc_year DESC LIMIT 1),
    n.first_plan * 10
FROM agency_names n JOIN plans p ON p.id = n.first_plan
ORDER BY n.first_plan;

-- A name whose derived code another agency took already gets a code of its own.
INSERT INTO agencies (code, name_zh, name_en, sort_order)
SELECT 'agency-' || n.first_plan, n.name_zh, '', n.first_plan * 10
FROM agency_names n WHERE NOT EXISTS (SELECT 1 FROM agencies a WHERE a.name_zh = n.name_zh);

ALTER TABLE plans ADD COLUMN agency_id INTEGER NULL REFERENCES agencies (id);
UPDATE plans SET agency_id = (
    SELECT a.id FROM agencies a
    WHERE a.name_zh = CASE WHEN plans.agency_zh LIKE '桃園市政府_%' THEN substr(plans.agency_zh, 6) ELSE plans.agency_zh END);
DROP TABLE agency_names;
ALTER TABLE plans DROP COLUMN agency_zh;
ALTER TABLE plans DROP COLUMN agency_en;

-- One plan per agency and fiscal year; a plan without an agency is refused.
CREATE UNIQUE INDEX plans_by_agency_year ON plans (agency_id, roc_year);
CREATE TRIGGER plans_belong_to_an_agency_on_insert BEFORE INSERT ON plans WHEN NEW.agency_id IS NULL
BEGIN SELECT RAISE(ABORT, 'plans.agency_id: every plan belongs to an agency'); END;
CREATE TRIGGER plans_belong_to_an_agency_on_update BEFORE UPDATE OF agency_id ON plans WHEN NEW.agency_id IS NULL
BEGIN SELECT RAISE(ABORT, 'plans.agency_id: every plan belongs to an agency'); END;

-- An indicator continues at most one indicator of the same agency's previous-year plan, and is
-- continued by at most one: links make chains across years. A link is proposed by the program
-- or confirmed by an editor (a copied plan's links are confirmed when they are made).
CREATE TABLE indicator_links (
    indicator_id   INTEGER PRIMARY KEY REFERENCES indicators (id) ON DELETE CASCADE,
    continues_id   INTEGER NOT NULL UNIQUE REFERENCES indicators (id) ON DELETE CASCADE,
    state          TEXT    NOT NULL CHECK (state IN ('proposed', 'confirmed')),
    CHECK (indicator_id <> continues_id)
);
