package app.atelier.plugins.discounts.pricing;

import app.atelier.api.pricing.BillLine;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The visit being priced, as the engine sees it.
 *
 * @param zone     the salon's zone: every calendar condition is read in it
 * @param start    the visit's start (it decides weekday, hours, dates and birthday)
 * @param channel  how the visit was booked: admin, online or app
 * @param currency the salon's currency, for the texts
 * @param lines    the bill's lines
 * @param subtotal sum of the lines
 * @param limit    what is left to discount: the running total when this step runs, never below 0
 */
public record Occasion(ZoneId zone, Instant start, String channel, String currency, List<BillLine> lines, long subtotal,
                       long limit) {

    public Occasion {
        lines = List.copyOf(lines);
        limit = Math.max(0, limit);
    }

    /** The visit's start on the salon's wall clock (DST-correct: the zone's rules at that instant). */
    public ZonedDateTime local() {
        return start.atZone(zone);
    }
}
