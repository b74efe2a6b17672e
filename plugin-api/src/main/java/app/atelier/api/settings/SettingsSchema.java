package app.atelier.api.settings;

import app.atelier.api.ApiStatus;
import java.util.List;
import java.util.Optional;

/**
 * The list of settings a plugin declares through {@code AtelierPlugin#settingsSchema()}.
 *
 * @param fields the settings, in the order the panel shows them
 * @since 1.0.0
 */
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
public record SettingsSchema(List<SettingField> fields) {

    /** A plugin without settings. */
    public static final SettingsSchema EMPTY = new SettingsSchema(List.of());

    public SettingsSchema {
        fields = List.copyOf(fields);
    }

    /** Convenience for {@code new SettingsSchema(List.of(fields))}. */
    public static SettingsSchema of(SettingField... fields) {
        return new SettingsSchema(List.of(fields));
    }

    /** The field with this key, if declared. */
    public Optional<SettingField> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }
}
