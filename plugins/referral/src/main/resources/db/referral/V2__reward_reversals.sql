-- Refunds undo referral rewards (plugin-api 1.1: BonusWallet.reverse). SQLite, like V1 (postgresql/ holds the
-- same change; keep the two in step). A refunded first visit reverses the rewards it earned and reopens the
-- referral, so the client's next first visit may earn it again: a link may now have several rewards over
-- time, but at most one that is not reversed.

-- The latest reversal of the referral: when, and which refunded visit caused it.
ALTER TABLE referral_link ADD COLUMN reversed_at INTEGER;
ALTER TABLE referral_link ADD COLUMN reversed_visit_id INTEGER;

-- referral_reward loses UNIQUE (salon_id, link_id) (SQLite cannot drop a constraint: the table is rebuilt)
-- and gains: wallet_key, the dedup key of the points credit; reversed_at, when the earning visit's refund
-- reversed it; taken_back and shortfall, the points the wallet took back and those it could not (both NULL
-- while the take-back waits for the bonus feature to be on again); taken_back_at, when it was taken back.
CREATE TABLE referral_reward_v2 (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    salon_id         INTEGER NOT NULL,
    link_id          INTEGER NOT NULL,
    client_id        INTEGER NOT NULL,
    kind             TEXT    NOT NULL,
    points           INTEGER NOT NULL DEFAULT 0,
    wallet_entry_id  INTEGER,
    wallet_key       TEXT,
    basis_points     INTEGER NOT NULL DEFAULT 0,
    earned_visit_id  INTEGER NOT NULL,
    created_at       INTEGER NOT NULL,
    used_visit_id    INTEGER,
    used_amount      INTEGER,
    used_at          INTEGER,
    cancelled_at     INTEGER,
    reversed_at      INTEGER,
    taken_back       INTEGER,
    shortfall        INTEGER,
    taken_back_at    INTEGER
);
INSERT INTO referral_reward_v2 (id, salon_id, link_id, client_id, kind, points, wallet_entry_id, wallet_key, basis_points,
                                earned_visit_id, created_at, used_visit_id, used_amount, used_at, cancelled_at)
SELECT id, salon_id, link_id, client_id, kind, points, wallet_entry_id,
       CASE WHEN kind = 'points' THEN 'referral:' || link_id END, basis_points,
       earned_visit_id, created_at, used_visit_id, used_amount, used_at, cancelled_at
FROM referral_reward;
DROP TABLE referral_reward;
ALTER TABLE referral_reward_v2 RENAME TO referral_reward;
CREATE INDEX referral_reward_client ON referral_reward (salon_id, client_id);
CREATE INDEX referral_reward_earned ON referral_reward (salon_id, earned_visit_id);
CREATE UNIQUE INDEX referral_reward_live ON referral_reward (salon_id, link_id) WHERE reversed_at IS NULL;
