-- Reversals of wallet credits (BonusWallet.reverse, plugin-api 1.1): one row per reversed credit, also when
-- there was nothing left to take back (then entry_id is NULL), so that a credit is reversed at most once.
-- Keep in step with ../postgresql/V2__wallet_reversals.sql. Append-only, like the ledger.
CREATE TABLE bonus_wallet_reversal (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    salon_id    INTEGER NOT NULL,
    client_id   INTEGER NOT NULL,
    credit_id   INTEGER NOT NULL REFERENCES bonus_ledger (id),
    entry_id    INTEGER REFERENCES bonus_ledger (id),
    taken_back  INTEGER NOT NULL CHECK (taken_back >= 0),
    shortfall   INTEGER NOT NULL CHECK (shortfall >= 0),
    source      TEXT    NOT NULL,
    created_at  INTEGER NOT NULL,
    UNIQUE (salon_id, credit_id)
);
CREATE TRIGGER bonus_wallet_reversal_no_update BEFORE UPDATE ON bonus_wallet_reversal
BEGIN SELECT RAISE(ABORT, 'bonus_wallet_reversal is append-only'); END;
CREATE TRIGGER bonus_wallet_reversal_no_delete BEFORE DELETE ON bonus_wallet_reversal
BEGIN SELECT RAISE(ABORT, 'bonus_wallet_reversal is append-only'); END;
