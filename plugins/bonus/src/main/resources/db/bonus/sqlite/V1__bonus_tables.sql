-- Bonus plugin tables (SQLite; PostgreSQL gets the same shape from ../postgresql/V1__bonus_tables.sql: keep the two in step).
-- Money and points are INTEGER minor units of the salon currency; instants are epoch milliseconds (UTC);
-- calendar dates are ISO text (YYYY-MM-DD) in the salon's zone.

-- Programs: configuration, edited in place; removed ones are kept (deleted_at) because ledger rows name them.
CREATE TABLE bonus_program (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    salon_id      INTEGER NOT NULL,
    name          TEXT    NOT NULL,
    kind          TEXT    NOT NULL CHECK (kind IN ('permanent', 'promo')),
    starts_on     TEXT,
    ends_on       TEXT,
    min_bill      INTEGER NOT NULL DEFAULT 0 CHECK (min_bill >= 0),
    lifetime_days INTEGER CHECK (lifetime_days IS NULL OR lifetime_days > 0),
    enabled       INTEGER NOT NULL DEFAULT 1,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    deleted_at    INTEGER
);
CREATE INDEX bonus_program_salon ON bonus_program (salon_id);

CREATE TABLE bonus_program_tier (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    salon_id    INTEGER NOT NULL,
    program_id  INTEGER NOT NULL REFERENCES bonus_program (id),
    name        TEXT    NOT NULL,
    min_spent   INTEGER NOT NULL CHECK (min_spent >= 0),
    accrual_bp  INTEGER NOT NULL CHECK (accrual_bp >= 0 AND accrual_bp <= 10000)
);
CREATE INDEX bonus_program_tier_program ON bonus_program_tier (program_id);

-- Which bill lines earn: no rows for a program means every line earns.
CREATE TABLE bonus_program_earning (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    salon_id    INTEGER NOT NULL,
    program_id  INTEGER NOT NULL REFERENCES bonus_program (id),
    item_kind   TEXT    NOT NULL CHECK (item_kind IN ('service', 'category', 'product')),
    item_ref    TEXT    NOT NULL
);
CREATE INDEX bonus_program_earning_program ON bonus_program_earning (program_id);

-- A batch of gift points granted by an owner to one client or a segment.
CREATE TABLE bonus_gift (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    salon_id    INTEGER NOT NULL,
    amount      INTEGER NOT NULL CHECK (amount > 0),
    reason      TEXT    NOT NULL,
    expires_at  INTEGER,
    audience    TEXT    NOT NULL,
    idem_key    TEXT    NOT NULL,
    clients     INTEGER NOT NULL,
    granted_by  INTEGER,
    created_at  INTEGER NOT NULL,
    UNIQUE (salon_id, idem_key)
);

-- The ledger: append-only. Balance = sum(amount) of a client's rows. A positive row is a lot of
-- points; a negative row consumes lots, and bonus_consumption says which, oldest first.
CREATE TABLE bonus_ledger (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    salon_id    INTEGER NOT NULL,
    client_id   INTEGER NOT NULL,
    kind        TEXT    NOT NULL CHECK (kind IN ('accrual', 'redemption', 'expiry', 'gift', 'reversal', 'credit')),
    amount      INTEGER NOT NULL CHECK (amount <> 0),
    expires_at  INTEGER,
    program_id  INTEGER,
    visit_id    INTEGER,
    gift_id     INTEGER,
    reason      TEXT    NOT NULL,
    source      TEXT    NOT NULL,
    dedup_key   TEXT    NOT NULL,
    created_by  INTEGER,
    created_at  INTEGER NOT NULL,
    UNIQUE (salon_id, dedup_key)
);
CREATE INDEX bonus_ledger_client ON bonus_ledger (salon_id, client_id, id);
CREATE INDEX bonus_ledger_visit ON bonus_ledger (salon_id, visit_id);
CREATE INDEX bonus_ledger_expiry ON bonus_ledger (salon_id, expires_at);

CREATE TABLE bonus_consumption (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    salon_id    INTEGER NOT NULL,
    debit_id    INTEGER NOT NULL REFERENCES bonus_ledger (id),
    credit_id   INTEGER NOT NULL REFERENCES bonus_ledger (id),
    amount      INTEGER NOT NULL CHECK (amount > 0)
);
CREATE INDEX bonus_consumption_credit ON bonus_consumption (credit_id);
CREATE INDEX bonus_consumption_debit ON bonus_consumption (debit_id);

-- Money rows never change: a backstop for any writer that forgets.
CREATE TRIGGER bonus_ledger_no_update BEFORE UPDATE ON bonus_ledger
BEGIN SELECT RAISE(ABORT, 'bonus_ledger is append-only'); END;
CREATE TRIGGER bonus_ledger_no_delete BEFORE DELETE ON bonus_ledger
BEGIN SELECT RAISE(ABORT, 'bonus_ledger is append-only'); END;
CREATE TRIGGER bonus_consumption_no_update BEFORE UPDATE ON bonus_consumption
BEGIN SELECT RAISE(ABORT, 'bonus_consumption is append-only'); END;
CREATE TRIGGER bonus_consumption_no_delete BEFORE DELETE ON bonus_consumption
BEGIN SELECT RAISE(ABORT, 'bonus_consumption is append-only'); END;
