package app.atelier.web.admin;

import app.atelier.core.AtelierCore;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * A text from a plugin's own bundle {@code i18n/<pluginId>} in the panel user's language, for what
 * the panel shows about a plugin: its menu entries, its description and settings labels on the
 * Plugins page ({@code plugin.description}, {@code settings.<key>.label}, {@code settings.<key>.help}).
 */
public final class PluginTexts {
    private PluginTexts() {
    }

    /** The text, or empty when the plugin is not loaded or its bundle lacks the key. */
    public static Optional<String> get(AtelierCore core, String pluginId, Locale locale, String key) {
        ClassLoader loader = core.plugins().classLoaderOf(pluginId);
        if (loader == null) {
            return Optional.empty();
        }
        try {
            ResourceBundle bundle = ResourceBundle.getBundle("i18n/" + pluginId, locale, loader,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }
}
