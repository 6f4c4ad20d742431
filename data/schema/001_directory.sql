-- The directory, aligned with Open Referral HSDS 3.0: organization, service, location,
-- phone, schedule, language, taxonomy (categories); our additions: fr/nl/en texts, audience,
-- free/anonymous/appointment, confidence, notes, sources, version, tombstones.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE categories (
    id       TEXT PRIMARY KEY,
    label_fr TEXT NOT NULL,
    label_nl TEXT NOT NULL,
    label_en TEXT NOT NULL
); -- rowid keeps the taxonomy's order

CREATE TABLE organizations (
    id   TEXT PRIMARY KEY,
    name TEXT NOT NULL
) WITHOUT ROWID;

-- rowid is the full-text index's key; `id` is the stable public id.
CREATE TABLE services (
    rowid            INTEGER PRIMARY KEY,
    id               TEXT NOT NULL UNIQUE,
    organization_id  TEXT NOT NULL REFERENCES organizations(id),
    name_fr          TEXT NOT NULL DEFAULT '',
    name_nl          TEXT NOT NULL DEFAULT '',
    name_en          TEXT NOT NULL DEFAULT '',
    description_fr   TEXT NOT NULL DEFAULT '',
    description_nl   TEXT NOT NULL DEFAULT '',
    description_en   TEXT NOT NULL DEFAULT '',
    email            TEXT,
    website          TEXT,
    free             INTEGER CHECK (free IN (0, 1)),
    anonymous        INTEGER CHECK (anonymous IN (0, 1)),
    appointment      TEXT CHECK (appointment IN ('required', 'optional', 'walk-in')),
    hours_known      INTEGER NOT NULL DEFAULT 0,
    languages_known  INTEGER NOT NULL DEFAULT 0,
    confidence       TEXT NOT NULL CHECK (confidence IN ('verified', 'partial', 'unverified')),
    notes            TEXT,
    sources          TEXT NOT NULL DEFAULT '[]', -- JSON array of URLs
    last_verified_at TEXT,
    version          INTEGER NOT NULL,
    updated_at       TEXT NOT NULL
);
CREATE INDEX services_organization ON services(organization_id);
-- The yes/no filters ("free", "anonymous", "walk-in") read these instead of every record.
CREATE INDEX services_free ON services(free);
CREATE INDEX services_anonymous ON services(anonymous);
CREATE INDEX services_appointment ON services(appointment);

CREATE TABLE locations (
    service_rowid    INTEGER PRIMARY KEY REFERENCES services(rowid) ON DELETE CASCADE,
    street           TEXT,
    postal_code      TEXT,
    municipality     TEXT,
    municipality_key TEXT, -- folded (case, accents) for filtering
    city             TEXT,
    lat              REAL,
    lon              REAL
);
CREATE INDEX locations_municipality ON locations(municipality_key);

CREATE TABLE phones (
    service_rowid INTEGER NOT NULL REFERENCES services(rowid) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    number        TEXT NOT NULL,
    label         TEXT,
    PRIMARY KEY (service_rowid, position)
) WITHOUT ROWID;

CREATE TABLE schedules (
    service_rowid INTEGER NOT NULL REFERENCES services(rowid) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    days          INTEGER NOT NULL, -- bit set, Monday = 1
    opens         INTEGER NOT NULL, -- minutes since midnight, Brussels local time
    closes        INTEGER NOT NULL, -- 1440 = end of day; < opens = past midnight
    note          TEXT,
    PRIMARY KEY (service_rowid, position)
) WITHOUT ROWID;

CREATE TABLE service_languages (
    service_rowid INTEGER NOT NULL REFERENCES services(rowid) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    language      TEXT NOT NULL,
    PRIMARY KEY (service_rowid, position)
) WITHOUT ROWID;
CREATE INDEX service_languages_language ON service_languages(language, service_rowid);

