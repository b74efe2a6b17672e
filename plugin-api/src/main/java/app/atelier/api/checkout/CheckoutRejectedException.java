package app.atelier.api.checkout;

import app.atelier.api.ApiStatus;

/**
 * Thrown by a {@link CheckoutParticipant} that refuses the checkout for a reason the
 * administrator can act on (e.g. "the promo code was used meanwhile"). The whole checkout rolls
 * back and the API answers 409 with this message.
 *
 * @since 1.0.0
 */
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
public class CheckoutRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CheckoutRejectedException(String message) {
        super(message);
    }
}
