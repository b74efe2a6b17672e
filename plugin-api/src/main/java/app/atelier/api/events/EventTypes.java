package app.atelier.api.events;

import app.atelier.api.ApiStatus;

/**
 * Event types the core publishes. The subject of a {@code client.*} event is the client, of a
 * {@code visit.*} event the visit.
 *
 * @since 1.0.0
 */
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
public final class EventTypes {
    public static final String CLIENT_CREATED = "client.created";
    public static final String VISIT_BOOKED = "visit.booked";
    public static final String VISIT_CONFIRMED = "visit.confirmed";
    public static final String VISIT_RESCHEDULED = "visit.rescheduled";
    /**
     * An open visit's services or products changed; its payload has {@code clientId}, {@code start} and the new {@code end}.
     *
     * @since 1.1.0
     */
    public static final String VISIT_CHANGED = "visit.changed";
    public static final String VISIT_CANCELLED = "visit.cancelled";
    public static final String VISIT_NO_SHOW = "visit.no_show";
    public static final String VISIT_COMPLETED = "visit.completed";
    /** A completed visit was refunded; its payload has {@code clientId}, {@code amount} and {@code reason}. */
    public static final String VISIT_REFUNDED = "visit.refunded";

    private EventTypes() {
    }
}
