package app.atelier.plugins.referral.reward;

import java.util.List;

/**
 * What a referral pays when a first visit settles it, given the rewards it paid before that refunds
 * reversed. A referral is worth one reward in all: what the referrer kept of reversed rewards (points
 * they had spent and could not give back, a discount they had used) counts against a new one. Pure.
 */
final class Payout {
    private Payout() {
    }

    /** Points of reversed rewards the referrer kept (the wallet's shortfall), minor units. */
    static long kept(List<Reward> earlier) {
        long kept = 0;
        for (Reward r : earlier) {
            kept = Math.addExact(kept, r.keptPoints());
        }
        return kept;
    }

    /** Whether the referrer used a discount of a reversed reward: then nothing more is paid. */
    static boolean discountKept(List<Reward> earlier) {
        return earlier.stream().anyMatch(Reward::keptDiscount);
    }

    /** Points to credit now: the configured reward less what was kept; 0 when nothing is due. */
    static long points(long configured, List<Reward> earlier) {
        if (configured <= 0 || discountKept(earlier)) {
            return 0;
        }
        return Math.max(0, configured - kept(earlier));
    }

    /** The wallet's dedup key: {@code referral:<link>} the first time, {@code referral:<link>:visit:<visit>} after a reversal. */
    static String walletKey(long linkId, long visitId, List<Reward> earlier) {
        return earlier.isEmpty() ? "referral:" + linkId : "referral:" + linkId + ":visit:" + visitId;
    }
}
