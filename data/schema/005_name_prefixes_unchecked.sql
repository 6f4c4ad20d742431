-- Typeahead prefixes without a foreign key: the store deletes a service's prefixes itself, as
-- it already rewrites them on every update. The constraint made each row look its service
-- up, and kept a statement of many rows from running without a statement journal: imports
-- and bootstraps spent a quarter of their time writing this table.
-- The new table is built beside the old one, with its index, then takes its name.
CREATE TABLE name_prefixes_unchecked (
    prefix        TEXT NOT NULL,
    tier          INTEGER NOT NULL, -- 0: start of the name, 1: a word of the name, 2: organisation
    service_rowid INTEGER NOT NULL, -- services.rowid, kept in step by the store
    PRIMARY KEY (prefix, tier, service_rowid)
) WITHOUT ROWID;
CREATE INDEX name_prefixes_by_service ON name_prefixes_unchecked(service_rowid);
INSERT INTO name_prefixes_unchecked (prefix, tier, service_rowid)
    SELECT prefix, tier, service_rowid FROM name_prefixes;
DROP TABLE name_prefixes;
ALTER TABLE name_prefixes_unchecked RENAME TO name_prefixes;
