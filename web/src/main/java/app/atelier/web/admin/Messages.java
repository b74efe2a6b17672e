package app.atelier.web.admin;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/** The panel's message bundles ({@code i18n/admin*.properties}, UTF-8): English, and Russian for ru salons. */
public final class Messages {
    private static final Map<String, Map<String, String>> BY_LANGUAGE = new ConcurrentHashMap<>();

    private Messages() {
    }

    public static String language(Locale locale) {
        return "ru".equals(locale.getLanguage()) ? "ru" : "en";
    }

    public static Map<String, String> of(Locale locale) {
        return BY_LANGUAGE.computeIfAbsent(language(locale), lang -> {
            ResourceBundle bundle = ResourceBundle.getBundle("i18n/admin", "en".equals(lang) ? Locale.ROOT : Locale.forLanguageTag(lang),
                    Messages.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            Map<String, String> m = new HashMap<>();
            for (String key : bundle.keySet()) {
                m.put(key, bundle.getString(key));
            }
            return Collections.unmodifiableMap(m);
        });
    }
}
