package app.atelier.plugins.discounts;

import app.atelier.api.AtelierPlugin;
import app.atelier.api.PluginContext;
import app.atelier.api.settings.SettingsSchema;

/** The discounts plugin: rules, personal and manual discounts at checkout. See the package documentation. */
public final class DiscountsPlugin extends AtelierPlugin {

    public DiscountsPlugin(PluginContext context) {
        super(context);
    }

    @Override
    public SettingsSchema settingsSchema() {
        return DiscountSettings.schema();
    }
}
