package app.atelier.api.data;

import app.atelier.api.ApiStatus;

/**
 * A service the salon sells.
 *
 * @param id              the service's id
 * @param name            its name
 * @param category        its category (for rules such as "10% off all nails")
 * @param durationMinutes how long it takes
 * @param price           price, minor units
 * @param active          false once withdrawn
 * @since 1.0.0
 */
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
public record ServiceView(long id, String name, String category, int durationMinutes, long price, boolean active) {
}
