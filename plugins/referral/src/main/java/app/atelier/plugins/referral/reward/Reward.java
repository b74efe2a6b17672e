package app.atelier.plugins.referral.reward;

import java.time.Instant;

/**
 * A row of {@code referral_reward}: what a referrer earned for one client they brought.
 *
 * @param id            the reward's id
 * @param linkId        the referral that earned it
 * @param clientId      the referrer
 * @param kind          {@code points} (credited to the bonus wallet at once) or {@code discount}
 * @param points        points credited, minor units (kind points)
 * @param basisPoints   the discount on the referrer's next visit (kind discount)
 * @param earnedVisitId the referred client's first paid visit
 * @param createdAt     when it was earned
 * @param usedVisitId   the referrer's visit that used the discount, or {@code null}
 * @param usedAmount    the discount given on that visit, minor units, or {@code null}
 * @param cancelled     whether it was withdrawn (the earning visit was refunded before the discount was used)
 * @param walletKey     the bonus wallet's dedup key of the points credit (kind points), or {@code null}
 * @param reversedAt    when the refund of the earning visit reversed it, or {@code null}
 * @param takenBack     points the wallet took back on that reversal, {@code null} before it happened
 * @param shortfall     points the referrer had spent and could not give back, {@code null} before the take-back
 */
public record Reward(long id, long linkId, long clientId, String kind, long points, long basisPoints, long earnedVisitId,
                     Instant createdAt, Long usedVisitId, Long usedAmount, boolean cancelled, String walletKey, Instant reversedAt,
                     Long takenBack, Long shortfall) {
    public static final String POINTS = "points";
    public static final String DISCOUNT = "discount";

    /**
     * {@code credited}, {@code reversed} or {@code reversal_pending} (points whose take-back waits for
     * the bonus feature); {@code pending}, {@code used} or {@code cancelled} (discounts).
     */
    public String status() {
        if (POINTS.equals(kind)) {
            if (reversedAt == null) {
                return "credited";
            }
            return takenBack == null ? "reversal_pending" : "reversed";
        }
        if (usedVisitId != null) {
            return "used";
        }
        return cancelled ? "cancelled" : "pending";
    }

    /** Whether a refund of the earning visit reversed it. */
    public boolean reversed() {
        return reversedAt != null;
    }

    /** What the referrer kept of a reversed reward: points not taken back, in minor units (0 when unknown yet). */
    public long keptPoints() {
        return reversed() && POINTS.equals(kind) && shortfall != null ? shortfall : 0;
    }

    /** Whether the referrer kept a reversed discount reward: they used it before the refund. */
    public boolean keptDiscount() {
        return reversed() && DISCOUNT.equals(kind) && usedVisitId != null;
    }
}
