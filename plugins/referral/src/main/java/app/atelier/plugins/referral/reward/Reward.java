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
 */
public record Reward(long id, long linkId, long clientId, String kind, long points, long basisPoints, long earnedVisitId,
                     Instant createdAt, Long usedVisitId, Long usedAmount, boolean cancelled) {
    public static final String POINTS = "points";
    public static final String DISCOUNT = "discount";

    /** {@code credited} (points), {@code pending}, {@code used} or {@code cancelled} (discounts). */
    public String status() {
        if (POINTS.equals(kind)) {
            return "credited";
        }
        if (usedVisitId != null) {
            return "used";
        }
        return cancelled ? "cancelled" : "pending";
    }
}
