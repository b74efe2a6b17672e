package app.atelier.proof;

import app.atelier.api.PluginContext;
import app.atelier.api.notify.Delivery;
import app.atelier.api.notify.DeliveryResult;
import app.atelier.api.notify.NotificationChannel;
import org.pf4j.Extension;

/** A channel that "sends" by writing a row. */
@Extension
public final class ProofChannel implements NotificationChannel {
    private final PluginContext context;

    public ProofChannel(PluginContext context) {
        this.context = context;
    }

    @Override
    public String id() {
        return "proof-pigeon";
    }

    @Override
    public DeliveryResult deliver(Delivery delivery) {
        context.database().useHandle(h -> h.execute("INSERT INTO proof_delivery (salon_id, recipient, body) VALUES (?, ?, ?)",
                delivery.salon().id(), delivery.recipient(), delivery.body()));
        return DeliveryResult.sent("pigeon landed");
    }
}
