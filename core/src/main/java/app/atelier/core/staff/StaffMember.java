package app.atelier.core.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A master of the salon with the weekly working hours and the days off.
 *
 * @param phone   E.164 or {@code null}
 * @param active  inactive masters take no new visits but stay for the history
 * @param hours   sorted by weekday and start
 * @param daysOff sorted ascending
 */
public record StaffMember(long id, String name, String position, String phone, String email, boolean active,
                          List<WorkingHours> hours, List<LocalDate> daysOff, Instant createdAt) {
    public StaffMember {
        hours = List.copyOf(hours);
        daysOff = List.copyOf(daysOff);
    }
}
