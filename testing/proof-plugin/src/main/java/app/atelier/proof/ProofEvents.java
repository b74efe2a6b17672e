package app.atelier.proof;

import app.atelier.api.PluginContext;
import app.atelier.api.events.DomainEvent;
import app.atelier.api.events.DomainEventListener;
import org.pf4j.Extension;

/** Logs every call; in "events-once" mode the first call for each event throws. */
@Extension
public final class ProofEvents implements DomainEventListener {
    private final PluginContext context;

    public ProofEvents(PluginContext context) {
        this.context = context;
    }

    @Override
    public boolean accepts(String eventType) {
        return eventType.startsWith("visit.") || eventType.equals("client.created");
    }

    @Override
    public void onEvent(DomainEvent event) {
        boolean failFirst = ProofPlugin.failMode(context, event.salonId()).equals("events-once");
        int earlier = context.database().withHandle(h -> h.createQuery("SELECT count(*) FROM proof_event_call WHERE event_id = :e")
                .bind("e", event.id()).mapTo(Integer.class).one());
        boolean fail = failFirst && earlier == 0;
        context.database().useHandle(h -> h.execute(
                "INSERT INTO proof_event_call (salon_id, event_id, type, succeeded) VALUES (?, ?, ?, ?)",
                event.salonId(), event.id(), event.type(), fail ? 0 : 1));
        if (fail) {
            throw new IllegalStateException("proof listener told to fail the first time");
        }
    }
}
