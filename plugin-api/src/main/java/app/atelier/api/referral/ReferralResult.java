package app.atelier.api.referral;

import app.atelier.api.ApiStatus;

/**
 * Whether a referral was recorded.
 *
 * @param accepted   true when recorded
 * @param referrerId the referring client when accepted
 * @param message    for the person: why it was refused ("a client cannot use their own code"), or a welcome
 * @since 1.0.0
 */
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
public record ReferralResult(boolean accepted, Long referrerId, String message) {
}
