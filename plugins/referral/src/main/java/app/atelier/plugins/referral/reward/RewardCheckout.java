package app.atelier.plugins.referral.reward;

import app.atelier.plugins.referral.code.PromoCodes;
import app.atelier.api.PluginContext;
import app.atelier.api.bonus.BonusWallet;
import app.atelier.api.bonus.WalletCredit;
import app.atelier.api.bonus.WalletEntry;
import app.atelier.api.checkout.CheckoutContext;
import app.atelier.api.checkout.CheckoutParticipant;
import app.atelier.api.checkout.CheckoutRejectedException;
import app.atelier.api.checkout.CheckoutResult;
import app.atelier.api.checkout.RefundContext;
import app.atelier.api.data.ClientView;
import app.atelier.api.pricing.Adjustment;
import app.atelier.plugins.referral.ReferralSettings;
import app.atelier.plugins.referral.Texts;
import app.atelier.plugins.referral.intake.Link;
import app.atelier.plugins.referral.intake.LinkStore;
import app.atelier.plugins.referral.intake.ReferralService;
import app.atelier.plugins.referral.intake.Refusal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.pf4j.Extension;

/**
 * The referral program's money effects, inside the checkout transaction (every write goes through
 * {@link CheckoutContext#handle()}).
 *
 * <p>A referred client's first completed visit settles the referral once: when that visit was
 * paid in full (something paid, no debt) the referrer is rewarded — points through the bonus
 * plugin's {@link BonusWallet} in this same transaction (dedup key {@code referral:<linkId>}),
 * or, when the salon chose discounts or bonus is not active, a pending discount for the
 * referrer's next visit. An unpaid first visit settles the referral without a reward; a later
 * visit never pays out. A welcome discount given for a promo code typed at the desk first records
 * that referral here, in the same transaction ({@link #recordTypedCode}), so that the first visit
 * settles it at once. A bill carrying a referrer's discount marks that reward used. A refund of
 * the settling visit reverses the reward and reopens the referral (see {@link #refund}).
 */
@Extension
public final class RewardCheckout implements CheckoutParticipant {
    private final PluginContext context;
    private final ReferralService referrals;

    public RewardCheckout(PluginContext context) {
        this.context = context;
        this.referrals = new ReferralService(context);
    }

    @Override
    public CheckoutResult commit(CheckoutContext ctx) {
        Handle h = ctx.handle();
        long salonId = ctx.salon().id();
        List<String> notes = new ArrayList<>();
        boolean settledNow = false;
        // the code comes with the checkout; the bill's welcome line says the quote accepted it
        if (ctx.promoCode() != null && ReferralPricing.hasTypedCode(ctx.bill().adjustmentsOf(context.pluginId()))) {
            recordTypedCode(ctx, PromoCodes.normalize(ctx.promoCode())).ifPresent(notes::add);
        }
        Optional<Link> link = LinkStore.ofReferred(h, salonId, ctx.clientId());
        // the core calls participants before it stores this visit as completed, so a first visit
        // sees zero completed visits here (refunded visits do not count)
        if (link.isPresent() && !link.get().settled()
                && context.salonData().clientStats(salonId, ctx.clientId()).completedVisits() == 0) {
            boolean paid = ctx.paid() > 0 && ctx.paid() >= ctx.bill().total();
            settledNow = LinkStore.settle(h, salonId, link.get().id(), ctx.visitId(), paid, ctx.completedAt());
            if (settledNow) {
                notes.add(paid ? reward(ctx, link.get()) : "first visit not fully paid: no referral reward");
            }
        }
        if (discount(ctx, ReferralPricing.WELCOME) + typedCodeDiscount(ctx) > 0 && !settledNow) {
            throw new CheckoutRejectedException("the welcome discount is for the client's first visit only, and another "
                    + "visit of this client was completed meanwhile: ask for a new quote");
        }
        long used = discount(ctx, ReferralPricing.REWARD);
        if (used > 0) {
            Reward reward = RewardStore.oldestPending(h, salonId, ctx.clientId()).orElseThrow(() ->
                    new CheckoutRejectedException("the referral reward on this bill was used on another visit meanwhile: "
                            + "ask for a new quote"));
            if (!RewardStore.markUsed(h, salonId, reward.id(), ctx.visitId(), used, ctx.completedAt())) {
                throw new CheckoutRejectedException("the referral reward on this bill was used on another visit meanwhile: "
                        + "ask for a new quote");
            }
            notes.add("referral reward used");
        }
        return notes.isEmpty() ? CheckoutResult.done() : new CheckoutResult(String.join("; ", notes));
    }

