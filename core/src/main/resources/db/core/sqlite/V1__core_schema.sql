-- Core schema. Instants are epoch milliseconds (UTC) in INTEGER columns; money is INTEGER minor units.
-- Every salon-owned row carries salon_id and every lookup the API makes has an index starting with it.

CREATE TABLE tariff (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT    NOT NULL UNIQUE,
    created_at  INTEGER NOT NULL
);

CREATE TABLE tariff_plugin (
    tariff_id   INTEGER NOT NULL REFERENCES tariff (id) ON DELETE CASCADE,
    plugin_id   TEXT    NOT NULL,
    PRIMARY KEY (tariff_id, plugin_id)
);

CREATE TABLE salon (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    slug        TEXT    NOT NULL UNIQUE,
    name        TEXT    NOT NULL,
    timezone    TEXT    NOT NULL,
    currency    TEXT    NOT NULL,
    country     TEXT    NOT NULL,
    locale      TEXT    NOT NULL,
    tariff_id   INTEGER NOT NULL REFERENCES tariff (id),
    created_at  INTEGER NOT NULL
);

CREATE TABLE app_user (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    email         TEXT    NOT NULL UNIQUE,
    password_hash TEXT    NOT NULL,
    role          TEXT    NOT NULL CHECK (role IN ('operator', 'owner', 'admin', 'master')),
    salon_id      INTEGER REFERENCES salon (id),
    staff_id      INTEGER,
    created_at    INTEGER NOT NULL
);
CREATE INDEX app_user_salon ON app_user (salon_id);

CREATE TABLE auth_token (
    token_hash  TEXT    PRIMARY KEY,
    user_id     INTEGER NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL
);

CREATE TABLE api_key (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    salon_id    INTEGER NOT NULL REFERENCES salon (id),
    name        TEXT    NOT NULL,
    prefix      TEXT    NOT NULL,
    key_hash    TEXT    NOT NULL UNIQUE,
    created_by  INTEGER NOT NULL REFERENCES app_user (id),
    created_at  INTEGER NOT NULL,
    revoked_at  INTEGER
);
CREATE INDEX api_key_salon ON api_key (salon_id);

CREATE TABLE client (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    salon_id    INTEGER NOT NULL REFERENCES salon (id),
    name        TEXT    NOT NULL,
    phone       TEXT,
    email       TEXT,
    birthday    TEXT,
    source      TEXT,
    notes       TEXT,
    consent     INTEGER NOT NULL DEFAULT 0,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    deleted_at  INTEGER
);
CREATE INDEX client_salon_name ON client (salon_id, name);
CREATE INDEX client_salon_phone ON client (salon_id, phone);
CREATE INDEX client_salon_email ON client (salon_id, email);

CREATE TABLE client_tag (
    client_id   INTEGER NOT NULL REFERENCES client (id),
    salon_id    INTEGER NOT NULL,
    tag         TEXT    NOT NULL,
    PRIMARY KEY (client_id, tag)
);
CREATE INDEX client_tag_salon ON client_tag (salon_id, tag);

CREATE TABLE staff (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    salon_id    INTEGER NOT NULL REFERENCES salon (id),
    name        TEXT    NOT NULL,
    position    TEXT,
    phone       TEXT,
    email       TEXT,
    active      INTEGER NOT NULL DEFAULT 1,
    created_at  INTEGER NOT NULL
);
CREATE INDEX staff_salon ON staff (salon_id);

-- weekly working hours in the salon's zone: minutes from local midnight; end may exceed 1440 (past midnight)
CREATE TABLE staff_hours (
    staff_id     INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    weekday      INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    start_minute INTEGER NOT NULL,
    end_minute   INTEGER NOT NULL,
    PRIMARY KEY (staff_id, weekday, start_minute)
);

CREATE TABLE staff_day_off (
    staff_id    INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    day         TEXT    NOT NULL,
    PRIMARY KEY (staff_id, day)
);

