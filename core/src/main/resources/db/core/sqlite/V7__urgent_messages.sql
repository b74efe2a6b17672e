-- A message the client waits for right now (a one-time code) ignores quiet hours.
ALTER TABLE message ADD COLUMN urgent INTEGER NOT NULL DEFAULT 0;
