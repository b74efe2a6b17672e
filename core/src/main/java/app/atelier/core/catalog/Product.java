package app.atelier.core.catalog;

/**
 * Retail goods the salon sells (shampoo, nail oil), added to a visit's bill.
 *
 * @param price  minor units of the salon's currency
 * @param active inactive products are not sold any more but stay in the history
 */
public record Product(long id, String name, long price, boolean active) {
}
