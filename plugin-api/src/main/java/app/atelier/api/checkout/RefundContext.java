package app.atelier.api.checkout;

import app.atelier.api.ApiStatus;
import app.atelier.api.Salon;
import java.time.Instant;
import org.jdbi.v3.core.Handle;

/**
 * A completed visit being refunded.
 *
 * @param salon      the salon
 * @param visitId    the visit
 * @param clientId   its client
 * @param bill       the bill as it was completed
 * @param reason     why, as the owner typed it
 * @param refundedAt when
 * @param handle     the open transaction of the refund: write reversals through it
 * @param userId     the owner who refunded
 * @since 1.0.0
 */
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
public record RefundContext(Salon salon, long visitId, long clientId, Bill bill, String reason, Instant refundedAt,
                            Handle handle, Long userId) {
}
