package app.atelier.api.settings;

import app.atelier.api.ApiStatus;
import java.util.List;
import java.util.Objects;

/**
 * One typed per-salon setting of a plugin. The host validates values against it before storing
 * them and answers a clear 400 naming the field otherwise.
 *
 * @param key          the setting's key, {@code [a-zA-Z][a-zA-Z0-9_.]*}
 * @param type         its type
 * @param label        what the panel shows next to it
 * @param defaultValue the value used while the salon has not set one (as a string, e.g. {@code "24"})
 * @param min          for INTEGER and MONEY: smallest allowed value, or {@code null}
 * @param max          for INTEGER and MONEY: largest allowed value, or {@code null}
 * @param choices      for CHOICE: the allowed values; empty otherwise
 * @since 1.0.0
 */
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
public record SettingField(String key, Type type, String label, String defaultValue, Long min, Long max, List<String> choices) {

    public SettingField {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** A whole number between {@code min} and {@code max}. */
    public static SettingField integer(String key, String label, long defaultValue, long min, long max) {
        return new SettingField(key, Type.INTEGER, label, Long.toString(defaultValue), min, max, List.of());
    }

    /** A yes/no switch. */
    public static SettingField bool(String key, String label, boolean defaultValue) {
        return new SettingField(key, Type.BOOLEAN, label, Boolean.toString(defaultValue), null, null, List.of());
    }

    /** Free text, at most 2000 characters. */
    public static SettingField text(String key, String label, String defaultValue) {
        return new SettingField(key, Type.TEXT, label, defaultValue, null, null, List.of());
    }

    /** An amount in minor units of the salon's currency. */
    public static SettingField money(String key, String label, long defaultMinor, long min, long max) {
        return new SettingField(key, Type.MONEY, label, Long.toString(defaultMinor), min, max, List.of());
    }

    /** One of a fixed list of values. */
    public static SettingField choice(String key, String label, String defaultValue, List<String> choices) {
        return new SettingField(key, Type.CHOICE, label, defaultValue, null, null, choices);
    }

    /**
     * Setting types.
     *
     * @since 1.0.0
     */
    @ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
    public enum Type { TEXT, INTEGER, BOOLEAN, MONEY, CHOICE }
}
