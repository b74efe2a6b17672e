package app.atelier.plugins.bonus.clients;

import app.atelier.api.PluginContext;
import app.atelier.api.events.DomainEvent;
import app.atelier.api.events.DomainEventListener;
import app.atelier.api.events.EventTypes;
import org.pf4j.Extension;

/** Feeds the {@link ClientIndex}: new clients and clients who book. Idempotent, so redelivery is harmless. */
@Extension
public final class ClientIndexListener implements DomainEventListener {
    private final PluginContext context;

    public ClientIndexListener(PluginContext context) {
        this.context = context;
    }

    @Override
    public boolean accepts(String eventType) {
        return EventTypes.CLIENT_CREATED.equals(eventType) || EventTypes.VISIT_BOOKED.equals(eventType);
    }

    @Override
    public void onEvent(DomainEvent event) {
        long clientId;
        if (EventTypes.CLIENT_CREATED.equals(event.type())) {
            clientId = event.subjectId();
        } else if (event.payload().get("clientId") instanceof Number n) {
            clientId = n.longValue();
        } else {
            return;
        }
        context.database().useTransaction(h -> new ClientIndex(h).seen(event.salonId(), clientId, event.occurredAt()));
    }
}
