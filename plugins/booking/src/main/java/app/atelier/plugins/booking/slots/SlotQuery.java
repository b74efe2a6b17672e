package app.atelier.plugins.booking.slots;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What free times are asked for.
 *
 * @param zone            the salon's zone: hours, days and the horizon are read in it
 * @param now             the current instant
 * @param date            the salon-local day the free times start on
 * @param durationMinutes how long the visit lasts (all its services)
 * @param bufferMinutes   the pause the new visit needs after it before the master's next visit
 * @param stepMinutes     free times start every this many minutes from the start of a working interval
 * @param minLeadMinutes  no visit starts sooner than this after {@code now}
 * @param horizonDays     the last bookable day is salon-local today plus this many days
 */
public record SlotQuery(ZoneId zone, Instant now, LocalDate date, int durationMinutes, int bufferMinutes, int stepMinutes,
                        int minLeadMinutes, int horizonDays) {
    public SlotQuery {
        if (durationMinutes <= 0 || stepMinutes <= 0 || bufferMinutes < 0 || minLeadMinutes < 0 || horizonDays < 0) {
            throw new IllegalArgumentException("duration and step must be positive; buffer, lead and horizon not negative");
        }
    }

    /** The same question for another day. */
    public SlotQuery on(LocalDate other) {
        return new SlotQuery(zone, now, other, durationMinutes, bufferMinutes, stepMinutes, minLeadMinutes, horizonDays);
    }

    /** Salon-local today. */
    public LocalDate today() {
        return now.atZone(zone).toLocalDate();
    }

    /** The last day a visit may start on. */
    public LocalDate lastDay() {
        return today().plusDays(horizonDays);
    }
}
