package app.atelier.api.data;

import app.atelier.api.ApiStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * A master with their working week, for slot search and reports.
 *
 * @param id      the master's id
 * @param name    display name
 * @param active  false for a master who left (kept for history)
 * @param hours   weekly working intervals in the salon's zone
 * @param daysOff dates the master does not work
 * @since 1.0.0
 */
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
public record StaffView(long id, String name, boolean active, List<Hours> hours, List<LocalDate> daysOff) {
    public StaffView {
        hours = List.copyOf(hours);
        daysOff = List.copyOf(daysOff);
    }

    /**
     * One working interval of a weekday, in minutes from the salon-local midnight; {@code endMinute}
     * may exceed 1440 for a shift that runs past midnight.
     *
     * @param weekday     ISO weekday, 1 = Monday
     * @param startMinute start, minutes from midnight
     * @param endMinute   end (exclusive), minutes from midnight
     * @since 1.0.0
     */
    @ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
    public record Hours(int weekday, int startMinute, int endMinute) {
    }
}
