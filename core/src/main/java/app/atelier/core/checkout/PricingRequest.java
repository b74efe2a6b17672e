package app.atelier.core.checkout;

import java.util.Map;

/**
 * What the desk asked for when pricing a bill.
 *
 * @param options per-plugin options from the request ({@code {"discounts": {"manual": …}}}); each
 *                pricing step and checkout participant sees only its own entry
 */
public record PricingRequest(long redeemBonus, String promoCode, Long userId, String userRole,
                             Map<String, Map<String, Object>> options) {
    public PricingRequest {
        // JSON may carry {"plugin": null}: drop such entries rather than fail on them
        Map<String, Map<String, Object>> clean = new java.util.LinkedHashMap<>();
        if (options != null) {
            options.forEach((k, v) -> {
                if (k != null && v != null) {
                    clean.put(k, v);
                }
            });
        }
        options = java.util.Collections.unmodifiableMap(clean);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> optionsOf(String pluginId) {
        Object value = options.get(pluginId);
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
