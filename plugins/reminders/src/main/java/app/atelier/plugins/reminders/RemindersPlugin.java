package app.atelier.plugins.reminders;

import app.atelier.api.AtelierPlugin;
import app.atelier.api.PluginContext;
import app.atelier.api.settings.SettingsSchema;

/**
 * Reminders: decides what to tell clients and when, and plans it as rows of its own; the host's
 * notification service sends them through the salon's channels (with retries, quiet hours and the
 * delivery log). Kinds: booking confirmation, confirmation request with confirm/cancel links,
 * reminders at configurable offsets, an optional confirmation deadline that cancels unconfirmed
 * visits, follow-ups after no-shows and late cancellations, review requests, repeat-visit
 * invitations per service, birthday greetings, reactivation of sleeping clients, and warnings
 * before bonus points expire (through the bonus plugin's {@code BonusWallet}, when it is active).
 *
 * <p>Extensions: {@code VisitEvents} (plans as visits change), {@code SendTask} (queues due rows
 * every five minutes), {@code DailyTask} (re-plans coming visits and plans bonus expiry warnings
 * hourly; birthdays and reactivation daily), {@code ServicesAtCheckout} (records a completed visit's services), {@code RemindersWeb}
 * (REST and the public confirm page).
 */
public final class RemindersPlugin extends AtelierPlugin {

    public RemindersPlugin(PluginContext context) {
        super(context);
    }

    @Override
    public SettingsSchema settingsSchema() {
        return RemindersSettings.SCHEMA;
    }
}
