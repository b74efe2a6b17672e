package app.atelier.api.pricing;

import app.atelier.api.ApiStatus;
import org.pf4j.ExtensionPoint;

/**
 * Takes part in building a bill (a quote, and the final bill at checkout).
 *
 * <p>Pure: a step must write nothing, because a quote is asked for many times while an
 * administrator edits the visit. Money effects belong to a {@code CheckoutParticipant}.
 *
 * <p>Stacking policy: steps run in ascending {@link #order()} (ties by plugin id); each sees the
 * adjustments made before it and decides itself whether to combine with them. The host guarantees
 * only that the total never drops below zero: adjustments that would push it below are cut to
 * exactly zero, in order. Conventional orders: discounts 100, promo codes 200, bonus redemption 300.
 *
 * @since 1.0.0
 */
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
public interface PricingStep extends ExtensionPoint {

    /** Adjustments this step adds to the bill; {@link PricingResult#none()} if it does not apply. */
    PricingResult price(PricingContext context);

    /** Position among the steps, lower first. */
    default int order() {
        return 100;
    }
}
