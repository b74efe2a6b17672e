package app.atelier.plugins.discounts.pricing;

import app.atelier.api.PluginContext;
import app.atelier.api.data.ClientStats;
import app.atelier.api.data.ClientView;
import app.atelier.api.pricing.PricingContext;
import app.atelier.api.pricing.PricingResult;
import app.atelier.api.pricing.PricingStep;
import app.atelier.plugins.discounts.DiscountSettings;
import app.atelier.plugins.discounts.manual.ManualRequest;
import app.atelier.plugins.discounts.personal.PersonalStore;
import app.atelier.plugins.discounts.rules.Rule;
import app.atelier.plugins.discounts.rules.RuleStore;
import java.util.List;
import java.util.Optional;
import org.pf4j.Extension;

/**
 * The discounts pricing step (order 100, before promo codes and bonus redemption). It only reads:
 * the salon's rules, the client's personal discount and figures, the settings; then the pure
 * {@link DiscountEngine} decides. Options: {@code {"discounts": {"manual": {…}, "explain": true}}}.
 */
@Extension
public final class DiscountsPricing implements PricingStep {
    private final PluginContext context;

    public DiscountsPricing(PluginContext context) {
        this.context = context;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public PricingResult price(PricingContext ctx) {
        long salonId = ctx.salon().id();
        DiscountSettings settings = DiscountSettings.of(context.settings(salonId));
        List<Rule> rules = new RuleStore(context.database()).list(salonId);
        PersonalTerms personal = new PersonalStore(context.database()).find(salonId, ctx.clientId())
                .map(p -> new PersonalTerms(p.percent())).orElse(null);
        ManualRequest.Decision manual = ManualRequest.decide(ctx.options().get("manual"), ctx.userRole());
        Occasion visit = new Occasion(ctx.salon().zone(), ctx.visitStart(), ctx.channel(), ctx.salon().currency(), ctx.lines(),
                ctx.subtotal(), ctx.runningTotal());
        EngineInput input = new EngineInput(rules, personal, settings.personalCombines(), manual, visit,
                client(salonId, ctx.clientId()), settings.maxDiscountBasisPoints(), Boolean.TRUE.equals(ctx.options().get("explain")));
        DiscountEngine.Result result = DiscountEngine.price(input);
        return new PricingResult(result.adjustments(), result.notes());
    }

    private ClientFacts client(long salonId, long clientId) {
        // a deleted client still has a history: the figures count even when the card is gone
        Optional<ClientView> client = context.salonData().client(salonId, clientId);
        ClientStats stats = context.salonData().clientStats(salonId, clientId);
        return new ClientFacts(client.isPresent(), client.map(ClientView::tags).orElse(List.of()),
                client.map(ClientView::birthday).orElse(null), stats.totalPaid(), stats.completedVisits(), stats.lastVisit());
    }
}
