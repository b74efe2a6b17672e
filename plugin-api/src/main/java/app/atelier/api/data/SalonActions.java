package app.atelier.api.data;

import app.atelier.api.ApiStatus;
import java.time.Instant;

/**
 * Changes a plugin may make to core data, under the same rules as the REST API: validation, no
 * double booking, events published to other plugins. Each call is its own transaction; refusals
 * are {@link ActionRejectedException}s.
 *
 * @since 1.0.0
 */
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
public interface SalonActions {

    /** Creates a client (phone normalised to E.164). */
    ClientView createClient(long salonId, NewClient client);

    /** Books a visit; {@code visit_overlap} when the master is busy then. */
    VisitView book(long salonId, NewBooking booking);

    /** Moves an open visit to a new start, same master and duration. */
    VisitView reschedule(long salonId, long visitId, Instant start);

    /** Marks an open visit confirmed by the client. */
    VisitView confirm(long salonId, long visitId);

    /** Cancels an open visit; its time frees up. */
    VisitView cancel(long salonId, long visitId);
}
