package app.atelier.plugins.bonus;

import app.atelier.api.AtelierPlugin;
import app.atelier.api.PluginContext;
import app.atelier.api.settings.SettingsSchema;

/**
 * The bonus plugin: cashback programs with tiers by money paid over all time, redemption at
 * checkout capped by a share of the bill, an append-only ledger with expiry oldest first, gifts to
 * clients and segments, birthday points, and the {@code BonusWallet} other plugins credit through.
 *
 * <p>Extensions, by package: {@code checkout} (pricing step, checkout participant with refunds),
 * {@code gifts} and {@code ledger} (scheduled tasks), {@code web} (REST routes, widget), {@code admin} (panel pages),
 * {@code wallet} (BonusWallet), {@code clients} (the client directory fed by events).
 */
public final class BonusPlugin extends AtelierPlugin {

    public BonusPlugin(PluginContext context) {
        super(context);
    }

    @Override
    public SettingsSchema settingsSchema() {
        return BonusSettings.SCHEMA;
    }
}
