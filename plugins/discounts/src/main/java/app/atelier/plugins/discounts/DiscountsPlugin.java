package app.atelier.plugins.discounts;

import app.atelier.api.AtelierPlugin;
import app.atelier.api.PluginContext;

/** The discounts plugin. */
public final class DiscountsPlugin extends AtelierPlugin {

    public DiscountsPlugin(PluginContext context) {
        super(context);
    }
}