CREATE TABLE service_categories (
    service_rowid INTEGER NOT NULL REFERENCES services(rowid) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    category_id   TEXT NOT NULL REFERENCES categories(id),
    PRIMARY KEY (service_rowid, position)
) WITHOUT ROWID;
CREATE INDEX service_categories_category ON service_categories(category_id, service_rowid);

CREATE TABLE service_audiences (
    service_rowid INTEGER NOT NULL REFERENCES services(rowid) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    audience      TEXT NOT NULL,
    PRIMARY KEY (service_rowid, position)
) WITHOUT ROWID;
CREATE INDEX service_audiences_audience ON service_audiences(audience, service_rowid);


CREATE TABLE tombstones (
    id         TEXT PRIMARY KEY,
    version    INTEGER NOT NULL,
    deleted_at TEXT NOT NULL
) WITHOUT ROWID;

-- What the full-text index sees of each service: all languages of each text in one column,
-- so one query finds a service whatever language the social worker types in.
CREATE VIEW search_docs(rowid, name, organization, categories, keywords, description, place) AS
SELECT s.rowid,
       s.name_fr || ' ' || s.name_nl || ' ' || s.name_en,
       o.name,
       (SELECT group_concat(c.label_fr || ' ' || c.label_nl || ' ' || c.label_en, ' ')
          FROM service_categories sc JOIN categories c ON c.id = sc.category_id
         WHERE sc.service_rowid = s.rowid),
       (SELECT group_concat(sc.category_id, ' ') FROM service_categories sc
         WHERE sc.service_rowid = s.rowid) || ' ' ||
       coalesce((SELECT group_concat(a.audience, ' ') FROM service_audiences a
                  WHERE a.service_rowid = s.rowid), ''),
       s.description_fr || ' ' || s.description_nl || ' ' || s.description_en,
       coalesce(l.street, '') || ' ' || coalesce(l.postal_code, '') || ' ' ||
       coalesce(l.municipality, '') || ' ' || coalesce(l.city, '')
  FROM services s
  JOIN organizations o ON o.id = s.organization_id
  LEFT JOIN locations l ON l.service_rowid = s.rowid;

-- Tokenizer "relais": unicode61 with diacritics removed (médecin = medecin), plus joined
-- forms of hyphenated and inclusive-writing words and plural stems (see tokenizer.cpp).
-- External content over search_docs; kept in step explicitly by the store.
CREATE VIRTUAL TABLE search_fts USING fts5(
    name, organization, categories, keywords, description, place,
    content = 'search_docs', content_rowid = 'rowid',
    tokenize = 'relais', prefix = '3'
);
-- Column weights: a match in the name counts most, then the organisation, the categories,
-- the category ids (keywords), the place, and last the description.
INSERT INTO search_fts(search_fts, rank) VALUES ('rank', 'bm25(10.0, 6.0, 3.0, 5.0, 1.0, 2.0)');

-- Names and organisations alone, for ranking when a query matches too many services to rank
-- them all: bm25 over these short texts costs a fraction of the full documents'. Contentless:
-- the store writes it beside search_fts, row for row.
CREATE VIRTUAL TABLE names_fts USING fts5(
    name, organization, content = '', tokenize = 'relais'
);
INSERT INTO names_fts(names_fts, rank) VALUES ('rank', 'bm25(10.0, 6.0)');

-- Typeahead for the first letters typed: word prefixes (1-2 letters) of names and
-- organisations, so that "u" or "ut" is a bounded index range scan instead of a
-- full-text prefix merge over every word of the directory.
CREATE TABLE name_prefixes (
    prefix        TEXT NOT NULL,
    tier          INTEGER NOT NULL, -- 0: start of the name, 1: a word of the name, 2: organisation
    service_rowid INTEGER NOT NULL REFERENCES services(rowid) ON DELETE CASCADE,
    PRIMARY KEY (prefix, tier, service_rowid)
) WITHOUT ROWID;
CREATE INDEX name_prefixes_service ON name_prefixes(service_rowid);
