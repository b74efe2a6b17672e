package app.atelier.plugins.discounts.manual;

import java.time.Instant;

/**
 * One row of the append-only manual discount log.
 *
 * @param id              the row's id
 * @param visitId         the visit whose bill carried the discount
 * @param clientId        its client
 * @param userId          who gave it at the till; null when an API key completed the visit
 * @param entry           {@code given} at checkout, {@code refunded} when the visit was refunded later
 * @param amount          what the discount took off the bill, minor units, positive
 * @param percent         the percent typed, basis points, or null
 * @param requestedAmount the amount typed, minor units, or null
 * @param reason          the reason typed at the till (for a refund row: the refund's reason)
 * @param at              when
 */
public record ManualLogEntry(long id, long visitId, long clientId, Long userId, String entry, long amount, Long percent,
                             Long requestedAmount, String reason, Instant at) {
    public static final String GIVEN = "given";
    public static final String REFUNDED = "refunded";

    /** What the rows of one kind ({@link #GIVEN} or {@link #REFUNDED}) add up to, minor units. */
    public static long total(java.util.List<ManualLogEntry> rows, String entry) {
        return rows.stream().filter(r -> r.entry().equals(entry)).mapToLong(ManualLogEntry::amount).sum();
    }
}
