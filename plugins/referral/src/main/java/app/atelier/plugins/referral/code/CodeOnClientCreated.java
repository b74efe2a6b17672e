package app.atelier.plugins.referral.code;

import app.atelier.api.PluginContext;
import app.atelier.api.events.DomainEvent;
import app.atelier.api.events.DomainEventListener;
import app.atelier.api.events.EventTypes;
import org.pf4j.Extension;

/**
 * Gives every new client a promo code as soon as the client exists, so that the code is ready to
 * print or send; {@link CodeStore#ensure} makes a repeated delivery harmless.
 */
@Extension
public final class CodeOnClientCreated implements DomainEventListener {
    private final PluginContext context;
    private final CodeStore codes;

    public CodeOnClientCreated(PluginContext context) {
        this.context = context;
        this.codes = new CodeStore(context);
    }

    @Override
    public boolean accepts(String eventType) {
        return EventTypes.CLIENT_CREATED.equals(eventType);
    }

    @Override
    public void onEvent(DomainEvent event) {
        // a client deleted before the event arrived needs no code: nothing to retry
        context.salonData().client(event.salonId(), event.subjectId()).ifPresent(codes::ensure);
    }
}
