package app.atelier.web.admin;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The panel's texts, English and Russian, UTF-8: one bundle per part of the panel ({@code
 * i18n/admin.properties} for the shell and the desk pages, {@code i18n/admin-reports}, {@code
 * i18n/admin-operator}), merged into one map so templates just say {@code {{ t.key }}}.
 */
public final class Messages {
    private static final List<String> BUNDLES = List.of("i18n/admin", "i18n/admin-reports", "i18n/admin-operator");
    private static final Map<String, Map<String, String>> BY_LANGUAGE = new ConcurrentHashMap<>();

    private Messages() {
    }

    public static String language(Locale locale) {
        return "ru".equals(locale.getLanguage()) ? "ru" : "en";
    }

    public static Map<String, String> of(Locale locale) {
        return BY_LANGUAGE.computeIfAbsent(language(locale), lang -> {
            Map<String, String> m = new HashMap<>();
            for (String name : BUNDLES) {
                ResourceBundle bundle;
                try {
                    bundle = ResourceBundle.getBundle(name, "en".equals(lang) ? Locale.ROOT : Locale.forLanguageTag(lang),
                            Messages.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                } catch (MissingResourceException e) {
                    continue; // a part of the panel without texts of its own yet
                }
                for (String key : bundle.keySet()) {
                    m.put(key, bundle.getString(key));
                }
            }
            return Collections.unmodifiableMap(m);
        });
    }
}
