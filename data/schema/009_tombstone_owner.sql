-- A deleted service's id stays its organisation's: the tombstone keeps who owned it, so that
-- only that organisation (or an administrator) may create the id again. NULL: not known
-- (tombstones from before this migration, or written by a sync client without it).
ALTER TABLE tombstones ADD COLUMN organization_id TEXT;
