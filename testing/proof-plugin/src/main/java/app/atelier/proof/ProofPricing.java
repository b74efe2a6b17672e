package app.atelier.proof;

import app.atelier.api.Money;
import app.atelier.api.PluginContext;
import app.atelier.api.pricing.Adjustment;
import app.atelier.api.pricing.PricingContext;
import app.atelier.api.pricing.PricingResult;
import app.atelier.api.pricing.PricingStep;
import org.pf4j.Extension;

/** A percent discount on the subtotal, labelled. */
@Extension
public final class ProofPricing implements PricingStep {
    private final PluginContext context;

    public ProofPricing(PluginContext context) {
        this.context = context;
    }

    @Override
    public PricingResult price(PricingContext ctx) {
        if (ProofPlugin.failMode(context, ctx.salon().id()).equals("pricing")) {
            throw new IllegalStateException("proof pricing told to fail");
        }
        long bp = context.settings(ctx.salon().id()).number("discountBasisPoints");
        long amount = -Money.percentOf(ctx.subtotal(), bp);
        Adjustment percent = new Adjustment(context.pluginId(), "discount", amount, "Proof discount −" + (bp / 100) + "%");
        // the request's options reach only this plugin: {"options": {"proof": {"extraOff": 500}}}
        Object extra = ctx.options().get("extraOff");
        if (extra instanceof Number n) {
            return PricingResult.of(percent, new Adjustment(context.pluginId(), "manual_discount", -n.longValue(),
                    "Extra off, given by user " + ctx.userId() + " (" + ctx.userRole() + ")"));
        }
        return PricingResult.of(percent);
    }
}
