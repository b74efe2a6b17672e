package app.atelier.web.admin.operator;

import app.atelier.core.auth.Principal;
import app.atelier.core.common.ConflictException;
import app.atelier.core.common.InvalidInputException;
import app.atelier.web.admin.FormErrors;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What every operator console page knows: the operator (who has no salon), the language chosen with
 * the {@code atelier_lang} cookie (English by default), the texts, the CSRF token. The salon pages'
 * {@link app.atelier.web.admin.Page} needs a salon; this is its counterpart without one.
 */
public final class OperatorPage {
    private final Principal user;
    private final Locale locale;
    private final Map<String, String> t;
    private final String csrf;
    private final String path;
    private final DateTimeFormatter date;

    public OperatorPage(Principal user, Locale locale, Map<String, String> t, String csrf, String path) {
        this.user = user;
        this.locale = locale;
        this.t = t;
        this.csrf = csrf;
        this.path = path;
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(ZoneOffset.UTC);
    }

    public Principal user() { return user; }
    public Locale locale() { return locale; }
    public Map<String, String> t() { return t; }
    public String csrf() { return csrf; }

    /** A date as the operator reads it (UTC: the operator has no salon zone). */
    public String date(Instant at) {
        return at == null ? "" : date.format(at);
    }

    /**
     * A core validation failure as field → message in the operator's language: a field with a
     * text of its own ({@code op_err_<field>}) shows that, any other shows the core's message.
     */
    public Map<String, String> errors(InvalidInputException e) {
        Map<String, String> m = new LinkedHashMap<>();
        FormErrors.of(e).forEach((field, message) -> m.put(field, t.getOrDefault("op_err_" + field, message)));
        return m;
    }

    /** A conflict (taken slug, taken email, incompatible plugin) as one field's message. */
    public Map<String, String> conflict(ConflictException e, String field) {
        return Map.of(field, t.getOrDefault("op_conflict_" + e.code(), e.getMessage()));
    }

    /** The model every operator template gets; {@code nav} marks the current section. */
    public Map<String, Object> model(String nav) {
        Map<String, Object> m = new HashMap<>();
        m.put("user", user);
        m.put("t", t);
        m.put("csrf", csrf);
        m.put("nav", nav);
        m.put("lang", "ru".equals(locale.getLanguage()) ? "ru" : "en");
        m.put("request_path", path);
        m.put("isOperator", true);
        return m;
    }
}
