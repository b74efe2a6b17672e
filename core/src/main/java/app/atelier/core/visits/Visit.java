package app.atelier.core.visits;

import java.time.Instant;
import java.util.List;

/** A client's appointment with a master. */
public record Visit(long id, long salonId, long clientId, long staffId, Instant start, Instant end, String status,
                    String channel, List<VisitItem> items) {
    public Visit {
        items = List.copyOf(items);
    }

    public boolean isOpen() {
        return status.equals("booked") || status.equals("confirmed");
    }
}
