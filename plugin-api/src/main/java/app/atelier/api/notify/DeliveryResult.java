package app.atelier.api.notify;

import app.atelier.api.ApiStatus;

/**
 * The outcome of a delivery attempt.
 *
 * @param delivered whether the message left
 * @param retryable for a failure: whether trying again later may succeed
 * @param detail    what happened, for the delivery log (no secrets, no message text)
 * @since 1.0.0
 */
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
public record DeliveryResult(boolean delivered, boolean retryable, String detail) {

    public static DeliveryResult sent(String detail) {
        return new DeliveryResult(true, false, detail);
    }

    public static DeliveryResult failed(String detail, boolean retryable) {
        return new DeliveryResult(false, retryable, detail);
    }
}
