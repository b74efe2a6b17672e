package app.atelier.api.data;

import app.atelier.api.ApiStatus;
import java.time.Instant;

/**
 * A read-only view of a visit.
 *
 * @param id       the visit's id
 * @param salonId  the owning salon
 * @param clientId the client
 * @param staffId  the master
 * @param start    start, UTC
 * @param end      end, UTC (exclusive)
 * @param status   {@code booked, confirmed, completed, cancelled, no_show}
 * @param channel  where it was booked: {@code admin, online, app}
 * @since 1.0.0
 */
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
public record VisitView(long id, long salonId, long clientId, long staffId, Instant start, Instant end,
                        String status, String channel) {
}
