-- Place, trust and other names.
-- other_names: a JSON array of the names people also know a service by (searchable).
-- area: as the record states it (set only where the address cannot tell); place_area: the
-- area the service has (data/place.h's area_of, written by the store), for ranking.
-- checked_on: the last check against public sources ("YYYY-MM-DD" or "YYYY-MM").
ALTER TABLE services ADD COLUMN other_names TEXT NOT NULL DEFAULT '[]';
ALTER TABLE services ADD COLUMN area TEXT
    CHECK (area IN ('brussels', 'national', 'flanders', 'wallonia', 'unknown'));
ALTER TABLE services ADD COLUMN place_area TEXT NOT NULL DEFAULT 'unknown'
    CHECK (place_area IN ('brussels', 'national', 'flanders', 'wallonia', 'unknown'));
ALTER TABLE services ADD COLUMN checked_on TEXT;
-- evidence_date: where only old sources were found, the date of the newest.
ALTER TABLE services ADD COLUMN evidence_date TEXT;
CREATE INDEX services_place_area ON services(place_area);
-- What a source says against a number: 'unofficial' (a third-party page), 'dated'.
ALTER TABLE phones ADD COLUMN caveat TEXT CHECK (caveat IN ('unofficial', 'dated'));

-- relais_area() is area_of(), registered on every connection by Database::open.
UPDATE services SET place_area = (
    SELECT relais_area(services.area, l.postal_code, l.municipality, l.city)
      FROM locations l WHERE l.service_rowid = services.rowid)
 WHERE EXISTS (SELECT 1 FROM locations l WHERE l.service_rowid = services.rowid);

-- The index now also reads other names (with the names) and phone numbers as digits only,
-- "+32 800 99 340" as "080099340" (with the keywords), so that a number is found however
-- its digits are grouped.
DROP VIEW search_docs;
CREATE VIEW search_docs(rowid, name, organization, categories, keywords, description, place) AS
SELECT s.rowid,
       -- The JSON array as it is: the tokenizer reads its brackets and quotes as spaces.
       s.name_fr || ' ' || s.name_nl || ' ' || s.name_en || ' ' || s.other_names,
       o.name,
       (SELECT group_concat(c.label_fr || ' ' || c.label_nl || ' ' || c.label_en, ' ')
          FROM service_categories sc JOIN categories c ON c.id = sc.category_id
         WHERE sc.service_rowid = s.rowid),
       (SELECT group_concat(sc.category_id, ' ') FROM service_categories sc
         WHERE sc.service_rowid = s.rowid) || ' ' ||
       coalesce((SELECT group_concat(a.audience, ' ') FROM service_audiences a
                  WHERE a.service_rowid = s.rowid), '') || ' ' ||
       coalesce((SELECT group_concat(relais_digits(p.number), ' ') FROM phones p
                  WHERE p.service_rowid = s.rowid), ''),
       s.description_fr || ' ' || s.description_nl || ' ' || s.description_en,
       coalesce(l.street, '') || ' ' || coalesce(l.postal_code, '') || ' ' ||
       coalesce(l.municipality, '') || ' ' || coalesce(l.city, '')
  FROM services s
  JOIN organizations o ON o.id = s.organization_id
  LEFT JOIN locations l ON l.service_rowid = s.rowid;

INSERT INTO search_fts(search_fts) VALUES ('rebuild');
INSERT INTO names_fts(names_fts) VALUES ('delete-all');
INSERT INTO names_fts(rowid, name, organization)
    SELECT rowid, name, organization FROM search_docs ORDER BY rowid;
