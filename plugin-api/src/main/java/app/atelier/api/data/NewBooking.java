package app.atelier.api.data;

import app.atelier.api.ApiStatus;
import java.time.Instant;
import java.util.List;

/**
 * A visit a plugin books.
 *
 * @param clientId   the client
 * @param staffId    the master
 * @param start      the start (UTC)
 * @param serviceIds the services, in order; the visit lasts their total duration
 * @param channel    {@code online}, {@code app} or {@code admin}
 * @since 1.0.0
 */
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
public record NewBooking(long clientId, long staffId, Instant start, List<Long> serviceIds, String channel) {
    public NewBooking {
        serviceIds = List.copyOf(serviceIds);
    }
}
