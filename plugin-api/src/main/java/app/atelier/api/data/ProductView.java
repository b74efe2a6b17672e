package app.atelier.api.data;

import app.atelier.api.ApiStatus;

/**
 * A retail product the salon sells.
 *
 * @param id     the product's id
 * @param name   its name
 * @param price  price of one, minor units
 * @param active false once withdrawn
 * @since 1.0.0
 */
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
public record ProductView(long id, String name, long price, boolean active) {
}
