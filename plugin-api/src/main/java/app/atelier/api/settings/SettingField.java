package app.atelier.api.settings;

import app.atelier.api.ApiStatus;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

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
 * @param pattern      for TEXT: a {@link java.util.regex.Pattern java.util.regex} expression the whole value
 *                     must match before the host stores it, or {@code null} for any text (since 1.1.0); see
 *                     {@link #withPattern}
 * @param patternHint  what the host answers, next to the field, for a value that does not match: a
 *                     sentence for a person, e.g. {@code "write hours as 2h or days as 1d"} (since 1.1.0)
 * @since 1.0.0
 */
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
public record SettingField(String key, Type type, String label, String defaultValue, Long min, Long max, List<String> choices,
                           String pattern, String patternHint) {

    /**
     * @throws IllegalArgumentException when a pattern is given for a type other than TEXT, does not
     *                                  compile, comes without a hint, or refuses the field's own default
     */
    public SettingField {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        choices = choices == null ? List.of() : List.copyOf(choices);
        if (pattern != null) {
            if (type != Type.TEXT) {
                throw new IllegalArgumentException(key + ": only a TEXT setting takes a pattern");
            }
            if (patternHint == null || patternHint.isBlank()) {
                throw new IllegalArgumentException(key + ": a pattern needs a hint for the person whose value it refuses");
            }
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(key + ": the pattern does not compile: " + e.getDescription(), e);
            }
            if (defaultValue != null && !defaultValue.matches(pattern)) {
                throw new IllegalArgumentException(key + ": the default '" + defaultValue + "' does not match the pattern");
            }
        } else {
            patternHint = null;
        }
    }

    /** A setting without a pattern (the 1.0.0 form). */
    public SettingField(String key, Type type, String label, String defaultValue, Long min, Long max, List<String> choices) {
        this(key, type, label, defaultValue, min, max, choices, null, null);
    }

    /**
     * This TEXT setting, refusing at save time a value that does not match {@code regex} as a whole:
     * the host answers {@code hint} next to the field (the panel's form, 422) or as the field's
     * problem (the settings API, 400), and stores nothing. Use it for a format only the plugin
     * understands ({@code "24h,2h"}), so that a typo is refused when typed instead of being replaced
     * by a default without a word. The expression is Java's and is matched on the server only.
     *
     * <pre>{@code SettingField.text("offsets", "When to remind", "2h")
     *         .withPattern("[0-9]{1,2}h(,[0-9]{1,2}h)*", "write hours such as 2h or 24h,2h")}</pre>
     *
     * @throws IllegalArgumentException see the constructor
     * @since 1.1.0
     */
    public SettingField withPattern(String regex, String hint) {
        Objects.requireNonNull(regex, "regex");
        return new SettingField(key, type, label, defaultValue, min, max, choices, regex, hint);
    }

    /**
     * Whether {@code value} matches this setting's pattern (always, without one).
     *
     * @since 1.1.0
     */
    public boolean matches(String value) {
        return pattern == null || value != null && value.matches(pattern);
    }

    /** A whole number between {@code min} and {@code max}. */
    public static SettingField integer(String key, String label, long defaultValue, long min, long max) {
        return new SettingField(key, Type.INTEGER, label, Long.toString(defaultValue), min, max, List.of());
    }

    /** A yes/no switch. */
    public static SettingField bool(String key, String label, boolean defaultValue) {
        return new SettingField(key, Type.BOOLEAN, label, Boolean.toString(defaultValue), null, null, List.of());
    }

    /** Free text, at most 2000 characters (of a format, with {@link #withPattern}). */
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
