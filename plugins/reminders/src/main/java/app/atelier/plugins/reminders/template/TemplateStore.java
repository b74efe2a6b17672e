package app.atelier.plugins.reminders.template;

import app.atelier.api.PluginContext;
import app.atelier.plugins.reminders.plan.Kind;
import java.time.Instant;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The salon's own templates ({@code reminders_template}) over the defaults shipped in the jar
 * ({@code i18n/reminders*.properties}, keys {@code template.<kind>.subject|body}); a language
 * without its own defaults gets the English ones.
 */
public final class TemplateStore {
    private final PluginContext context;

    public TemplateStore(PluginContext context) {
        this.context = context;
    }

    /** The template in force: the salon's, else the default. */
    public Template get(long salonId, Kind kind, String lang) {
        return custom(salonId, kind, lang).orElseGet(() -> byDefault(kind, lang));
    }

    /**
     * The language a message is actually written in: {@code lang} when the salon wrote its own
     * template or the jar ships defaults for it, English otherwise (so that a German salon without
     * German texts gets English text with English dates rather than a mixture).
     */
    public String language(long salonId, Kind kind, String lang) {
        if (custom(salonId, kind, lang).isPresent()) {
            return lang;
        }
        String shipped = context.messages(Locale.forLanguageTag(lang)).getLocale().getLanguage();
        return shipped.equals(lang) ? lang : "en";
    }

    public Optional<Template> custom(long salonId, Kind kind, String lang) {
        return context.database().withHandle(h -> h.createQuery(
                        "SELECT subject, body FROM reminders_template WHERE salon_id = :s AND kind = :k AND lang = :l")
                .bind("s", salonId).bind("k", kind.key()).bind("l", lang)
                .map((rs, ctx) -> new Template(rs.getString(1), rs.getString(2), true)).findOne());
    }

    /** The shipped text. */
    public Template byDefault(Kind kind, String lang) {
        ResourceBundle bundle = context.messages(Locale.forLanguageTag(lang));
        try {
            return new Template(bundle.getString("template." + kind.key() + ".subject"),
                    bundle.getString("template." + kind.key() + ".body"), false);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("the jar has no default template for " + kind.key(), e);
        }
    }

    /** Stores (replacing) the salon's template; the caller validated it. */
    public void put(long salonId, Kind kind, String lang, String subject, String body, Instant now) {
        context.database().useHandle(h -> h.createUpdate("""
                        INSERT INTO reminders_template (salon_id, kind, lang, subject, body, updated_at)
                        VALUES (:s, :k, :l, :subject, :body, :now)
                        ON CONFLICT (salon_id, kind, lang) DO UPDATE SET subject = excluded.subject, body = excluded.body,
                            updated_at = excluded.updated_at""")
                .bind("s", salonId).bind("k", kind.key()).bind("l", lang).bind("subject", subject).bind("body", body)
                .bind("now", now.toEpochMilli()).execute());
    }

    /** Goes back to the default; returns whether there was a custom one. */
    public boolean reset(long salonId, Kind kind, String lang) {
        return context.database().withHandle(h -> h.execute(
                "DELETE FROM reminders_template WHERE salon_id = ? AND kind = ? AND lang = ?", salonId, kind.key(), lang)) > 0;
    }
}
