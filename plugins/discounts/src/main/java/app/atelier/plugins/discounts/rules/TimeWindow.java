package app.atelier.plugins.discounts.rules;

import java.time.LocalTime;

/**
 * A time-of-day window in the salon's zone, start inclusive, end exclusive. When {@code to} is not
 * after {@code from} the window runs past midnight (22:00–02:00; 18:00–00:00 means until midnight).
 *
 * @param from the first minute of the window
 * @param to   the first minute after it
 */
public record TimeWindow(LocalTime from, LocalTime to) {

    public boolean contains(LocalTime time) {
        if (from.isBefore(to)) {
            return !time.isBefore(from) && time.isBefore(to);
        }
        return !time.isBefore(from) || time.isBefore(to);
    }

    @Override
    public String toString() {
        return from + "–" + to;
    }
}
