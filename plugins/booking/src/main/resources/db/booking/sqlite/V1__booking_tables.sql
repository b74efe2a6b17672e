-- The salon's key for signed links and one-time-code hashes; made on first use, never shown.
CREATE TABLE booking_secret (
    salon_id    INTEGER PRIMARY KEY,
    secret      TEXT    NOT NULL,
    created_at  INTEGER NOT NULL
);

-- Per service: the pause after it, and whether clients may book it online (no row: default pause, bookable).
CREATE TABLE booking_service (
    salon_id        INTEGER NOT NULL,
    service_id      INTEGER NOT NULL,
    buffer_minutes  INTEGER,
    online          INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (salon_id, service_id)
);

-- Which services a master takes online; a master without rows takes every service.
CREATE TABLE booking_staff_service (
    salon_id    INTEGER NOT NULL,
    staff_id    INTEGER NOT NULL,
    service_id  INTEGER NOT NULL,
    PRIMARY KEY (salon_id, staff_id, service_id)
);

-- Visits booked here: their services (the core's visit view has none) and the pause after them.
CREATE TABLE booking_visit (
    salon_id        INTEGER NOT NULL,
    visit_id        INTEGER NOT NULL,
    phone           TEXT    NOT NULL,
    service_ids     TEXT    NOT NULL,
    buffer_minutes  INTEGER NOT NULL,
    channel         TEXT    NOT NULL,
    created_at      INTEGER NOT NULL,
    PRIMARY KEY (salon_id, visit_id)
);
CREATE INDEX booking_visit_phone ON booking_visit (salon_id, phone);

-- One-time codes, stored as keyed hashes; purpose 'cabinet' (sign-in) or 'booking' (confirm the phone).
CREATE TABLE booking_code (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    salon_id    INTEGER NOT NULL,
    purpose     TEXT    NOT NULL,
    phone       TEXT    NOT NULL,
    code_hash   TEXT    NOT NULL,
    attempts    INTEGER NOT NULL DEFAULT 0,
    expires_at  INTEGER NOT NULL,
    used_at     INTEGER,
    created_at  INTEGER NOT NULL
);
CREATE INDEX booking_code_phone ON booking_code (salon_id, purpose, phone, id);

-- Cabinet sessions: only the SHA-256 of the token is kept.
CREATE TABLE booking_session (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    salon_id    INTEGER NOT NULL,
    token_hash  TEXT    NOT NULL UNIQUE,
    phone       TEXT    NOT NULL,
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL
);
CREATE INDEX booking_session_salon ON booking_session (salon_id, phone);