CREATE TABLE service (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    salon_id         INTEGER NOT NULL REFERENCES salon (id),
    name             TEXT    NOT NULL,
    category         TEXT    NOT NULL,
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
    price            INTEGER NOT NULL CHECK (price >= 0),
    active           INTEGER NOT NULL DEFAULT 1,
    created_at       INTEGER NOT NULL
);
CREATE INDEX service_salon ON service (salon_id);

CREATE TABLE product (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    salon_id    INTEGER NOT NULL REFERENCES salon (id),
    name        TEXT    NOT NULL,
    price       INTEGER NOT NULL CHECK (price >= 0),
    active      INTEGER NOT NULL DEFAULT 1,
    created_at  INTEGER NOT NULL
);
CREATE INDEX product_salon ON product (salon_id);

CREATE TABLE visit (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    salon_id     INTEGER NOT NULL REFERENCES salon (id),
    client_id    INTEGER NOT NULL REFERENCES client (id),
    staff_id     INTEGER NOT NULL REFERENCES staff (id),
    start_at     INTEGER NOT NULL,
    end_at       INTEGER NOT NULL,
    status       TEXT    NOT NULL CHECK (status IN ('booked', 'confirmed', 'completed', 'cancelled', 'no_show')),
    channel      TEXT    NOT NULL CHECK (channel IN ('admin', 'online', 'app')),
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    CHECK (end_at > start_at)
);
CREATE INDEX visit_salon_staff_start ON visit (salon_id, staff_id, start_at);
CREATE INDEX visit_salon_client ON visit (salon_id, client_id, start_at);
CREATE INDEX visit_salon_start ON visit (salon_id, start_at);

-- Backstop for the overlap check the service makes inside its immediate transaction:
-- a master never has two live visits whose half-open [start, end) ranges intersect.
CREATE TRIGGER visit_no_overlap_insert BEFORE INSERT ON visit
WHEN NEW.status NOT IN ('cancelled') AND EXISTS (
    SELECT 1 FROM visit v
    WHERE v.staff_id = NEW.staff_id AND v.status <> 'cancelled'
      AND v.start_at < NEW.end_at AND NEW.start_at < v.end_at)
BEGIN
    SELECT RAISE(ABORT, 'visit_overlap');
END;

CREATE TRIGGER visit_no_overlap_update BEFORE UPDATE OF start_at, end_at, staff_id, status ON visit
WHEN NEW.status NOT IN ('cancelled') AND EXISTS (
    SELECT 1 FROM visit v
    WHERE v.staff_id = NEW.staff_id AND v.id <> NEW.id AND v.status <> 'cancelled'
      AND v.start_at < NEW.end_at AND NEW.start_at < v.end_at)
BEGIN
    SELECT RAISE(ABORT, 'visit_overlap');
END;

