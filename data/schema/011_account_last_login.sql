-- When each account last logged in (ISO 8601 UTC), for `relais-server account list`; NULL until
-- its first successful login. A failed login never touches it.
ALTER TABLE accounts ADD COLUMN last_login_at TEXT;
