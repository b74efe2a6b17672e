-- PostgreSQL edition of db/core/sqlite/V5__quiet_hours_and_expiry.sql.
ALTER TABLE message ADD COLUMN expires_at BIGINT;

CREATE TABLE notify_quiet_hours (
    salon_id      BIGINT  PRIMARY KEY REFERENCES salon (id),
    start_minute  INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
    end_minute    INTEGER NOT NULL CHECK (end_minute BETWEEN 0 AND 1439)
);
