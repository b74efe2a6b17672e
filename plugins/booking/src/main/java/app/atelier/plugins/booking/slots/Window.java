package app.atelier.plugins.booking.slots;

import java.time.Instant;

/**
 * A stretch of working time as real instants (DST already applied).
 *
 * @param start first working instant
 * @param end   end of work (exclusive)
 */
public record Window(Instant start, Instant end) {

    /** Whether {@code [from, to)} lies wholly inside. */
    public boolean contains(Instant from, Instant to) {
        return !from.isBefore(start) && !to.isAfter(end);
    }
}
