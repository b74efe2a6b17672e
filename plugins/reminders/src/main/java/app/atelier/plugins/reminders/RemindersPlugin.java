package app.atelier.plugins.reminders;

import app.atelier.api.AtelierPlugin;
import app.atelier.api.PluginContext;

/** The reminders plugin. */
public final class RemindersPlugin extends AtelierPlugin {

    public RemindersPlugin(PluginContext context) {
        super(context);
    }
}
