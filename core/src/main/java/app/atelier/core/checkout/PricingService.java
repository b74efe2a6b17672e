package app.atelier.core.checkout;

import app.atelier.api.Salon;
import app.atelier.api.checkout.Bill;
import app.atelier.api.pricing.Adjustment;
import app.atelier.api.pricing.BillLine;
import app.atelier.api.pricing.PricingContext;
import app.atelier.api.pricing.PricingResult;
import app.atelier.api.pricing.PricingStep;
import app.atelier.core.plugins.ActiveExtensions;
import app.atelier.core.plugins.GuardedInvoker;
import app.atelier.core.visits.Visit;
import app.atelier.core.visits.VisitItem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Builds a bill from a visit's lines and the active pricing steps. Writes nothing.
 *
 * <p>Steps run by {@link PricingStep#order()}, then plugin id; each sees the adjustments before it.
 * The host only guarantees the total never goes below zero: an adjustment that would is cut to
 * exactly what is left. A step that throws is skipped and named in the warnings, so a broken
 * discount plugin cannot block the till.
 */
public final class PricingService {
    private final ActiveExtensions extensions;
    private final GuardedInvoker invoker;

    public PricingService(ActiveExtensions extensions, GuardedInvoker invoker) {
        this.extensions = extensions;
        this.invoker = invoker;
    }

    /**
     * A priced bill, what went wrong while pricing it, and the steps' explanations.
     *
     * @param notes explanations from pricing steps ("why a rule did not apply"), for the quote only
     */
    public record Priced(Bill bill, List<String> warnings, List<String> notes) {
    }

    public Priced price(Salon salon, Visit visit, PricingRequest request) {
        List<BillLine> lines = visit.items().stream().map(PricingService::line).toList();
        long subtotal = lines.stream().mapToLong(BillLine::amount).sum();
        List<Adjustment> adjustments = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<ActiveExtensions.Contributed<PricingStep>> steps = new ArrayList<>(extensions.of(salon.id(), PricingStep.class));
        steps.sort(Comparator.<ActiveExtensions.Contributed<PricingStep>>comparingInt(c -> safeOrder(c))
                .thenComparing(ActiveExtensions.Contributed::pluginId));
        long running = subtotal;
        for (ActiveExtensions.Contributed<PricingStep> step : steps) {
            PricingContext context = new PricingContext(salon, visit.id(), visit.clientId(), visit.start(), visit.channel(),
                    lines, subtotal, adjustments, request.redeemBonus(), request.promoCode(), request.userId(), request.userRole(),
                    request.optionsOf(step.pluginId()));
            PricingResult result;
            try {
                result = invoker.call(step.pluginId(), "price", () -> step.extension().price(context));
            } catch (RuntimeException e) {
                warnings.add(step.pluginId() + " could not price this bill and was skipped");
                continue;
            }
            if (result != null) {
                result.notes().forEach(n -> notes.add(step.pluginId() + ": " + n));
            }
            for (Adjustment a : result == null ? List.<Adjustment>of() : result.adjustments()) {
                long amount = Math.max(a.amount(), -running);
                running += amount;
                adjustments.add(new Adjustment(step.pluginId(), a.kind(), amount, a.label()));
            }
        }
        return new Priced(new Bill(salon.currency(), lines, adjustments, subtotal, running), warnings, notes);
    }

    private int safeOrder(ActiveExtensions.Contributed<PricingStep> step) {
        try {
            return invoker.call(step.pluginId(), "order", () -> step.extension().order());
        } catch (RuntimeException e) {
            return Integer.MAX_VALUE;
        }
    }

    private static BillLine line(VisitItem item) {
        return new BillLine(item.kind(), item.itemId(), item.name(), item.category(), item.unitPrice(), item.quantity(),
                item.amount());
    }
}
