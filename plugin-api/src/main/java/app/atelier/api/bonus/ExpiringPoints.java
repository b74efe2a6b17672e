package app.atelier.api.bonus;

import app.atelier.api.ApiStatus;
import java.time.Instant;

/**
 * Points of one client that expire at one moment.
 *
 * @param clientId  the client
 * @param amount    points that will expire then, minor units
 * @param expiresAt when
 * @since 1.0.0
 */
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
public record ExpiringPoints(long clientId, long amount, Instant expiresAt) {
}
