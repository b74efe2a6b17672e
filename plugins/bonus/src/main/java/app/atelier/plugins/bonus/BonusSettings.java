package app.atelier.plugins.bonus;

import app.atelier.api.PluginContext;
import app.atelier.api.settings.SettingField;
import app.atelier.api.settings.SettingsSchema;
import app.atelier.api.settings.SettingsValues;

/**
 * The salon's bonus settings (the host stores and validates them against {@link #SCHEMA}).
 *
 * @param maxRedeemBasisPoints     at most this share of the bill may be paid with points (3000 = 30 %)
 * @param birthdayGiftAmount       points granted before a client's birthday, 0 for none
 * @param birthdayDaysBefore       how many days before the birthday they are granted
 * @param birthdayGiftLifetimeDays birthday points expire this many days after the grant, 0 for never
 * @param walletLifetimeDays       points other plugins credit without an expiry of their own expire this many
 *                                 days later, 0 for never
 */
public record BonusSettings(long maxRedeemBasisPoints, long birthdayGiftAmount, int birthdayDaysBefore, int birthdayGiftLifetimeDays,
                            int walletLifetimeDays) {

    public static final SettingsSchema SCHEMA = SettingsSchema.of(
            SettingField.integer("maxRedeemBasisPoints", "Share of a bill that points may pay, basis points (3000 = 30%)",
                    3000, 0, 10_000),
            SettingField.money("birthdayGiftAmount", "Birthday points (0: none)", 0, 0, 100_000_000L),
            SettingField.integer("birthdayDaysBefore", "Grant birthday points this many days before the birthday", 7, 0, 60),
            SettingField.integer("birthdayGiftLifetimeDays", "Birthday points expire after this many days (0: never)", 30, 0, 3650),
            SettingField.integer("walletLifetimeDays",
                    "Points credited by other plugins (referral) expire after this many days unless they say otherwise (0: never)",
                    365, 0, 3650));

    /** The salon's values, defaults filled in by the host. */
    public static BonusSettings of(PluginContext context, long salonId) {
        SettingsValues v = context.settings(salonId);
        return new BonusSettings(v.number("maxRedeemBasisPoints"), v.number("birthdayGiftAmount"),
                (int) v.number("birthdayDaysBefore"), (int) v.number("birthdayGiftLifetimeDays"), (int) v.number("walletLifetimeDays"));
    }
}
