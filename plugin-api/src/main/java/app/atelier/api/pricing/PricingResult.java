package app.atelier.api.pricing;

import app.atelier.api.ApiStatus;
import java.util.List;

/**
 * What a {@link PricingStep} adds to a bill.
 *
 * @param adjustments the lines to add; empty when the step does not apply
 * @since 1.0.0
 */
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
public record PricingResult(List<Adjustment> adjustments) {

    public PricingResult {
        adjustments = List.copyOf(adjustments);
    }

    /** The step does not change the bill. */
    public static PricingResult none() {
        return new PricingResult(List.of());
    }

    /** The step adds these adjustments. */
    public static PricingResult of(Adjustment... adjustments) {
        return new PricingResult(List.of(adjustments));
    }
}
