-- A message may stop mattering (a reminder for a visit that has started): not sent after expires_at.
ALTER TABLE message ADD COLUMN expires_at INTEGER;

-- Each salon's quiet window in minutes from local midnight; no row means 21:00-09:00.
CREATE TABLE notify_quiet_hours (
    salon_id      INTEGER PRIMARY KEY REFERENCES salon (id),
    start_minute  INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
    end_minute    INTEGER NOT NULL CHECK (end_minute BETWEEN 0 AND 1439)
);
