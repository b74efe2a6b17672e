package app.atelier.api.settings;

import app.atelier.api.ApiStatus;
import java.util.Map;

/**
 * A salon's values of a plugin's settings, already validated, with defaults filled in.
 *
 * @param values every declared key mapped to its value as a string
 * @since 1.0.0
 */
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
public record SettingsValues(Map<String, String> values) {

    public SettingsValues {
        values = Map.copyOf(values);
    }

    /** The raw value; throws for a key the plugin did not declare. */
    public String text(String key) {
        String value = values.get(key);
        if (value == null && !values.containsKey(key)) {
            throw new IllegalArgumentException("undeclared setting: " + key);
        }
        return value;
    }

    /** An INTEGER or MONEY setting. */
    public long number(String key) {
        return Long.parseLong(text(key));
    }

    /** A BOOLEAN setting. */
    public boolean flag(String key) {
        return Boolean.parseBoolean(text(key));
    }
}
