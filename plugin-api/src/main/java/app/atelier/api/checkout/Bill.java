package app.atelier.api.checkout;

import app.atelier.api.ApiStatus;
import app.atelier.api.pricing.Adjustment;
import app.atelier.api.pricing.BillLine;
import java.util.List;

/**
 * A priced bill: lines, the adjustments every pricing step added, and the totals.
 *
 * @param currency    ISO 4217 code
 * @param lines       services and products
 * @param adjustments discounts, redemptions and other changes, in the order they were made
 * @param subtotal    sum of the lines, minor units
 * @param total       what the client owes: subtotal plus adjustments, never below zero
 * @since 1.0.0
 */
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
public record Bill(String currency, List<BillLine> lines, List<Adjustment> adjustments, long subtotal, long total) {
    public Bill {
        lines = List.copyOf(lines);
        adjustments = List.copyOf(adjustments);
    }

    /** The adjustments one plugin made. */
    public List<Adjustment> adjustmentsOf(String pluginId) {
        return adjustments.stream().filter(a -> a.plugin().equals(pluginId)).toList();
    }
}
