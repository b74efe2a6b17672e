package app.atelier.api.pricing;

import app.atelier.api.ApiStatus;
import java.util.List;

/**
 * What a {@link PricingStep} adds to a bill.
 *
 * @param adjustments the lines to add; empty when the step does not apply
 * @param notes       explanations for the person at the till, e.g. why a rule did not apply
 *                    ("Happy hours: only Tue–Thu 10:00–12:00"); shown with the quote, never on the bill
 * @since 1.0.0
 */
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
public record PricingResult(List<Adjustment> adjustments, List<String> notes) {

    public PricingResult {
        adjustments = List.copyOf(adjustments);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** Adjustments without notes. */
    public PricingResult(List<Adjustment> adjustments) {
        this(adjustments, List.of());
    }

    /** The step does not change the bill. */
    public static PricingResult none() {
        return new PricingResult(List.of());
    }

    /** The step adds these adjustments. */
    public static PricingResult of(Adjustment... adjustments) {
        return new PricingResult(List.of(adjustments));
    }

    /** The same adjustments with explanations added. */
    public PricingResult withNotes(List<String> more) {
        List<String> all = new java.util.ArrayList<>(notes);
        all.addAll(more);
        return new PricingResult(adjustments, all);
    }
}
