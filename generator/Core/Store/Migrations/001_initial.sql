-- Plan content: created by the importer, edited in the admin.
CREATE TABLE plans (
    id            INTEGER PRIMARY KEY,
    slug          TEXT    NOT NULL UNIQUE CHECK (slug <> ''),
    roc_year      INTEGER NOT NULL CHECK (roc_year BETWEEN 1 AND 999),
    agency_zh     TEXT    NOT NULL,
    agency_en     TEXT    NOT NULL DEFAULT '',
    vision_zh     TEXT    NOT NULL,
    vision_en     TEXT    NOT NULL DEFAULT '',
    is_sample     INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1)),
    -- the date of the last change to the plan's content: the site's "last updated" for plan datasets
    updated_on    TEXT    NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE plan_tasks (
    plan_id   INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    ordinal   INTEGER NOT NULL CHECK (ordinal >= 1),
    text_zh   TEXT    NOT NULL,
    text_en   TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (plan_id, ordinal)
);

CREATE TABLE goals (
    id              INTEGER PRIMARY KEY,
    plan_id         INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    ordinal         INTEGER NOT NULL CHECK (ordinal >= 1),
    title_zh        TEXT    NOT NULL,
    title_en        TEXT    NOT NULL DEFAULT '',
    weight_percent  TEXT    NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1,
    UNIQUE (plan_id, ordinal)
);

CREATE TABLE goal_items (
    goal_id   INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    ordinal   INTEGER NOT NULL CHECK (ordinal >= 1),
    text_zh   TEXT    NOT NULL,
    text_en   TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (goal_id, ordinal)
);

CREATE TABLE indicators (
    id               INTEGER PRIMARY KEY,
    goal_id          INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    ordinal          INTEGER NOT NULL CHECK (ordinal >= 1),
    title_zh         TEXT    NOT NULL,
    title_en         TEXT    NOT NULL DEFAULT '',
    weight_percent   TEXT    NOT NULL,
    measurement_zh   TEXT    NOT NULL,
    measurement_en   TEXT    NOT NULL DEFAULT '',
    target_value     TEXT    NOT NULL,
    unit_zh          TEXT    NOT NULL,
    unit_en          TEXT    NOT NULL DEFAULT '',
    direction        TEXT    NOT NULL DEFAULT 'higher_is_better'
                     CHECK (direction IN ('higher_is_better', 'lower_is_better', 'completion')),
    version          INTEGER NOT NULL DEFAULT 1,
    UNIQUE (goal_id, ordinal)
);

CREATE TABLE budget_lines (
    id                  INTEGER PRIMARY KEY,
    plan_id             INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    ordinal             INTEGER NOT NULL CHECK (ordinal >= 1),
    programme_ordinal   INTEGER NOT NULL CHECK (programme_ordinal >= 1),
    programme_title_zh  TEXT    NOT NULL,
    programme_title_en  TEXT    NOT NULL DEFAULT '',
    items_zh            TEXT    NOT NULL,
    items_en            TEXT    NOT NULL DEFAULT '',
    amount_thousand_ntd TEXT    NOT NULL,
    note_zh             TEXT    NOT NULL DEFAULT '',
    note_en             TEXT    NOT NULL DEFAULT '',
    version             INTEGER NOT NULL DEFAULT 1,
    UNIQUE (plan_id, ordinal)
);

-- Operational data: entered by editors, never deleted by a re-import of the plan document.
CREATE TABLE actuals (
    id            INTEGER PRIMARY KEY,
    indicator_id  INTEGER NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
    period        TEXT    NOT NULL,
    value         TEXT    NOT NULL,
    note_zh       TEXT    NOT NULL DEFAULT '',
    note_en       TEXT    NOT NULL DEFAULT '',
    source        TEXT    NOT NULL DEFAULT '',
    reported_on   TEXT    NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1,
    UNIQUE (indicator_id, period)
);

CREATE TABLE exchanges (
    id                INTEGER PRIMARY KEY,
    plan_id           INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    date              TEXT    NOT NULL,
    kind              TEXT    NOT NULL CHECK (kind IN ('sister_city_exchange', 'delegation_received', 'envoy_visit',
                                                        'overseas_visit', 'event_participation', 'media_coverage')),
    partner_city_zh   TEXT    NOT NULL,
    partner_city_en   TEXT    NOT NULL DEFAULT '',
    country_zh        TEXT    NOT NULL,
    country_en        TEXT    NOT NULL DEFAULT '',
    delegation_size   INTEGER NULL CHECK (delegation_size IS NULL OR delegation_size >= 0),
    summary_zh        TEXT    NOT NULL,
    summary_en        TEXT    NOT NULL DEFAULT '',
    indicator_code    TEXT    NULL,
    source_url        TEXT    NULL,
    version           INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX exchanges_by_plan_date ON exchanges (plan_id, date);

CREATE TABLE esignature_months (
    id                   INTEGER PRIMARY KEY,
    plan_id              INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    month                TEXT    NOT NULL,
    online_signed        INTEGER NOT NULL CHECK (online_signed >= 0),
    electronic_received  INTEGER NOT NULL CHECK (electronic_received >= 0),
    paper_signed_online  INTEGER NOT NULL CHECK (paper_signed_online >= 0),
    self_drafted         INTEGER NOT NULL CHECK (self_drafted >= 0),
    version              INTEGER NOT NULL DEFAULT 1,
    UNIQUE (plan_id, month)
);

-- Static page texts of the site (about, open-data guide), Markdown per language.
CREATE TABLE site_pages (
    key          TEXT    NOT NULL,
    language     TEXT    NOT NULL CHECK (language IN ('zh-TW', 'en')),
    markdown     TEXT    NOT NULL,
    version      INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (key, language)
);

-- The admin: users, the audit trail, publishing history.
CREATE TABLE users (
    id               INTEGER PRIMARY KEY,
    name             TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    role             TEXT    NOT NULL CHECK (role IN ('editor', 'publisher', 'admin')),
    password_hash    TEXT    NOT NULL,
    is_disabled      INTEGER NOT NULL DEFAULT 0,
    failed_attempts  INTEGER NOT NULL DEFAULT 0,
    locked_until     TEXT    NULL,
    security_stamp   TEXT    NOT NULL,
    created_at       TEXT    NOT NULL,
    version          INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT    NOT NULL,
    user_name   TEXT    NOT NULL,
    plan_id     INTEGER NULL,
    entity      TEXT    NOT NULL,
    entity_id   TEXT    NOT NULL,
    action      TEXT    NOT NULL CHECK (action IN ('create', 'update', 'delete', 'import', 'publish', 'restore')),
    field       TEXT    NOT NULL DEFAULT '',
    old_value   TEXT    NULL,
    new_value   TEXT    NULL,
    reason      TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_by_time ON audit_log (at);

CREATE TABLE releases (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL UNIQUE,
    created_at  TEXT    NOT NULL,
    user_name   TEXT    NOT NULL,
    pages       INTEGER NOT NULL,
    files       INTEGER NOT NULL,
    bytes       INTEGER NOT NULL,
    seconds     REAL    NOT NULL,
    is_current  INTEGER NOT NULL DEFAULT 0
);
