package app.atelier.api.checkout;

import app.atelier.api.ApiStatus;

/**
 * What a participant did at checkout, for the log and the completed bill.
 *
 * @param note a short line for the visit's history, or {@code null}
 * @since 1.0.0
 */
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
public record CheckoutResult(String note) {

    /** Nothing worth noting. */
    public static CheckoutResult done() {
        return new CheckoutResult(null);
    }
}
