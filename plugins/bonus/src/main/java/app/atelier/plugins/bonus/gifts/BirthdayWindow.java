package app.atelier.plugins.bonus.gifts;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

/**
 * When birthday points are due, pure and in salon-local dates: from {@code daysBefore} days before
 * the birthday up to the birthday itself (a window, not one day, so a run missed by a restart still
 * grants). A 29 February birthday falls on 28 February in other years.
 */
public final class BirthdayWindow {
    private BirthdayWindow() {
    }

    /** The birthday this window is for, when {@code today} lies in it. */
    public static Optional<LocalDate> due(LocalDate today, LocalDate birthday, int daysBefore) {
        MonthDay day = MonthDay.from(birthday);
        for (int year = today.getYear(); year <= today.getYear() + 1; year++) {
            LocalDate occurrence = day.atYear(year);
            if (!today.isAfter(occurrence) && !today.isBefore(occurrence.minusDays(daysBefore))) {
                return Optional.of(occurrence);
            }
        }
        return Optional.empty();
    }
}
