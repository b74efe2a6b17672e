package app.atelier.plugins.referral;

import app.atelier.api.AtelierPlugin;
import app.atelier.api.PluginContext;
import app.atelier.api.settings.SettingsSchema;

/**
 * The referral program: every client has a readable promo code; a new client who gives one is
 * linked to its owner; when the new client pays for a first visit the referrer earns bonus points
 * (through the bonus plugin's {@code BonusWallet}) or a discount on their next visit, and the new
 * client gets a welcome discount on that first visit. Abuse (self-referral, codes for clients who
 * came before, repeated referrals, more referrals a month than the salon allows) is refused.
 *
 * <p>Extensions: {@code ReferralWeb} (REST), {@code ReferralsExtension} (for online booking),
 * {@code CodeOnClientCreated} (codes for new clients), {@code ReferralPricing} and
 * {@code RewardCheckout} (the money side; its refund side takes a reward back and reopens the
 * referral), {@code TakeBackTask} (takes back points whose refund came while bonus was off),
 * {@code ReferralWidget} (client card and cabinet).
 */
public final class ReferralPlugin extends AtelierPlugin {

    public ReferralPlugin(PluginContext context) {
        super(context);
    }

    @Override
    public SettingsSchema settingsSchema() {
        return ReferralSettings.SCHEMA;
    }
}
