package app.atelier.proof;

import app.atelier.api.PluginContext;
import app.atelier.api.checkout.CheckoutContext;
import app.atelier.api.checkout.CheckoutParticipant;
import app.atelier.api.checkout.CheckoutResult;
import app.atelier.api.checkout.RefundContext;
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

    @Override
    public CheckoutResult refund(RefundContext ctx) {
        // a reversal row, never a delete: the proof table is as append-only as a real ledger
        ctx.handle().execute("INSERT INTO proof_checkout (salon_id, visit_id, total) VALUES (?, ?, ?)",
                ctx.salon().id(), ctx.visitId(), -ctx.bill().total());
        if (ProofPlugin.failMode(context, ctx.salon().id()).equals("refund")) {
            throw new IllegalStateException("proof refund told to fail after writing");
        }
        return new CheckoutResult("proof reversed the bill");
    }
}
