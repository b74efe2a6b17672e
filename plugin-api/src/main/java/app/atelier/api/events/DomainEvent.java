package app.atelier.api.events;

import app.atelier.api.ApiStatus;
import java.time.Instant;
import java.util.Map;

/**
 * Something that happened in a salon, delivered after the transaction that caused it committed.
 *
 * @param id         unique, increasing id of the event; use it to make your handling idempotent
 * @param salonId    the salon
 * @param type       e.g. {@code visit.completed}; see {@link EventTypes}
 * @param subjectId  the id of the client or visit the event is about
 * @param payload    extra facts, JSON-compatible values
 * @param occurredAt when it happened
 * @since 1.0.0
 */
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
public record DomainEvent(long id, long salonId, String type, long subjectId, Map<String, Object> payload,
                          Instant occurredAt) {
    public DomainEvent {
        payload = Map.copyOf(payload);
    }
}
