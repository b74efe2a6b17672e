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

    /**
     * Whether {@code [start, end)} (salon-local) lies within one of the master's shifts: a shift of
     * the start's weekday, or one of the day before that runs past midnight, on a day that is not
     * one of their days off.
     */
    public boolean works(java.time.LocalDateTime start, java.time.LocalDateTime end) {
        for (LocalDate day : List.of(start.toLocalDate(), start.toLocalDate().minusDays(1))) {
            if (daysOff.contains(day)) {
                continue;
            }
            for (WorkingHours h : hours) {
                if (h.weekday() == day.getDayOfWeek().getValue()
                        && !start.isBefore(day.atStartOfDay().plusMinutes(h.startMinute()))
                        && !end.isAfter(day.atStartOfDay().plusMinutes(h.endMinute()))) {
                    return true;
                }
            }
        }
        return false;
    }
}
