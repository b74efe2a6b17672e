package app.atelier.plugins.reminders.plan;

import java.time.Instant;

/**
 * A row the planner wants to exist. {@code skipReason} non-null means "record it as skipped": a
 * reminder whose time had passed when the visit was booked is kept in the history with the reason,
 * so that an administrator asking "why no reminder?" gets an answer.
 *
 * @param kind       what it is
 * @param clientId   the client
 * @param visitId    the visit, or {@code null}
 * @param slot       which one of its kind (offset, service, year)
 * @param visitStart the visit start it is planned for, or {@code null}
 * @param dueAt      when it goes
 * @param expiresAt  when it becomes pointless, or {@code null}
 * @param skipReason why it is not sent at all, or {@code null}
 */
public record Intent(Kind kind, long clientId, Long visitId, String slot, Instant visitStart, Instant dueAt,
                     Instant expiresAt, String skipReason) {

    /**
     * The key the message is queued with, unique per intended message: kind, visit (or client),
     * slot, and for messages timed to the start the start itself, so that a reminder already sent
     * for the old time of a moved visit does not block the reminder for its new time, while a
     * repeated planning or queuing of the same one (a crash, a second node, a redelivered event)
     * lands on the same key and sends nothing twice.
     */
    public String dedupKey() {
        String subject = visitId != null ? Long.toString(visitId) : "c" + clientId;
        String key = "reminders:" + kind.key() + ":" + subject + ":" + slot;
        return kind.timedToStart() && visitStart != null && kind != Kind.BOOKING_CONFIRMATION
                ? key + "@" + visitStart.getEpochSecond() : key;
    }

    /** The same intent recorded as skipped. */
    public Intent skipped(String reason) {
        return new Intent(kind, clientId, visitId, slot, visitStart, dueAt, expiresAt, reason);
    }
}
