-- Server side of sync: the change feed, staff accounts and their sessions, the audit log.

-- One row per record: its latest change. Writing a record again replaces its row with a new,
-- higher seq (AUTOINCREMENT never reuses a seq), so the feed stays as small as the directory
-- while still telling every client everything that changed after its cursor.
-- kind 'service' rows are served; kind 'marker' rows only move the head (forced resync).
CREATE TABLE change_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL CHECK (kind IN ('service', 'marker')),
    record_id TEXT NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
    version INTEGER NOT NULL,
    changed_at TEXT NOT NULL,
    UNIQUE (kind, record_id)
);
CREATE INDEX change_log_deletes ON change_log (op, changed_at);

-- Clients whose cursor is below `floor` missed pruned changes and must re-bootstrap.
CREATE TABLE change_log_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    floor INTEGER NOT NULL
);
INSERT INTO change_log_state (id, floor) VALUES (1, 0);

CREATE TABLE accounts (
    user_name TEXT PRIMARY KEY,
    organization_id TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('staff', 'admin')),
    password_hash TEXT NOT NULL, -- argon2id, libsodium's encoded string
    disabled INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);

-- Only a hash of each token is kept: a leaked database gives no usable session.
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_name TEXT NOT NULL REFERENCES accounts (user_name),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE INDEX sessions_expiry ON sessions (expires_at);

CREATE TABLE audit_log (
    n INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    user_name TEXT NOT NULL,
    action TEXT NOT NULL,
    record_id TEXT NOT NULL,
    before_json TEXT, -- NULL on create
    after_json TEXT   -- NULL on delete
);
