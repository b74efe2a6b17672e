package app.atelier.plugins.referral;

import app.atelier.api.settings.SettingField;
import app.atelier.api.settings.SettingsSchema;
import app.atelier.api.settings.SettingsValues;
import java.util.List;

/**
 * A salon's referral settings, typed.
 *
 * @param referrerRewardKind          {@code points} (through the bonus wallet when bonus is active, else a discount)
 *                                    or {@code discount} (always a discount on the referrer's next visit)
 * @param referrerPoints              points for the referrer, minor units of the salon currency
 * @param referrerDiscountBasisPoints the referrer's discount on their next visit, basis points
 * @param welcomeDiscountKind         {@code percent} or {@code amount}
 * @param welcomeDiscountBasisPoints  the new client's first-visit discount when it is a percent
 * @param welcomeDiscountAmount       the new client's first-visit discount when it is an amount, minor units
 * @param monthlyCapPerReferrer       how many clients one referrer may bring per calendar month; 0 = no limit
 */
public record ReferralSettings(String referrerRewardKind, long referrerPoints, long referrerDiscountBasisPoints,
                               String welcomeDiscountKind, long welcomeDiscountBasisPoints, long welcomeDiscountAmount,
                               long monthlyCapPerReferrer) {
    public static final String POINTS = "points";
    public static final String DISCOUNT = "discount";
    public static final String PERCENT = "percent";
    public static final String AMOUNT = "amount";

    /** What the host stores, validates and renders for each salon. */
    public static final SettingsSchema SCHEMA = SettingsSchema.of(
            SettingField.choice("referrerRewardKind", "Referrer's reward: bonus points (needs the bonus plugin; "
                    + "a discount otherwise) or a discount on their next visit", POINTS, List.of(POINTS, DISCOUNT)),
            SettingField.money("referrerPoints", "Bonus points for the referrer", 50_000, 0, 100_000_000),
            SettingField.integer("referrerDiscountBasisPoints", "Referrer's discount on the next visit, basis points "
                    + "(1000 = 10%)", 1_000, 0, 10_000),
            SettingField.choice("welcomeDiscountKind", "New client's welcome discount on the first visit: percent or amount",
                    PERCENT, List.of(PERCENT, AMOUNT)),
            SettingField.integer("welcomeDiscountBasisPoints", "Welcome discount, basis points (1000 = 10%)", 1_000, 0, 10_000),
            SettingField.money("welcomeDiscountAmount", "Welcome discount, amount", 0, 0, 100_000_000),
            SettingField.integer("monthlyCapPerReferrer", "How many clients one referrer may bring per month (0 = no limit)",
                    0, 0, 10_000));

    /** The typed view of the host's validated values. */
    public static ReferralSettings of(SettingsValues values) {
        return new ReferralSettings(values.text("referrerRewardKind"), values.number("referrerPoints"),
                values.number("referrerDiscountBasisPoints"), values.text("welcomeDiscountKind"),
                values.number("welcomeDiscountBasisPoints"), values.number("welcomeDiscountAmount"),
                values.number("monthlyCapPerReferrer"));
    }
}
