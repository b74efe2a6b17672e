package app.atelier.plugins.bonus;

import app.atelier.api.AtelierPlugin;
import app.atelier.api.PluginContext;

/** The bonus plugin. */
public final class BonusPlugin extends AtelierPlugin {

    public BonusPlugin(PluginContext context) {
        super(context);
    }
}
