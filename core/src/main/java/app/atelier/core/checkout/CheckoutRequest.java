package app.atelier.core.checkout;

import java.util.List;
import java.util.Map;

/**
 * What the desk sends to complete a visit.
 *
 * @param options per-plugin options, e.g. {@code {"discounts": {"manualPercent": 1000, "reason": "…"}}}
 */
public record CheckoutRequest(Long redeemBonus, String promoCode, List<Payment> payments,
                              Map<String, Map<String, Object>> options) {
}
