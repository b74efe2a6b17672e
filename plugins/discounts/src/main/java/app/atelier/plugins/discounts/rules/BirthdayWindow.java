package app.atelier.plugins.discounts.rules;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * Days around the client's birthday in which a rule holds, in the salon's calendar.
 *
 * @param daysBefore how many days before the birthday the window opens
 * @param daysAfter  how many days after the birthday it stays open
 */
public record BirthdayWindow(int daysBefore, int daysAfter) {

    /**
     * Whether {@code day} falls in the window around {@code birthday}. The birthday of the visit's
     * year and of the years either side are tried, so a window crosses New Year; a 29 February
     * birthday is kept on 28 February in other years ({@link MonthDay#atYear}).
     */
    public boolean contains(LocalDate birthday, LocalDate day) {
        MonthDay md = MonthDay.from(birthday);
        for (int year = day.getYear() - 1; year <= day.getYear() + 1; year++) {
            LocalDate b = md.atYear(year);
            if (!day.isBefore(b.minusDays(daysBefore)) && !day.isAfter(b.plusDays(daysAfter))) {
                return true;
            }
        }
        return false;
    }
}
