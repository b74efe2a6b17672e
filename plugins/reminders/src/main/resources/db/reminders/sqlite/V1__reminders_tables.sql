-- Reminders: what the plugin planned to send (and why something was not sent), the salon's own
-- templates, the clients' preferred channels, the repeat interval per service, and the services
-- of completed visits. SQLite; postgresql/ holds the same schema with identity columns.

-- One planned message (or the confirmation-deadline action) per row. dedup_key is the key the
-- message is queued with in the host's notification service: the same intended message always
-- gets the same key, so planning or queuing it twice (a crash, a second node) sends it once.
-- status: planned | queued | done | skipped | cancelled; reason says why for the last three.
CREATE TABLE reminders_plan (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    salon_id     INTEGER NOT NULL,
    client_id    INTEGER NOT NULL,
    visit_id     INTEGER,
    kind         TEXT    NOT NULL,
    slot         TEXT    NOT NULL,
    visit_start  INTEGER,
    due_at       INTEGER NOT NULL,
    expires_at   INTEGER,
    status       TEXT    NOT NULL,
    reason       TEXT,
    channel      TEXT,
    message_id   INTEGER,
    attempts     INTEGER NOT NULL DEFAULT 0,
    acted_at     INTEGER,
    dedup_key    TEXT    NOT NULL,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    CONSTRAINT reminders_plan_key UNIQUE (salon_id, dedup_key)
);
CREATE INDEX reminders_plan_due ON reminders_plan (salon_id, status, due_at);
CREATE INDEX reminders_plan_visit ON reminders_plan (salon_id, visit_id);
CREATE INDEX reminders_plan_client ON reminders_plan (salon_id, client_id);

-- A salon's own text of a kind of message in a language; the defaults ship in the jar.
CREATE TABLE reminders_template (
    salon_id    INTEGER NOT NULL,
    kind        TEXT    NOT NULL,
    lang        TEXT    NOT NULL,
    subject     TEXT    NOT NULL,
    body        TEXT    NOT NULL,
    updated_at  INTEGER NOT NULL,
    PRIMARY KEY (salon_id, kind, lang)
);

-- A client's preferred channel (the salon's default otherwise).
CREATE TABLE reminders_client_channel (
    salon_id    INTEGER NOT NULL,
    client_id   INTEGER NOT NULL,
    channel     TEXT    NOT NULL,
    updated_at  INTEGER NOT NULL,
    PRIMARY KEY (salon_id, client_id)
);

-- "Invite again after N days" per service.
CREATE TABLE reminders_service_repeat (
    salon_id    INTEGER NOT NULL,
    service_id  INTEGER NOT NULL,
    days        INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    PRIMARY KEY (salon_id, service_id)
);

-- The services of completed visits, recorded at checkout (the plugin API shows a visit without
-- its services), for repeat invitations and the {services} placeholder.
CREATE TABLE reminders_visit_service (
    salon_id    INTEGER NOT NULL,
    visit_id    INTEGER NOT NULL,
    position    INTEGER NOT NULL,
    service_id  INTEGER NOT NULL,
    name        TEXT    NOT NULL,
    PRIMARY KEY (salon_id, visit_id, position)
);

-- Per salon: the secret that signs confirm/cancel links and the salon-local date of the last daily run.
CREATE TABLE reminders_salon (
    salon_id       INTEGER PRIMARY KEY,
    secret         TEXT    NOT NULL,
    daily_on       TEXT
);
