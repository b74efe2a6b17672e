package app.atelier.plugins.booking.slots;

import java.time.Instant;

/**
 * Time a master is not free: a visit from its start to its end plus the pause after it.
 *
 * @param start first busy instant
 * @param end   first free instant again (exclusive)
 */
public record Busy(Instant start, Instant end) {
    public Busy {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("busy time must end after it starts");
        }
    }
}
