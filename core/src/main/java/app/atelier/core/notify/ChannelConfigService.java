package app.atelier.core.notify;

import app.atelier.api.notify.NotificationChannel;
import app.atelier.core.common.Json;
import app.atelier.core.common.NotFoundException;
import app.atelier.core.common.Validator;
import app.atelier.core.db.Database;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Each salon's settings per channel (SMTP server, gateway URL), stored as a JSON object of strings
 * in {@code channel_config}. Built-in channels validate their own keys; a plugin's channel gets
 * whatever the salon stored, within size limits.
 *
 * <p>Values are stored as given, passwords included: the database is as sensitive as the secrets
 * it holds anyway, and a channel needs them in clear text to log in.
 */
public final class ChannelConfigService {
    static final Pattern CHANNEL_ID = Pattern.compile("[a-z][a-z0-9_-]{0,39}");
    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");
    private static final int MAX_KEYS = 30;

    private final Database db;
    private final Json json;
    private final Map<String, NotificationChannel> builtIns;

    public ChannelConfigService(Database db, Json json, List<NotificationChannel> builtInChannels) {
        this.db = db;
        this.json = json;
        Map<String, NotificationChannel> byId = new LinkedHashMap<>();
        builtInChannels.forEach(c -> byId.put(c.id(), c));
        this.builtIns = Map.copyOf(byId);
    }

    /** Whether messages of this channel are skipped in a salon that has not configured it. */
    public boolean needsConfig(String channel) {
        return builtIns.get(channel) instanceof ConfigurableChannel;
    }

    /** Validates and stores (replacing) a salon's configuration of a channel; returns what was stored. */
    public Map<String, String> put(long salonId, String channel, Map<String, String> config) {
        Validator v = new Validator();
        v.require(channel != null && CHANNEL_ID.matcher(channel).matches(), "channel",
                "must be a channel id: a lower-case letter, then letters, digits, '-' or '_' (at most 40)");
        v.require(config != null, "config", "is required (may be empty)");
        if (config != null) {
            v.require(config.size() <= MAX_KEYS, "config", "must have at most " + MAX_KEYS + " keys");
            config.forEach((key, value) -> {
                boolean keyOk = key != null && KEY.matcher(key).matches();
                v.require(keyOk, "config", "keys must be letters, digits, '.', '-' or '_' (at most 64)");
                v.require(value != null, "config." + key, "must be a text (may be empty)");
                v.length(value, "config." + key, Validator.MAX_LONG_TEXT);
            });
            if (v.ok() && builtIns.get(channel) instanceof ConfigurableChannel configurable) {
                configurable.validate(config, v);
            }
        }
        v.check();
        Map<String, String> stored = new TreeMap<>(config);
        int salons = db.write(h -> {
            if (h.createQuery("SELECT count(*) FROM salon WHERE id = :s").bind("s", salonId).mapTo(Integer.class).one() == 0) {
                return 0;
            }
            // ON CONFLICT … DO UPDATE is spelled the same on SQLite and PostgreSQL
            return h.createUpdate("""
                            INSERT INTO channel_config (salon_id, channel, config) VALUES (:s, :c, :j)
                            ON CONFLICT (salon_id, channel) DO UPDATE SET config = excluded.config""")
                    .bind("s", salonId).bind("c", channel).bind("j", json.write(stored)).execute();
        });
        if (salons == 0) {
            throw new NotFoundException("salon");
        }
        return Map.copyOf(stored);
    }

    /** The salon's configuration of a channel, if it has one. */
    public Optional<Map<String, String>> get(long salonId, String channel) {
        return db.read(h -> h.createQuery("SELECT config FROM channel_config WHERE salon_id = :s AND channel = :c")
                        .bind("s", salonId).bind("c", channel).mapTo(String.class).findOne())
                .map(this::parse);
    }

    /** Removes a salon's configuration of a channel; returns whether there was one. */
    public boolean remove(long salonId, String channel) {
        return db.write(h -> h.createUpdate("DELETE FROM channel_config WHERE salon_id = :s AND channel = :c")
                .bind("s", salonId).bind("c", channel).execute()) > 0;
    }

    private Map<String, String> parse(String stored) {
        Map<String, String> config = new TreeMap<>();
        json.readMap(stored).forEach((k, v) -> config.put(k, v == null ? "" : String.valueOf(v)));
        return Map.copyOf(config);
    }
}
