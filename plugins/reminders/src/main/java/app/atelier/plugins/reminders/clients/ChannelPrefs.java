package app.atelier.plugins.reminders.clients;

import app.atelier.api.PluginContext;
import java.time.Instant;
import java.util.Optional;

/** Clients' preferred channels ({@code reminders_client_channel}); the salon's default applies otherwise. */
public final class ChannelPrefs {
    private final PluginContext context;

    public ChannelPrefs(PluginContext context) {
        this.context = context;
    }

    public Optional<String> of(long salonId, long clientId) {
        return context.database().withHandle(h -> h.createQuery(
                        "SELECT channel FROM reminders_client_channel WHERE salon_id = :s AND client_id = :c")
                .bind("s", salonId).bind("c", clientId).mapTo(String.class).findOne());
    }

    /** Sets the client's channel, or clears it with {@code null}. */
    public void set(long salonId, long clientId, String channel, Instant now) {
        context.database().useHandle(h -> {
            if (channel == null) {
                h.execute("DELETE FROM reminders_client_channel WHERE salon_id = ? AND client_id = ?", salonId, clientId);
            } else {
                h.execute("""
                        INSERT INTO reminders_client_channel (salon_id, client_id, channel, updated_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT (salon_id, client_id) DO UPDATE SET channel = excluded.channel, updated_at = excluded.updated_at""",
                        salonId, clientId, channel, now.toEpochMilli());
            }
        });
    }
}
