package app.atelier.plugins.reminders.plan;

import java.time.Instant;

/**
 * One planned message (or, for {@link Kind#CONFIRMATION_DEADLINE}, action) as stored in
 * {@code reminders_plan}.
 *
 * @param id         row id
 * @param salonId    the salon
 * @param clientId   the client
 * @param visitId    the visit, or {@code null} for birthday and reactivation
 * @param kind       what it is
 * @param slot       which one of its kind: the offset ({@code 2h}), the service ({@code s12}), the year, or {@code -}
 * @param visitStart the visit start it was planned for, or {@code null}
 * @param dueAt      when it goes
 * @param expiresAt  after this it is pointless (the host drops it if quiet hours hold it that long), or {@code null}
 * @param status     {@code planned}, {@code queued}, {@code done} (an action taken), {@code skipped} or {@code cancelled}
 * @param reason     why it was skipped or cancelled, or what was done
 * @param channel    the channel it was queued to
 * @param messageId  the host's message id once queued
 * @param dedupKey   the key it is queued with: the same intended message always has the same key
 * @param createdAt  when it was planned
 * @param updatedAt  when it last changed
 * @param actedAt    for the deadline: when the plugin began cancelling the visit, else {@code null}
 */
public record PlanRow(long id, long salonId, long clientId, Long visitId, Kind kind, String slot, Instant visitStart,
                      Instant dueAt, Instant expiresAt, String status, String reason, String channel, Long messageId,
                      String dedupKey, Instant createdAt, Instant updatedAt, Instant actedAt) {
    public static final String PLANNED = "planned";
    public static final String QUEUED = "queued";
    public static final String DONE = "done";
    public static final String SKIPPED = "skipped";
    public static final String CANCELLED = "cancelled";
    /** Every status, in the order the panel counts them. */
    public static final java.util.List<String> STATUSES = java.util.List.of(QUEUED, DONE, PLANNED, SKIPPED, CANCELLED);
}
