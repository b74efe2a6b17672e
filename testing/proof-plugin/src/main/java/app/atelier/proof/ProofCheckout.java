package app.atelier.proof;

import app.atelier.api.PluginContext;
import app.atelier.api.checkout.CheckoutContext;
import app.atelier.api.checkout.CheckoutParticipant;
import app.atelier.api.checkout.CheckoutResult;
import org.pf4j.Extension;

/** Records each completed visit in the checkout transaction; in fail mode writes, then throws. */
@Extension
public final class ProofCheckout implements CheckoutParticipant {
    private final PluginContext context;

    public ProofCheckout(PluginContext context) {
        this.context = context;
    }

    @Override
    public CheckoutResult commit(CheckoutContext ctx) {
        ctx.handle().execute("INSERT INTO proof_checkout (salon_id, visit_id, total) VALUES (?, ?, ?)",
                ctx.salon().id(), ctx.visitId(), ctx.bill().total());
        if (ProofPlugin.failMode(context, ctx.salon().id()).equals("checkout")) {
            throw new IllegalStateException("proof checkout told to fail after writing");
        }
        return new CheckoutResult("proof recorded the bill");
    }
}
