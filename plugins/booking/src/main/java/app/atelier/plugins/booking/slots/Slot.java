package app.atelier.plugins.booking.slots;

import java.time.Instant;
import java.util.List;

/**
 * A free time: a visit may start at {@code start} with any of these masters.
 *
 * @param start    the start
 * @param staffIds the masters free then, in the order "any master" tries them
 */
public record Slot(Instant start, List<Long> staffIds) {
    public Slot {
        staffIds = List.copyOf(staffIds);
    }
}
