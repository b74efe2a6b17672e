package app.atelier.api.tasks;

import app.atelier.api.ApiStatus;
import app.atelier.api.Salon;
import java.time.Instant;

/**
 * One due run of a {@link ScheduledTask} for one salon.
 *
 * @param salon   the salon
 * @param now     the host clock's time of this run
 * @param lastRun when the task last completed for this salon, or {@code null} on the first run
 * @since 1.0.0
 */
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
public record TaskContext(Salon salon, Instant now, Instant lastRun) {
}
