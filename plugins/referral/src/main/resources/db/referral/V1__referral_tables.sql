-- Referral program: promo codes, who brought whom, and the referrers' rewards. Portable SQL
-- (SQLite here); postgresql/ holds the same schema with identity columns.

-- One readable promo code per client, unique within the salon.
CREATE TABLE referral_code (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    salon_id    INTEGER NOT NULL,
    client_id   INTEGER NOT NULL,
    code        TEXT    NOT NULL,
    created_at  INTEGER NOT NULL,
    CONSTRAINT referral_code_code UNIQUE (salon_id, code),
    CONSTRAINT referral_code_client UNIQUE (salon_id, client_id)
);

-- A referred client and who brought them: at most one per referred client. settled_visit_id is
-- the referred client's first completed visit, set once by its checkout; first_visit_paid says
-- whether that visit was paid, i.e. whether it earned the referrer's reward.
CREATE TABLE referral_link (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    salon_id          INTEGER NOT NULL,
    referrer_id       INTEGER NOT NULL,
    referred_id       INTEGER NOT NULL,
    code              TEXT    NOT NULL,
    channel           TEXT    NOT NULL,
    created_by        INTEGER,
    created_at        INTEGER NOT NULL,
    settled_visit_id  INTEGER,
    first_visit_paid  INTEGER NOT NULL DEFAULT 0,
    settled_at        INTEGER,
    CONSTRAINT referral_link_referred UNIQUE (salon_id, referred_id)
);
CREATE INDEX referral_link_referrer ON referral_link (salon_id, referrer_id, created_at);

-- The referrer's reward for one link: points credited through the bonus wallet, or a discount
-- on the referrer's next visit (pending until a checkout uses it). One reward per link.
CREATE TABLE referral_reward (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    salon_id         INTEGER NOT NULL,
    link_id          INTEGER NOT NULL,
    client_id        INTEGER NOT NULL,
    kind             TEXT    NOT NULL,
    points           INTEGER NOT NULL DEFAULT 0,
    wallet_entry_id  INTEGER,
    basis_points     INTEGER NOT NULL DEFAULT 0,
    earned_visit_id  INTEGER NOT NULL,
    created_at       INTEGER NOT NULL,
    used_visit_id    INTEGER,
    used_amount      INTEGER,
    used_at          INTEGER,
    cancelled_at     INTEGER,
    CONSTRAINT referral_reward_link UNIQUE (salon_id, link_id)
);
CREATE INDEX referral_reward_client ON referral_reward (salon_id, client_id);
