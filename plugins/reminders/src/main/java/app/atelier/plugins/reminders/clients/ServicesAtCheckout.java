package app.atelier.plugins.reminders.clients;

import app.atelier.api.PluginContext;
import app.atelier.api.checkout.CheckoutContext;
import app.atelier.api.checkout.CheckoutParticipant;
import app.atelier.api.checkout.CheckoutResult;
import app.atelier.api.pricing.BillLine;
import org.pf4j.Extension;

/**
 * Records the services of a visit as it is completed, inside the checkout's transaction (through
 * its handle, as the host requires), so that the {@code visit.completed} event that follows finds
 * them for repeat invitations and review requests. Moves no money.
 */
@Extension
public final class ServicesAtCheckout implements CheckoutParticipant {
    /** Extensions are made with the plugin's context; this one needs nothing from it. */
    public ServicesAtCheckout(PluginContext context) {
        // the checkout's own handle is all it writes through
    }

    @Override
    public CheckoutResult commit(CheckoutContext c) {
        int position = 0;
        for (BillLine line : c.bill().lines()) {
            if ("service".equals(line.kind())) {
                c.handle().execute("""
                        INSERT INTO reminders_visit_service (salon_id, visit_id, position, service_id, name) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (salon_id, visit_id, position) DO NOTHING""",
                        c.salon().id(), c.visitId(), position++, line.itemId(), line.name());
            }
        }
        return CheckoutResult.done();
    }
}
