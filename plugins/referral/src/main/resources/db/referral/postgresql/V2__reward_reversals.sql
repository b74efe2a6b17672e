-- Refunds undo referral rewards (plugin-api 1.1: BonusWallet.reverse). The PostgreSQL copy of
-- db/referral/V2; keep the two in step. A refunded first visit reverses the rewards it earned and reopens
-- the referral, so the client's next first visit may earn it again: a link may now have several rewards
-- over time, but at most one that is not reversed.

-- The latest reversal of the referral: when, and which refunded visit caused it.
ALTER TABLE referral_link ADD COLUMN reversed_at BIGINT;
ALTER TABLE referral_link ADD COLUMN reversed_visit_id BIGINT;

-- wallet_key, the dedup key of the points credit; reversed_at, when the earning visit's refund reversed it;
-- taken_back and shortfall, the points the wallet took back and those it could not (both NULL while the
-- take-back waits for the bonus feature to be on again); taken_back_at, when it was taken back.
ALTER TABLE referral_reward DROP CONSTRAINT referral_reward_link;
ALTER TABLE referral_reward ADD COLUMN wallet_key TEXT;
ALTER TABLE referral_reward ADD COLUMN reversed_at BIGINT;
ALTER TABLE referral_reward ADD COLUMN taken_back BIGINT;
ALTER TABLE referral_reward ADD COLUMN shortfall BIGINT;
ALTER TABLE referral_reward ADD COLUMN taken_back_at BIGINT;
UPDATE referral_reward SET wallet_key = 'referral:' || link_id WHERE kind = 'points';
CREATE INDEX referral_reward_earned ON referral_reward (salon_id, earned_visit_id);
CREATE UNIQUE INDEX referral_reward_live ON referral_reward (salon_id, link_id) WHERE reversed_at IS NULL;
