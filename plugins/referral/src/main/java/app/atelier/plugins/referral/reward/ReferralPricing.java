package app.atelier.plugins.referral.reward;

import app.atelier.api.PluginContext;
import app.atelier.api.data.ClientView;
import app.atelier.api.pricing.Adjustment;
import app.atelier.api.pricing.PricingContext;
import app.atelier.api.pricing.PricingResult;
import app.atelier.api.pricing.PricingStep;
import app.atelier.plugins.referral.ReferralSettings;
import app.atelier.plugins.referral.Texts;
import app.atelier.plugins.referral.code.PromoCodes;
import app.atelier.plugins.referral.intake.Link;
import app.atelier.plugins.referral.intake.LinkStore;
import app.atelier.plugins.referral.intake.ReferralService;
import app.atelier.plugins.referral.intake.Refusal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pf4j.Extension;

/**
 * The referral discounts on a bill. Reads only.
 * <ul>
 *   <li>{@value #WELCOME}: a referred client's first visit (no completed visit yet, and the
 *       referral not settled by an earlier checkout), a percent per line or a fixed amount;</li>
 *   <li>{@value #WELCOME_CODE}: the same welcome discount for a client not referred yet
 *       whose friend's promo code was typed at the desk ({@link PricingContext#promoCode()}), when
 *       the intake rules would accept it now ({@link ReferralService#check}); at checkout this line
 *       tells {@link RewardCheckout} that the code ({@code CheckoutContext#promoCode()}) was
 *       accepted, and it records the referral. Added even when it comes to zero (a zero welcome
 *       discount, a bill already at zero), so that the referral is still recorded. A refused code
 *       adds a note saying why;</li>
 *   <li>{@value #REWARD}: a referrer's oldest pending reward, a percent per line; the checkout
 *       marks it used.</li>
 * </ul>
 * Stacking: order 200 (after rule discounts at 100, before bonus redemption at 300); both combine
 * with other plugins' discounts, each computed on the lines' list prices and cut to what is left
 * of the bill, so the total never goes below zero.
 */
@Extension
public final class ReferralPricing implements PricingStep {
    public static final String WELCOME = "welcome_discount";
    public static final String WELCOME_CODE = "welcome_discount_code";
    public static final String REWARD = "referrer_reward";

    private final PluginContext context;
    private final ReferralService referrals;

    public ReferralPricing(PluginContext context) {
        this.context = context;
        this.referrals = new ReferralService(context);
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public PricingResult price(PricingContext ctx) {
        long salonId = ctx.salon().id();
        String typed = ctx.promoCode() == null || ctx.promoCode().isBlank() ? null : ctx.promoCode();
        record Facts(Optional<Link> link, Optional<Reward> pending) {
        }
        Facts facts = context.database().withHandle(h -> new Facts(LinkStore.ofReferred(h, salonId, ctx.clientId()),
                RewardStore.oldestPending(h, salonId, ctx.clientId())));
        if (facts.link().isEmpty() && facts.pending().isEmpty() && typed == null) {
            return PricingResult.none();
        }
        ReferralSettings settings = ReferralSettings.of(context.settings(salonId));
        List<Adjustment> adjustments = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        long running = ctx.runningTotal();
        if (facts.link().isPresent() && !facts.link().get().settled()) {
            Link link = facts.link().get();
            if (context.salonData().clientStats(salonId, ctx.clientId()).completedVisits() > 0) {
                notes.add("Welcome discount: only on the first visit, and this client has visited before");
            } else {
                long amount = Amounts.capped(welcome(settings, ctx), running);
                if (amount > 0) {
                    running -= amount;
                    adjustments.add(new Adjustment(context.pluginId(), WELCOME, -amount, welcomeLabel(settings, ctx, link)));
                }
            }
        }
        if (typed != null) {
            Texts texts = Texts.of(context, ctx.salon());
            Link link = facts.link().orElse(null);
            if (link != null && !link.settled() && link.code().equals(PromoCodes.normalize(typed))) {
                notes.add(texts.get("code.recorded", link.code()));
            } else {
                try {
                    ReferralService.Candidate code = referrals.check(salonId, ctx.clientId(), typed);
                    long amount = Amounts.capped(welcome(settings, ctx), running);
                    running -= amount;
                    adjustments.add(new Adjustment(context.pluginId(), WELCOME_CODE, -amount,
                            codeLabel(settings, ctx, code, texts)));
                    notes.add(texts.get("code.accepted", code.code(), code.referrer().name()));
                } catch (Refusal refusal) {
                    notes.add(texts.get("code.refused", texts.refusal(refusal)));
                }
            }
        }
        if (facts.pending().isPresent()) {
            Reward reward = facts.pending().get();
            long amount = Amounts.capped(Amounts.percentOfLines(ctx.lines(), reward.basisPoints()), running);
            if (amount > 0) {
                adjustments.add(new Adjustment(context.pluginId(), REWARD, -amount, "Referral reward −"
                        + Amounts.percent(reward.basisPoints()) + broughtWhom(salonId, reward)));
            }
        }
        return new PricingResult(adjustments, notes);
    }

    /** Whether the bill carries a welcome discount given for a code typed at the desk. */
    public static boolean hasTypedCode(List<Adjustment> ofThisPlugin) {
        return ofThisPlugin.stream().anyMatch(a -> WELCOME_CODE.equals(a.kind()));
    }

    /** "Welcome discount −10% (code ANNA-7K3Q, recommended by Anna)", or just the code when the salon's welcome discount is zero. */
    private static String codeLabel(ReferralSettings settings, PricingContext ctx, ReferralService.Candidate code, Texts texts) {
        boolean amount = ReferralSettings.AMOUNT.equals(settings.welcomeDiscountKind());
        long size = amount ? settings.welcomeDiscountAmount() : settings.welcomeDiscountBasisPoints();
        if (size <= 0) {
            return texts.get("code.marker", code.code(), firstName(code.referrer()));
        }
        return texts.get("code.welcome", amount ? Amounts.money(size, ctx.salon().currency(), texts.locale()) : Amounts.percent(size),
                code.code(), firstName(code.referrer()));
    }

    private static long welcome(ReferralSettings settings, PricingContext ctx) {
        return ReferralSettings.AMOUNT.equals(settings.welcomeDiscountKind())
                ? settings.welcomeDiscountAmount()
                : Amounts.percentOfLines(ctx.lines(), settings.welcomeDiscountBasisPoints());
    }

    private String welcomeLabel(ReferralSettings settings, PricingContext ctx, Link link) {
        String size = ReferralSettings.AMOUNT.equals(settings.welcomeDiscountKind())
                ? Amounts.money(settings.welcomeDiscountAmount(), ctx.salon().currency())
                : Amounts.percent(settings.welcomeDiscountBasisPoints());
        String by = context.salonData().client(ctx.salon().id(), link.referrerId()).map(c -> " (recommended by "
                + firstName(c) + ")").orElse("");
        return "Welcome discount −" + size + by;
    }

    private String broughtWhom(long salonId, Reward reward) {
        Optional<Link> link = context.database().withHandle(h -> LinkStore.byId(h, salonId, reward.linkId()));
        return link.flatMap(l -> context.salonData().client(salonId, l.referredId()))
                .map(c -> " (for bringing " + firstName(c) + ")").orElse("");
    }

    static String firstName(ClientView client) {
        String name = client.name() == null ? "" : client.name().trim();
        int space = name.indexOf(' ');
        return space > 0 ? name.substring(0, space) : name;
    }
}
