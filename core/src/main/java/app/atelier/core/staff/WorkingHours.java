package app.atelier.core.staff;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalTime;

/**
 * One working interval of a master on a weekday, in the salon's time zone.
 *
 * @param weekday     1 = Monday … 7 = Sunday (ISO)
 * @param startMinute minutes after local midnight, 0 … 1439
 * @param endMinute   exclusive end in minutes after the same midnight; above 1440 the shift runs
 *                    past midnight into the next day (up to 36:00, i.e. 12:00 next day)
 */
public record WorkingHours(int weekday, int startMinute, int endMinute) {
    public static final int MAX_END_MINUTE = 1440 + 720;

    /** Start as {@code HH:mm}, the form callers send. */
    @JsonProperty("start")
    public String start() {
        return text(startMinute);
    }

    /** End as {@code HH:mm}; hours above 23 mean the next day ({@code 26:00} = 02:00 next day). */
    @JsonProperty("end")
    public String end() {
        return text(endMinute);
    }

    public LocalTime startTime() {
        return LocalTime.of(startMinute / 60, startMinute % 60);
    }

    /** The wall-clock end, which is on the next day when {@link #endsNextDay()}. */
    public LocalTime endTime() {
        int m = endMinute % 1440;
        return LocalTime.of(m / 60, m % 60);
    }

    public boolean endsNextDay() {
        return endMinute > 1440;
    }

    private static String text(int minutes) {
        return String.format("%02d:%02d", minutes / 60, minutes % 60);
    }
}
