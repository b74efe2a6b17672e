package app.atelier.core.events;

import app.atelier.core.common.Json;
import java.time.Clock;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Writes domain events in the same transaction as the change they describe; the
 * {@link EventDispatcher} delivers them to listeners after commit.
 */
public final class Outbox {
    private final Json json;
    private final Clock clock;

    public Outbox(Json json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    /** Records an event inside the caller's open write transaction. */
    public void publish(Handle h, long salonId, String type, long subjectId, Map<String, Object> payload) {
        h.createUpdate("""
                        INSERT INTO outbox_event (salon_id, type, subject_id, payload, occurred_at)
                        VALUES (:s, :t, :subj, :p, :at)""")
                .bind("s", salonId).bind("t", type).bind("subj", subjectId).bind("p", json.write(payload))
                .bind("at", clock.millis()).execute();
    }
}
