package app.atelier.core.plugins;

import app.atelier.api.settings.SettingField;
import app.atelier.api.settings.SettingsSchema;
import app.atelier.api.settings.SettingsValues;
import app.atelier.core.common.Json;
import app.atelier.core.common.Validator;
import app.atelier.core.db.Database;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Per-salon switches and settings of plugins (table salon_plugin), validated against each plugin's schema. */
public final class PluginSettingsService {
    private static final int MAX_TEXT = 2_000;

    private final Database db;
    private final Json json;
    private final java.util.List<Runnable> changeListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    public PluginSettingsService(Database db, Json json) {
        this.db = db;
        this.json = json;
    }

    /** Called after a salon switches a plugin on or off. */
    public void onChange(Runnable listener) {
        changeListeners.add(listener);
    }

    /** The plugins the salon has switched on (whether or not its tariff still allows them). */
    public Set<String> enabled(long salonId) {
        return db.read(h -> Set.copyOf(h.createQuery("SELECT plugin_id FROM salon_plugin WHERE salon_id = :s AND enabled = 1")
                .bind("s", salonId).mapTo(String.class).list()));
    }

    public void setEnabled(long salonId, String pluginId, boolean enabled) {
        db.write(h -> h.createUpdate("""
                        INSERT INTO salon_plugin (salon_id, plugin_id, enabled) VALUES (:s, :p, :e)
                        ON CONFLICT (salon_id, plugin_id) DO UPDATE SET enabled = excluded.enabled""")
                .bind("s", salonId).bind("p", pluginId).bind("e", enabled ? 1 : 0).execute());
        changeListeners.forEach(Runnable::run);
    }

    /** The salon's values with defaults for everything it has not set. */
    public SettingsValues values(long salonId, String pluginId, SettingsSchema schema) {
        Map<String, Object> stored = db.read(h -> h.createQuery(
                        "SELECT settings FROM salon_plugin WHERE salon_id = :s AND plugin_id = :p")
                .bind("s", salonId).bind("p", pluginId).mapTo(String.class).findOne())
                .map(json::readMap).orElse(Map.of());
        Map<String, String> values = new HashMap<>();
        for (SettingField field : schema.fields()) {
            Object value = stored.get(field.key());
            values.put(field.key(), value == null ? field.defaultValue() : value.toString());
        }
        return new SettingsValues(values);
    }

    /** Validates every given value against the schema, then stores them all or nothing. */
    public SettingsValues save(long salonId, String pluginId, SettingsSchema schema, Map<String, Object> input) {
        Validator v = new Validator();
        Map<String, String> clean = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : input.entrySet()) {
            var field = schema.field(e.getKey());
            if (field.isEmpty()) {
                v.add(e.getKey(), "is not a setting of " + pluginId);
                continue;
            }
            String error = check(field.get(), e.getValue());
            if (error != null) {
                v.add(e.getKey(), error);
            } else {
                clean.put(e.getKey(), e.getValue().toString());
            }
        }
        v.check();
        Map<String, Object> merged = new LinkedHashMap<>(db.read(h -> h.createQuery(
                        "SELECT settings FROM salon_plugin WHERE salon_id = :s AND plugin_id = :p")
                .bind("s", salonId).bind("p", pluginId).mapTo(String.class).findOne()).map(json::readMap).orElse(Map.of()));
        merged.putAll(clean);
        String stored = json.write(merged);
        db.write(h -> h.createUpdate("""
                        INSERT INTO salon_plugin (salon_id, plugin_id, enabled, settings) VALUES (:s, :p, 0, :j)
                        ON CONFLICT (salon_id, plugin_id) DO UPDATE SET settings = excluded.settings""")
                .bind("s", salonId).bind("p", pluginId).bind("j", stored).execute());
        return values(salonId, pluginId, schema);
    }

    private static String check(SettingField field, Object value) {
        if (value == null) {
            return "must not be null";
        }
        switch (field.type()) {
            case BOOLEAN:
                return value instanceof Boolean ? null : "must be true or false";
            case INTEGER:
            case MONEY:
                if (!(value instanceof Integer || value instanceof Long)) {
                    return field.type() == SettingField.Type.MONEY ? "must be a whole number of minor units" : "must be a whole number";
                }
                long n = ((Number) value).longValue();
                if (field.min() != null && n < field.min() || field.max() != null && n > field.max()) {
                    return "must be between " + field.min() + " and " + field.max();
                }
                return null;
            case CHOICE:
                return field.choices().contains(value.toString()) ? null : "must be one of " + field.choices();
            case TEXT:
            default:
                if (!(value instanceof String s) || s.length() > MAX_TEXT) {
                    return "must be text of at most " + MAX_TEXT + " characters";
                }
                return field.matches(s) ? null : field.patternHint();
        }
    }
}
