package app.atelier.plugins.referral.intake;

import java.time.Instant;

/**
 * A row of {@code referral_link}: {@code referredId} was brought by {@code referrerId}.
 *
 * @param id             the link's id (the bonus wallet's dedup key is {@code referral:<id>}, and
 *                       {@code referral:<id>:visit:<visitId>} for a reward earned again after a refund)
 * @param salonId        the salon
 * @param referrerId     the client who brought the other
 * @param referredId     the client brought
 * @param code           the code given, canonical form
 * @param channel        {@code desk} (REST) or {@code extension} (another plugin, e.g. online booking)
 * @param createdBy      the salon user who recorded it, or {@code null}
 * @param createdAt      when it was recorded
 * @param settledVisitId the referred client's first completed visit, or {@code null} before it
 * @param firstVisitPaid whether that first visit was paid (and so earned the referrer's reward)
 * @param reversedAt     when a refund of the settling visit last reopened the referral, or {@code null}
 */
public record Link(long id, long salonId, long referrerId, long referredId, String code, String channel, Long createdBy,
                   Instant createdAt, Long settledVisitId, boolean firstVisitPaid, Instant reversedAt) {

    /** Whether the referred client's first visit happened already (paid or not). */
    public boolean settled() {
        return settledVisitId != null;
    }

    /** Whether a refund reversed the referral and no later first visit settled it again. */
    public boolean reversed() {
        return reversedAt != null && settledVisitId == null;
    }
}
