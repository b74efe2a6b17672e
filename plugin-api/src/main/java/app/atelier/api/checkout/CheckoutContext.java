package app.atelier.api.checkout;

import app.atelier.api.ApiStatus;
import app.atelier.api.Salon;
import java.time.Instant;
import org.jdbi.v3.core.Handle;

/**
 * A visit being completed. Participants run before the visit is stored as completed, so
 * {@code SalonData.clientStats(...)} read inside {@code commit} still describes the client as they
 * were before this visit (a first visit shows {@code completedVisits == 0}).
 *
 * @param salon       the salon
 * @param visitId     the visit
 * @param clientId    its client
 * @param bill        the final bill, priced by every active pricing step
 * @param paid        what the client paid now, minor units (may be less than the total: debt)
 * @param completedAt the moment of completion
 * @param handle      the open transaction that completes the visit: write through it, and your
 *                    rows commit or roll back together with the visit. Do not commit or close it.
 * @param userId      the salon user completing the visit, or {@code null} (API key)
 * @param userRole    that user's role ({@code owner}, {@code admin}), {@code admin} for an API key
 * @param options     this plugin's options from the checkout request, as in {@code PricingContext#options()}
 * @param promoCode   the promo code typed at the till, as in {@code PricingContext#promoCode()}, or
 *                    {@code null} (since 1.1.0)
 * @since 1.0.0
 */
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
public record CheckoutContext(Salon salon, long visitId, long clientId, Bill bill, long paid, Instant completedAt,
                              Handle handle, Long userId, String userRole,
                              java.util.Map<String, Object> options, String promoCode) {
    public CheckoutContext {
        options = options == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(options));
        promoCode = promoCode == null || promoCode.isBlank() ? null : promoCode;
    }

    /** A checkout without a promo code. */
    public CheckoutContext(Salon salon, long visitId, long clientId, Bill bill, long paid, Instant completedAt, Handle handle,
                           Long userId, String userRole, java.util.Map<String, Object> options) {
        this(salon, visitId, clientId, bill, paid, completedAt, handle, userId, userRole, options, null);
    }
}
