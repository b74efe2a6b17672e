package app.atelier.plugins.referral.admin;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/** The report page's words in the panel user's language: the {@code admin.*} keys of {@code i18n/referral}. */
final class Words {
    private final ResourceBundle bundle;
    private final Locale locale;

    Words(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }

    /** {@code admin.<key>} with its values filled in. */
    String get(String key, Object... args) {
        return String.format(locale, bundle.getString("admin." + key), args);
    }

    /** Every {@code admin.*} text under its key without the prefix, for the template ({@code {{ t.title }}}). */
    Map<String, String> all() {
        Map<String, String> t = new HashMap<>();
        bundle.keySet().stream().filter(k -> k.startsWith("admin.")).forEach(k -> t.put(k.substring(6), bundle.getString(k)));
        return t;
    }
}
