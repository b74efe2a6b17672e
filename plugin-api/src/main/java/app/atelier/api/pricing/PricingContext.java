package app.atelier.api.pricing;

import app.atelier.api.ApiStatus;
import app.atelier.api.Salon;
import java.time.Instant;
import java.util.List;

/**
 * What a {@link PricingStep} sees of the bill being built.
 *
 * @param salon          the salon
 * @param visitId        the visit being priced
 * @param clientId       the visit's client
 * @param visitStart     when the visit starts (UTC; evaluate calendar rules in {@code salon.zone()})
 * @param channel        how the visit was booked: {@code admin}, {@code online} or {@code app}
 * @param lines          the services and products
 * @param subtotal       sum of the lines
 * @param adjustments    adjustments made by the steps that ran before this one
 * @param redeemBonus    points (minor units) the client asks to redeem, 0 if none
 * @param promoCode      the promo code entered at checkout, or {@code null}
 * @param userId         the salon user asking for the quote or checkout, or {@code null} (API key, system)
 * @param userRole       that user's role ({@code owner}, {@code admin}), or {@code null}
 * @param options        this plugin's options from the request ({@code "options": {"<pluginId>": {…}}}), e.g. a
 *                       manual discount the administrator typed; empty when none
 * @since 1.0.0
 */
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
public record PricingContext(Salon salon, long visitId, long clientId, Instant visitStart, String channel,
                             List<BillLine> lines, long subtotal, List<Adjustment> adjustments,
                             long redeemBonus, String promoCode, Long userId, String userRole,
                             java.util.Map<String, Object> options) {
    public PricingContext {
        lines = List.copyOf(lines);
        adjustments = List.copyOf(adjustments);
        options = options == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(options));
    }

    /** The total after the adjustments made so far. */
    public long runningTotal() {
        return subtotal + adjustments.stream().mapToLong(Adjustment::amount).sum();
    }
}
