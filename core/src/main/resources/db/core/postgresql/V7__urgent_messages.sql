-- PostgreSQL edition of db/core/sqlite/V7__urgent_messages.sql.
ALTER TABLE message ADD COLUMN urgent INTEGER NOT NULL DEFAULT 0;
