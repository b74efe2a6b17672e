package app.atelier.core.tasks;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A staff task: "call Anna: sleeping for 60 days".
 *
 * @param clientId    the client it is about, or {@code null}
 * @param clientName  that client's name (also when the client was deleted since)
 * @param assigneeId  the salon user who should do it, or {@code null} for anyone
 * @param due         the salon-local day it is due, or {@code null}
 * @param overdue     open and due before today (salon-local)
 * @param origin      {@code manual}, or {@code report} for tasks made from a report
 */
public record Task(long id, String title, String notes, Long clientId, String clientName, Long assigneeId,
                   String assigneeEmail, LocalDate due, boolean done, Instant doneAt, Long doneBy, boolean overdue,
                   String origin, Long createdBy, Instant createdAt, Instant updatedAt) {
}
