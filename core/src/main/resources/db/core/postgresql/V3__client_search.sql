-- Clients are searched by name in any case. The application stores a folded copy of the name
-- (Unicode lower case, ё read as е) and searches that, the same on SQLite (whose lower() and LIKE
-- fold ASCII only) and on PostgreSQL.
ALTER TABLE client ADD COLUMN search_name TEXT NOT NULL DEFAULT '';
UPDATE client SET search_name = lower(name);
CREATE INDEX client_salon_search_name ON client (salon_id, search_name);
