package app.atelier.plugins.bonus.checkout;

import app.atelier.api.PluginContext;
import app.atelier.api.checkout.Bill;
import app.atelier.api.pricing.Adjustment;
import app.atelier.api.pricing.PricingContext;
import app.atelier.api.pricing.PricingResult;
import app.atelier.api.pricing.PricingStep;
import app.atelier.plugins.bonus.BonusSettings;
import app.atelier.plugins.bonus.Texts;
import app.atelier.plugins.bonus.ledger.Ledger;
import app.atelier.plugins.bonus.program.Accrual;
import app.atelier.plugins.bonus.program.Program;
import app.atelier.plugins.bonus.program.ProgramStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pf4j.Extension;

/**
 * Redemption at the till (order 300, after discounts and promo codes): a {@value #KIND} line for
 * the points the desk asked to redeem, capped by what the client can spend and by the salon's share
 * of the bill ({@code maxRedeemBasisPoints} of the running total); notes say which cap cut it and
 * what each running program would accrue. Reads only.
 */
@Extension
public final class BonusPricing implements PricingStep {
    public static final String KIND = "bonus_redemption";

    private final PluginContext context;

    public BonusPricing(PluginContext context) {
        this.context = context;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public PricingResult price(PricingContext ctx) {
        long salonId = ctx.salon().id();
        Texts texts = Texts.of(context, ctx.salon());
        Instant now = context.clock().instant();
        long running = Math.max(0, ctx.runningTotal());
        List<String> notes = new ArrayList<>();
        List<Adjustment> adjustments = new ArrayList<>();
        long redeemed = 0;
        if (ctx.redeemBonus() > 0) {
            long maxShare = BonusSettings.of(context, salonId).maxRedeemBasisPoints();
            long spendable = context.database().withHandle(h -> new Ledger(h, now, texts).spendable(salonId, ctx.clientId()));
            Redemption r = Redemption.decide(ctx.redeemBonus(), spendable, running, maxShare);
            if (spendable == 0) {
                notes.add(texts.noPoints());
            } else if (r.byBalance()) {
                notes.add(texts.capBalance(spendable));
            }
            if (r.byShare() && r.shareCap() < spendable) {
                notes.add(texts.capShare(maxShare, r.amount(), ctx.redeemBonus()));
            }
            if (r.amount() > 0) {
                adjustments.add(new Adjustment(context.pluginId(), KIND, -r.amount(), texts.label()));
                redeemed = r.amount();
            }
        }
        notes.addAll(preview(ctx, texts, now, running, redeemed, adjustments));
        return new PricingResult(adjustments, notes);
    }

    /** What each running program would accrue if the bill is paid in full, for the person at the till. */
    private List<String> preview(PricingContext ctx, Texts texts, Instant now, long running, long redeemed, List<Adjustment> mine) {
        long salonId = ctx.salon().id();
        LocalDate today = now.atZone(ctx.salon().zone()).toLocalDate();
        List<Program> programs = context.database().withHandle(h -> new ProgramStore(h).runningOn(salonId, today));
        if (programs.isEmpty()) {
            return List.of();
        }
        long spent = context.salonData().clientStats(salonId, ctx.clientId()).totalPaid();
        List<Adjustment> all = new ArrayList<>(ctx.adjustments());
        all.addAll(mine);
        Bill bill = new Bill(ctx.salon().currency(), ctx.lines(), all, ctx.subtotal(), running - redeemed);
        List<String> notes = new ArrayList<>();
        for (Program p : programs) {
            if (running < p.minBill()) {
                notes.add(texts.belowMinimum(p.name(), p.minBill()));
                continue;
            }
            Accrual.Result r = Accrual.of(p, spent, bill, bill.total(), running);
            if (r.points() > 0) {
                notes.add(texts.willEarn(p.name(), r.points(), r.basisPoints()));
            }
        }
        return notes;
    }
}
