-- The record as this device knew it before an edit: shown again if the user drops an edit
-- the server refused, so a refused draft never lingers in the local directory.
ALTER TABLE outbox ADD COLUMN base_json TEXT;