    /**
     * Rewards the referrer of a first paid visit; returns the note for the visit's history. A referral
     * reopened by a refund pays out again, less what the referrer kept of the reversed rewards: points
     * they had spent and could not give back are subtracted, and a discount they had used means no
     * new reward; so a referral is worth one reward in all.
     */
    private String reward(CheckoutContext ctx, Link link) {
        long salonId = ctx.salon().id();
        Optional<ClientView> referrer = context.salonData().client(salonId, link.referrerId());
        if (referrer.isEmpty()) {
            return "the referrer's card was deleted: no referral reward";
        }
        String referredName = context.salonData().client(salonId, ctx.clientId()).map(ClientView::name).orElse("a new client");
        ReferralSettings settings = ReferralSettings.of(context.settings(salonId));
        List<BonusWallet> wallets = ReferralSettings.POINTS.equals(settings.referrerRewardKind())
                ? context.extensions(salonId, BonusWallet.class) : List.of();
        // a take-back that waited for the bonus feature happens first (when it is on now), so that what was kept is known
        TakeBack.pending(context, ctx.handle(), salonId, link.id(), ctx.completedAt());
        List<Reward> earlier = RewardStore.ofLink(ctx.handle(), salonId, link.id());
        long kept = Payout.kept(earlier);
        if (Payout.discountKept(earlier)) {
            return referrer.get().name() + " already used the discount for bringing " + referredName
                    + " before that first visit was refunded: no new referral reward";
        }
        if (!wallets.isEmpty()) {
            if (settings.referrerPoints() <= 0) {
                return "referral reward is set to zero points";
            }
            long points = Payout.points(settings.referrerPoints(), earlier);
            if (points <= 0) {
                return referrer.get().name() + " kept " + Amounts.money(kept, ctx.salon().currency())
                        + " in points of the reward reversed earlier: no new referral points";
            }
            String key = Payout.walletKey(link.id(), ctx.visitId(), earlier);
            // the wallet writes on our handle: the points commit or roll back with this checkout
            WalletEntry entry = wallets.get(0).credit(new WalletCredit(salonId, link.referrerId(), points,
                    "Referral: " + referrer.get().name() + " brought " + referredName, context.pluginId(), null,
                    key, ctx.handle()));
            RewardStore.insertPoints(ctx.handle(), salonId, link.id(), link.referrerId(), points, entry.entryId(), key,
                    ctx.visitId(), ctx.completedAt());
            return referrer.get().name() + " earned " + Amounts.money(points, ctx.salon().currency())
                    + " in points for bringing " + referredName + (kept > 0 ? " (less " + Amounts.money(kept, ctx.salon().currency())
                    + " kept of the reward reversed earlier)" : "");
        }
        if (kept > 0) {
            return referrer.get().name() + " kept " + Amounts.money(kept, ctx.salon().currency())
                    + " in points of the reward reversed earlier: no new referral reward";
        }
        if (settings.referrerDiscountBasisPoints() <= 0) {
            return "referral reward is set to a zero discount";
        }
        RewardStore.insertDiscount(ctx.handle(), salonId, link.id(), link.referrerId(), settings.referrerDiscountBasisPoints(),
                ctx.visitId(), ctx.completedAt());
        return referrer.get().name() + " gets " + Amounts.percent(settings.referrerDiscountBasisPoints())
                + " off their next visit for bringing " + referredName;
    }

