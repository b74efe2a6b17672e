package app.atelier.plugins.bonus.checkout;

import app.atelier.api.PluginContext;
import app.atelier.api.checkout.CheckoutContext;
import app.atelier.api.checkout.CheckoutParticipant;
import app.atelier.api.checkout.CheckoutRejectedException;
import app.atelier.api.checkout.CheckoutResult;
import app.atelier.api.checkout.RefundContext;
import app.atelier.api.pricing.Adjustment;
import app.atelier.plugins.bonus.Texts;
import app.atelier.plugins.bonus.ledger.InsufficientPointsException;
import app.atelier.plugins.bonus.ledger.Kind;
import app.atelier.plugins.bonus.ledger.Ledger;
import app.atelier.plugins.bonus.ledger.NewEntry;
import app.atelier.plugins.bonus.program.Accrual;
import app.atelier.plugins.bonus.program.Program;
import app.atelier.plugins.bonus.program.ProgramStore;
import java.time.Instant;
import java.time.LocalDate;
import org.jdbi.v3.core.Handle;
import org.pf4j.Extension;

/**
 * The money effects of a completed visit, in the checkout's transaction (every write through
 * {@code context.handle()}): the redeemed points are debited oldest first, then each running
 * program accrues its tier's share of the money paid on earning lines. The tier comes from money
 * paid before this visit (the core stores this visit's bill after the participants run). Every
 * entry carries a dedup key, so even a repeated call moves nothing twice.
 */
@Extension
public final class BonusCheckout implements CheckoutParticipant {
    private final PluginContext context;

    public BonusCheckout(PluginContext context) {
        this.context = context;
    }

    @Override
    public CheckoutResult commit(CheckoutContext ctx) {
        long salonId = ctx.salon().id();
        Handle h = ctx.handle();
        Instant now = ctx.completedAt();
        Texts texts = Texts.of(context, ctx.salon());
        Ledger ledger = new Ledger(h, now, texts);
        long redeemed = redeemedOn(ctx);
        if (redeemed > 0) {
            try {
                ledger.debit(new NewEntry(salonId, ctx.clientId(), Kind.REDEMPTION, redeemed, null, null, ctx.visitId(), null,
                        texts.redeemed(ctx.visitId()), context.pluginId(), "redemption:visit:" + ctx.visitId(), ctx.userId()));
            } catch (InsufficientPointsException e) {
                // spent or expired between the quote and this transaction: the desk must quote again
                throw new CheckoutRejectedException(texts.changed(e.available()));
            }
        }
        long spentBefore = context.salonData().clientStats(salonId, ctx.clientId()).totalPaid();
        LocalDate day = now.atZone(ctx.salon().zone()).toLocalDate();
        long billBeforePoints = ctx.bill().total() + redeemed;
        long earned = 0;
        for (Program p : new ProgramStore(h).runningOn(salonId, day)) {
            Accrual.Result r = Accrual.of(p, spentBefore, ctx.bill(), ctx.paid(), billBeforePoints);
            if (r.points() <= 0) {
                continue;
            }
            earned += ledger.credit(new NewEntry(salonId, ctx.clientId(), Kind.ACCRUAL, r.points(), p.expiryOf(now, ctx.salon().zone()),
                    p.id(), ctx.visitId(), null, texts.accrued(p.name(), r.basisPoints(), r.base(), ctx.visitId()), context.pluginId(),
                    "accrual:visit:" + ctx.visitId() + ":program:" + p.id(), ctx.userId())).amount();
        }
        return redeemed == 0 && earned == 0 ? CheckoutResult.done() : new CheckoutResult(texts.checkoutNote(redeemed, earned));
    }

    @Override
    public CheckoutResult refund(RefundContext ctx) {
        Texts texts = Texts.of(context, ctx.salon());
        Reversal.Outcome outcome = new Reversal(new Ledger(ctx.handle(), ctx.refundedAt(), texts), texts, context.pluginId())
                .reverse(ctx.salon().id(), ctx.clientId(), ctx.visitId(), ctx.userId());
        return outcome.returned() == 0 && outcome.takenBack() == 0 ? CheckoutResult.done()
                : new CheckoutResult(texts.refundNote(outcome.returned(), outcome.takenBack()));
    }

    /** The points this plugin's pricing step put on the bill. */
    private long redeemedOn(CheckoutContext ctx) {
        return ctx.bill().adjustmentsOf(context.pluginId()).stream().filter(a -> BonusPricing.KIND.equals(a.kind()))
                .mapToLong(Adjustment::amount).map(Math::negateExact).sum();
    }
}
