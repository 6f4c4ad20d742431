-- FTS5 keeps new index entries in memory and writes them out as a new segment whenever they
-- pass 'hashsize' (1 MiB by default), merging segments as they pile up: an import or a
-- bootstrap of 10,000 services wrote and merged a dozen segments. With 16 MiB it writes one
-- or two. The memory is held only while a write transaction is open.
INSERT INTO search_fts(search_fts, rank) VALUES ('hashsize', 16777216);
INSERT INTO names_fts(names_fts, rank) VALUES ('hashsize', 16777216);
