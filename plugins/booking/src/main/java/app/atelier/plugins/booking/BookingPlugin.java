package app.atelier.plugins.booking;

import app.atelier.api.AtelierPlugin;
import app.atelier.api.PluginContext;
import app.atelier.api.settings.SettingsSchema;

/**
 * Online booking: a salon's clients book themselves on public pages ({@code /s/{slug}/booking}) or
 * through a branded app's JSON API, see and change their visits in a cabinet
 * ({@code /s/{slug}/cabinet}) signed into with a one-time code, and the salon tunes free-time search
 * (lead time, horizon, step, buffers), abuse limits and the cancellation policy in its settings.
 *
 * <p>Extensions: {@code BookingWeb} (pages, public JSON, the desk's REST). Free times come from
 * {@code slots.SlotEngine}, a pure function of hours, days off, visits and settings.
 */
public final class BookingPlugin extends AtelierPlugin {

    public BookingPlugin(PluginContext context) {
        super(context);
    }

    @Override
    public SettingsSchema settingsSchema() {
        return BookingSettings.SCHEMA;
    }
}
