package app.atelier.plugins.booking;

import app.atelier.api.AtelierPlugin;
import app.atelier.api.PluginContext;

/** The booking plugin. */
public final class BookingPlugin extends AtelierPlugin {

    public BookingPlugin(PluginContext context) {
        super(context);
    }
}
