package app.atelier.api.data;

import app.atelier.api.ApiStatus;
import java.time.Instant;

/**
 * What a client has done in the salon, from completed bills and booked visits.
 *
 * @param totalPaid       money paid over all time, minor units (never the bonus balance)
 * @param completedVisits number of completed visits
 * @param firstVisit      start of the first completed visit, or {@code null}
 * @param lastVisit       start of the last completed visit, or {@code null}
 * @param nextVisit       start of the next booked or confirmed visit, or {@code null}
 * @since 1.0.0
 */
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
public record ClientStats(long totalPaid, int completedVisits, Instant firstVisit, Instant lastVisit, Instant nextVisit) {
}