CREATE TABLE visit_item (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    visit_id         INTEGER NOT NULL REFERENCES visit (id) ON DELETE CASCADE,
    salon_id         INTEGER NOT NULL,
    kind             TEXT    NOT NULL CHECK (kind IN ('service', 'product')),
    item_id          INTEGER NOT NULL,
    name             TEXT    NOT NULL,
    category         TEXT,
    unit_price       INTEGER NOT NULL,
    quantity         INTEGER NOT NULL CHECK (quantity > 0),
    duration_minutes INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX visit_item_visit ON visit_item (visit_id);

-- the completed bill: an immutable snapshot (JSON) plus the figures reports sum over
CREATE TABLE bill (
    visit_id        INTEGER PRIMARY KEY REFERENCES visit (id),
    salon_id        INTEGER NOT NULL,
    client_id       INTEGER NOT NULL,
    currency        TEXT    NOT NULL,
    subtotal        INTEGER NOT NULL,
    total           INTEGER NOT NULL,
    paid            INTEGER NOT NULL,
    debt            INTEGER NOT NULL,
    snapshot        TEXT    NOT NULL,
    completed_at    INTEGER NOT NULL
);
CREATE INDEX bill_salon_client ON bill (salon_id, client_id);
CREATE INDEX bill_salon_completed ON bill (salon_id, completed_at);

CREATE TABLE payment (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    salon_id    INTEGER NOT NULL,
    visit_id    INTEGER NOT NULL REFERENCES visit (id),
    method      TEXT    NOT NULL CHECK (method IN ('cash', 'card', 'other')),
    amount      INTEGER NOT NULL CHECK (amount > 0),
    created_at  INTEGER NOT NULL
);
CREATE INDEX payment_visit ON payment (visit_id);

CREATE TABLE idempotency_key (
    salon_id      INTEGER NOT NULL,
    idem_key      TEXT    NOT NULL,
    request_hash  TEXT    NOT NULL,
    status        INTEGER NOT NULL,
    response      TEXT    NOT NULL,
    created_at    INTEGER NOT NULL,
    PRIMARY KEY (salon_id, idem_key)
);

CREATE TABLE salon_plugin (
    salon_id    INTEGER NOT NULL REFERENCES salon (id),
    plugin_id   TEXT    NOT NULL,
    enabled     INTEGER NOT NULL DEFAULT 0,
    settings    TEXT    NOT NULL DEFAULT '{}',
    PRIMARY KEY (salon_id, plugin_id)
);

-- plugins the operator stopped stay stopped across restarts
CREATE TABLE plugin_state (
    plugin_id   TEXT    PRIMARY KEY,
    stopped     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE outbox_event (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    salon_id     INTEGER NOT NULL,
    type         TEXT    NOT NULL,
    subject_id   INTEGER NOT NULL,
    payload      TEXT    NOT NULL,
    occurred_at  INTEGER NOT NULL,
    fanned_out   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX outbox_event_pending ON outbox_event (fanned_out, id);

CREATE TABLE event_delivery (
    event_id        INTEGER NOT NULL REFERENCES outbox_event (id),
    listener        TEXT    NOT NULL,
    status          TEXT    NOT NULL CHECK (status IN ('pending', 'delivered', 'dead')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    locked_until    INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT,
    delivered_at    INTEGER,
    PRIMARY KEY (event_id, listener)
);
CREATE INDEX event_delivery_due ON event_delivery (status, next_attempt_at);

CREATE TABLE task_schedule (
    plugin_id     TEXT    NOT NULL,
    task_name     TEXT    NOT NULL,
    salon_id      INTEGER NOT NULL,
    next_run_at   INTEGER NOT NULL,
    last_run_at   INTEGER,
    locked_until  INTEGER NOT NULL DEFAULT 0,
    runs          INTEGER NOT NULL DEFAULT 0,
    last_error    TEXT,
    PRIMARY KEY (plugin_id, task_name, salon_id)
);
CREATE INDEX task_schedule_due ON task_schedule (next_run_at);

CREATE TABLE message (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    salon_id        INTEGER NOT NULL,
    client_id       INTEGER,
    plugin_id       TEXT,
    channel         TEXT    NOT NULL,
    recipient       TEXT    NOT NULL,
    subject         TEXT,
    body            TEXT    NOT NULL,
    dedup_key       TEXT,
    status          TEXT    NOT NULL CHECK (status IN ('pending', 'sent', 'failed', 'skipped')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    locked_until    INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT,
    created_at      INTEGER NOT NULL,
    sent_at         INTEGER,
    UNIQUE (salon_id, dedup_key)
);
CREATE INDEX message_due ON message (status, next_attempt_at);
CREATE INDEX message_salon_client ON message (salon_id, client_id);

CREATE TABLE channel_config (
    salon_id    INTEGER NOT NULL REFERENCES salon (id),
    channel     TEXT    NOT NULL,
    config      TEXT    NOT NULL,
    PRIMARY KEY (salon_id, channel)
);
