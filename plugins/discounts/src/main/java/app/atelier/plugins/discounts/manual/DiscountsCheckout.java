package app.atelier.plugins.discounts.manual;

import app.atelier.api.PluginContext;
import app.atelier.api.checkout.CheckoutContext;
import app.atelier.api.checkout.CheckoutParticipant;
import app.atelier.api.checkout.CheckoutResult;
import app.atelier.api.checkout.RefundContext;
import app.atelier.api.pricing.Adjustment;
import app.atelier.plugins.discounts.pricing.DiscountEngine;
import app.atelier.plugins.discounts.pricing.Texts;
import java.util.List;
import java.util.Map;
import org.pf4j.Extension;

/**
 * Records each manual discount on a completed bill — who gave it, how much, why, on which visit —
 * in the checkout's own transaction ({@link CheckoutContext#handle()}), so the record exists exactly
 * when the discounted visit is completed. A refund appends a {@code refunded} row; nothing is deleted.
 */
@Extension
public final class DiscountsCheckout implements CheckoutParticipant {
    private final PluginContext context;

    public DiscountsCheckout(PluginContext context) {
        this.context = context;
    }

    @Override
    public CheckoutResult commit(CheckoutContext ctx) {
        long given = -ctx.bill().adjustmentsOf(context.pluginId()).stream()
                .filter(a -> DiscountEngine.MANUAL_KIND.equals(a.kind())).mapToLong(Adjustment::amount).sum();
        // the bill carries a manual discount only when the pricing step accepted the caller and the terms
        ManualRequest m = ctx.options().get("manual") instanceof Map<?, ?> raw ? ManualRequest.read(raw).request() : null;
        if (given <= 0 || m == null) {
            return CheckoutResult.done();
        }
        ManualLog.append(ctx.handle(), ctx.salon().id(), new ManualLogEntry(0, ctx.visitId(), ctx.clientId(), ctx.userId(),
                ManualLogEntry.GIVEN, given, m.percent(), m.amount(), m.reason(), ctx.completedAt()));
        return new CheckoutResult("manual discount of " + Texts.money(given, ctx.salon().currency()) + " recorded ("
                + m.reason() + ")");
    }

    @Override
    public CheckoutResult refund(RefundContext ctx) {
        List<ManualLogEntry> rows = ManualLog.ofVisit(ctx.handle(), ctx.salon().id(), ctx.visitId());
        if (rows.stream().anyMatch(r -> ManualLogEntry.REFUNDED.equals(r.entry()))) {
            return CheckoutResult.done();
        }
        int reversed = 0;
        for (ManualLogEntry r : rows) {
            if (ManualLogEntry.GIVEN.equals(r.entry())) {
                ManualLog.append(ctx.handle(), ctx.salon().id(), new ManualLogEntry(0, r.visitId(), r.clientId(), ctx.userId(),
                        ManualLogEntry.REFUNDED, r.amount(), r.percent(), r.requestedAmount(),
                        refundReason(ctx.reason()), ctx.refundedAt()));
                reversed++;
            }
        }
        return reversed == 0 ? CheckoutResult.done() : new CheckoutResult("manual discount marked refunded");
    }

    private static String refundReason(String reason) {
        String r = reason == null || reason.isBlank() ? "refund" : reason.strip();
        return r.length() > 500 ? r.substring(0, 500) : r;
    }
}
