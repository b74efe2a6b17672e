package app.atelier.api.checkout;

import app.atelier.api.ApiStatus;
import org.pf4j.ExtensionPoint;

/**
 * Commits a plugin's money effects when a visit is completed: debit redeemed points, credit
 * cashback, mark a promo code used.
 *
 * <p>Called inside the database transaction that completes the visit, through
 * {@link CheckoutContext#handle()}. If any participant throws, the whole checkout rolls back:
 * the visit stays open and no participant's writes remain. Money never moves outside that
 * transaction. A repeated checkout request (same idempotency key) does not call participants again.
 *
 * @since 1.0.0
 */
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
public interface CheckoutParticipant extends ExtensionPoint {

    /** Write this plugin's effects through {@code context.handle()}. */
    CheckoutResult commit(CheckoutContext context);

    /**
     * Reverse this plugin's effects of a completed visit that is refunded (return redeemed points,
     * take back cashback), inside the refund's transaction. Append reversals, never delete: money
     * tables are append-only. The default does nothing.
     */
    default CheckoutResult refund(RefundContext context) {
        return CheckoutResult.done();
    }
}
