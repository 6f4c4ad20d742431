-- Databases created before names_fts and the yes/no filter indexes were added to
-- 001_directory.sql lack them, whatever their version: that step had already run. Create
-- what is missing and fill the names index from the records (emptied first, so a database
-- that had it all along ends up the same).
CREATE INDEX IF NOT EXISTS services_free ON services(free);
CREATE INDEX IF NOT EXISTS services_anonymous ON services(anonymous);
CREATE INDEX IF NOT EXISTS services_appointment ON services(appointment);
CREATE VIRTUAL TABLE IF NOT EXISTS names_fts USING fts5(
    name, organization, content = '', tokenize = 'relais'
);
INSERT INTO names_fts(names_fts, rank) VALUES ('rank', 'bm25(10.0, 6.0)');
INSERT INTO names_fts(names_fts) VALUES ('delete-all');
-- In rowid order: FTS5 writes a new segment whenever the rowid goes down.
INSERT INTO names_fts(rowid, name, organization)
    SELECT rowid, name, organization FROM search_docs ORDER BY rowid;
