-- Client side of sync: staff edits made on this device, kept until the server accepts them.
CREATE TABLE outbox (
    n INTEGER PRIMARY KEY AUTOINCREMENT, -- push order
    record_id TEXT NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('create', 'update', 'delete', 'confirm')),
    base_version INTEGER,                -- the version the edit was made on; NULL on create
    draft_json TEXT,                     -- the edited record (create, update)
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'conflict', 'rejected')),
    server_json TEXT,                    -- conflict: the server's current record
    error_json TEXT,                     -- rejected: the server's error body
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX outbox_record ON outbox (record_id);
