package app.atelier.plugins.discounts.pricing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the rules may ask about the client, read before pricing so that the engine stays a pure function.
 *
 * @param known           false when the visit's client could not be read (then tag and birthday rules do not hold)
 * @param tags            the client's categories
 * @param birthday        the birthday, or null
 * @param totalPaid       money paid over all time, minor units
 * @param completedVisits completed visits before this one
 * @param lastVisit       start of the last completed visit, or null
 */
public record ClientFacts(boolean known, List<String> tags, LocalDate birthday, long totalPaid, int completedVisits,
                          Instant lastVisit) {

    public ClientFacts {
        tags = List.copyOf(tags);
    }

    /** A client nothing is known of. */
    public static ClientFacts unknown() {
        return new ClientFacts(false, List.of(), null, 0, 0, null);
    }
}