    /**
     * Records the referral whose code was typed at the desk and priced into this bill, in this
     * checkout's transaction and exactly as the intake API does ({@link ReferralService#referIn}:
     * the same rules, channel {@code desk}, the user at the till), so that the settlement below
     * rewards the referrer on this first visit. A code that no longer passes (the client was referred
     * or came to another visit meanwhile, the referrer reached the monthly cap) refuses the checkout:
     * its bill carries a welcome discount it is no longer owed. A link recorded meanwhile with the
     * same code and not settled yet is simply used. Returns the note for the visit's history.
     */
    private Optional<String> recordTypedCode(CheckoutContext ctx, String code) {
        long salonId = ctx.salon().id();
        Texts texts = Texts.of(context, ctx.salon());
        Optional<Link> existing = LinkStore.ofReferred(ctx.handle(), salonId, ctx.clientId());
        if (existing.isPresent() && !existing.get().settled() && existing.get().code().equals(code)) {
            return Optional.empty();
        }
        try {
            ReferralService.Accepted ok = referrals.referIn(ctx.handle(), salonId, ctx.clientId(), code, ReferralService.DESK,
                    ctx.userId(), ctx.completedAt());
            return Optional.of(texts.get("code.checkoutNote", ok.referred().name(), ok.referrer().name(), ok.code()));
        } catch (Refusal refusal) {
            throw new CheckoutRejectedException(texts.get("code.rejected", texts.refusal(refusal)));
        } catch (UnableToExecuteStatementException raced) {
            // PostgreSQL: the unique (salon, referred) constraint caught a referral recorded by another desk meanwhile
            throw new CheckoutRejectedException(texts.get("code.rejected", texts.get("code.raced")));
        }
    }

    /** What the welcome discounts given for a typed code took off the bill (positive). */
    private long typedCodeDiscount(CheckoutContext ctx) {
        return -ctx.bill().adjustmentsOf(context.pluginId()).stream()
                .filter(a -> ReferralPricing.WELCOME_CODE.equals(a.kind())).mapToLong(Adjustment::amount).sum();
    }

    /** How much this plugin's adjustments of a kind took off the bill (positive). */
    private long discount(CheckoutContext ctx, String kind) {
        return -ctx.bill().adjustmentsOf(context.pluginId()).stream().filter(a -> kind.equals(a.kind()))
                .mapToLong(Adjustment::amount).sum();
    }

    /**
     * A refunded first visit undoes the referral, in the refund's transaction: every reward it earned
     * is marked reversed (an unused discount is withdrawn; a used one stays used), the points are taken
     * back through the {@link BonusWallet} (never below zero: what the referrer already spent is recorded
     * as the shortfall), and the referral is reopened so that the client's next first visit can earn it
     * again. With the bonus feature off the take-back waits ({@code reversal_pending}) for
     * {@link TakeBackTask}; the refund itself is never refused for it. A second call finds nothing to do.
     */
    @Override
    public CheckoutResult refund(RefundContext ctx) {
        Handle h = ctx.handle();
        long salonId = ctx.salon().id();
        List<String> notes = new ArrayList<>();
        for (Reward reward : RewardStore.liveEarnedBy(h, salonId, ctx.visitId())) {
            if (!RewardStore.markReversed(h, salonId, reward.id(), ctx.refundedAt())) {
                continue;
            }
            if (Reward.POINTS.equals(reward.kind())) {
                String currency = ctx.salon().currency();
                notes.add(TakeBack.of(context, h, salonId, reward, ctx.refundedAt())
                        .map(r -> "referral points taken back: " + Amounts.money(r.takenBack(), currency)
                                + (r.shortfall() > 0 ? " (" + Amounts.money(r.shortfall(), currency) + " already spent)" : ""))
                        .orElse("referral points to be taken back when the bonus feature is on again"));
            } else if (reward.usedVisitId() == null) {
                notes.add("the referrer's unused discount for this visit was withdrawn");
            } else {
                notes.add("the referrer had already used the discount this visit earned");
            }
        }
        if (LinkStore.reopen(h, salonId, ctx.visitId(), ctx.refundedAt())) {
            notes.add("referral reopened: the client's next first visit counts");
        }
        return notes.isEmpty() ? CheckoutResult.done() : new CheckoutResult(String.join("; ", notes));
    }
}
