package app.atelier.plugins.discounts;

import app.atelier.api.settings.SettingField;
import app.atelier.api.settings.SettingsSchema;
import app.atelier.api.settings.SettingsValues;

/**
 * The salon's discount settings.
 *
 * @param maxDiscountBasisPoints the most all discounts together may take off a bill, as a share of its
 *                               subtotal (5000: at most 50 %); 10000 means no cap beyond the bill itself
 * @param personalCombines       whether a client's personal discount adds to the other discounts (true)
 *                               or competes with the non-combining rules for best-of (false)
 */
public record DiscountSettings(long maxDiscountBasisPoints, boolean personalCombines) {
    static final String CAP = "maxDiscountBasisPoints";
    static final String PERSONAL_COMBINES = "personalCombines";

    /** What the host stores, validates and renders. */
    public static SettingsSchema schema() {
        return SettingsSchema.of(
                SettingField.integer(CAP, "Most all discounts together may take off a bill, basis points of the subtotal "
                        + "(5000 = 50%)", 10_000, 0, 10_000),
                SettingField.bool(PERSONAL_COMBINES, "A client's personal discount adds to other discounts "
                        + "(off: the best single discount wins)", false));
    }

    public static DiscountSettings of(SettingsValues values) {
        return new DiscountSettings(values.number(CAP), values.flag(PERSONAL_COMBINES));
    }
}
