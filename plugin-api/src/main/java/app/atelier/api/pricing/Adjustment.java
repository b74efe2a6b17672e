package app.atelier.api.pricing;

import app.atelier.api.ApiStatus;

/**
 * A change to a bill's total made by a plugin: a discount, a bonus redemption, a surcharge.
 *
 * @param plugin the id of the plugin that made it (the host fills in the caller's id)
 * @param kind   a short machine name, e.g. {@code discount}, {@code bonus_redemption}
 * @param amount minor units; negative lowers the bill
 * @param label  the reason a person reads on the bill, e.g. "Birthday week −10%"
 * @since 1.0.0
 */
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
public record Adjustment(String plugin, String kind, long amount, String label) {
}
