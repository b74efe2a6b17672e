package app.atelier.plugins.bonus.gifts;

import app.atelier.api.data.ClientStats;
import app.atelier.api.data.ClientView;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * A group of clients for a gift; every criterion given must hold.
 *
 * @param tag          the client has this tag (ignoring case), or {@code null}
 * @param minSpent     money paid over all time at least this, or {@code null}
 * @param maxSpent     money paid over all time at most this, or {@code null}
 * @param sleepingDays a sleeping client: at least one completed visit, none in the last this many
 *                     days, and nothing booked ahead; or {@code null}
 */
public record Segment(String tag, Long minSpent, Long maxSpent, Integer sleepingDays) {

    /** Whether the client belongs to the segment. */
    public boolean matches(ClientView client, ClientStats stats, Instant now) {
        if (tag != null && client.tags().stream().noneMatch(t -> t.toLowerCase(Locale.ROOT).equals(tag.toLowerCase(Locale.ROOT)))) {
            return false;
        }
        if (minSpent != null && stats.totalPaid() < minSpent || maxSpent != null && stats.totalPaid() > maxSpent) {
            return false;
        }
        if (sleepingDays != null) {
            return stats.lastVisit() != null && stats.nextVisit() == null
                    && !stats.lastVisit().isAfter(now.minus(Duration.ofDays(sleepingDays)));
        }
        return true;
    }

    /** Whether matching needs the client's spend figures. */
    boolean needsStats() {
        return minSpent != null || maxSpent != null || sleepingDays != null;
    }

    /** A short description for the gift's record, e.g. {@code tag=vip, sleepingDays=90}. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        append(b, "tag", tag);
        append(b, "minSpent", minSpent);
        append(b, "maxSpent", maxSpent);
        append(b, "sleepingDays", sleepingDays);
        return b.toString();
    }

    private static void append(StringBuilder b, String key, Object value) {
        if (value != null) {
            b.append(b.isEmpty() ? "" : ", ").append(key).append('=').append(value);
        }
    }
}
