package app.atelier.plugins.booking.book;

import app.atelier.plugins.booking.slots.Slot;
import java.util.List;
import java.util.Map;

/** A booking, cancellation or reschedule that was not made, with a message for the client. */
public final class BookingRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why, with the HTTP status it answers. */
    public enum Reason {
        INVALID(400), HONEYPOT(400), CODE_WRONG(400), RATE_LIMITED(429), TOO_MANY_OPEN(409), TAKEN(409), POLICY(409),
        NOT_FOUND(404);

        public final int status;

        Reason(int status) {
            this.status = status;
        }
    }

    private final Reason reason;
    private final transient Map<String, String> fields;
    private final transient List<Slot> nearest;

    public BookingRefused(Reason reason, String message, Map<String, String> fields, List<Slot> nearest) {
        super(message);
        this.reason = reason;
        this.fields = fields == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        this.nearest = nearest == null ? List.of() : List.copyOf(nearest);
    }

    public BookingRefused(Reason reason, String message) {
        this(reason, message, Map.of(), List.of());
    }

    public Reason reason() {
        return reason;
    }

    /** Field-level messages for the form. */
    public Map<String, String> fields() {
        return fields;
    }

    /** For {@link Reason#TAKEN}: the nearest free times. */
    public List<Slot> nearest() {
        return nearest;
    }
}
