package app.atelier.plugins.referral;

import app.atelier.api.PluginContext;
import app.atelier.api.Salon;
import app.atelier.plugins.referral.intake.Refusal;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The plugin's texts ({@code i18n/referral}) in one language, for what the desk reads on a bill, a
 * quote's notes and a checkout's answer: the salon's language, since pricing and checkout are not
 * told the panel user's.
 */
public final class Texts {
    private final ResourceBundle bundle;
    private final Locale locale;

    private Texts(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The texts in the salon's language. */
    public static Texts of(PluginContext context, Salon salon) {
        Locale locale = salon.locale() == null ? Locale.ENGLISH : salon.locale();
        return new Texts(context.messages(locale), locale);
    }

    public Locale locale() {
        return locale;
    }

    /** The text under {@code key} with its values filled in. */
    public String get(String key, Object... args) {
        return String.format(locale, bundle.getString(key), args);
    }

    /** Why a code was refused, in this language. */
    public String refusal(Refusal refusal) {
        return refusal.text(bundle, locale);
    }
}
