package app.atelier.api.referral;

import app.atelier.api.ApiStatus;

/**
 * A new client naming who referred them, e.g. the promo code typed on the online booking page.
 *
 * @param salonId  the salon
 * @param clientId the new client
 * @param code     the promo code they gave
 * @since 1.0.0
 */
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
public record ReferralRequest(long salonId, long clientId, String code) {
}
