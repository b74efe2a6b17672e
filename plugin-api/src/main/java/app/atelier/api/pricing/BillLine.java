package app.atelier.api.pricing;

import app.atelier.api.ApiStatus;

/**
 * One service or product on a bill, before adjustments.
 *
 * @param kind      {@code service} or {@code product}
 * @param itemId    the service's or product's id
 * @param name      what the bill prints
 * @param category  the service category, or {@code null}
 * @param unitPrice price of one unit, minor units
 * @param quantity  how many (1 for a service)
 * @param amount    {@code unitPrice × quantity}, minor units
 * @since 1.0.0
 */
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
public record BillLine(String kind, long itemId, String name, String category, long unitPrice, int quantity, long amount) {
}
