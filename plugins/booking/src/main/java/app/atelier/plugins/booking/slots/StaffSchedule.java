package app.atelier.plugins.booking.slots;

import app.atelier.api.data.StaffView;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One master as free-time search sees them.
 *
 * @param staffId the master
 * @param hours   weekly intervals in minutes from salon-local midnight; an end past 1440 runs into the next day
 * @param daysOff dates on which the master's shifts that would <em>start</em> that day do not happen
 *                (the tail of the previous night's shift still does)
 * @param busy    visits (with the pause after each) that are not cancelled
 */
public record StaffSchedule(long staffId, List<StaffView.Hours> hours, Set<LocalDate> daysOff, List<Busy> busy) {
    public StaffSchedule {
        hours = List.copyOf(hours);
        daysOff = Set.copyOf(daysOff);
        busy = List.copyOf(busy);
    }
}
