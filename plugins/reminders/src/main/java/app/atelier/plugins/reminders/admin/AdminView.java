package app.atelier.plugins.reminders.admin;

import app.atelier.api.PluginContext;
import app.atelier.api.web.PluginRequest;
import app.atelier.plugins.reminders.RemindersSettings;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * What every reminders page of the panel starts from: the panel user's language (the page texts
 * are the bundle's {@code admin.*} keys, handed to templates without the prefix as {@code t}),
 * the CSRF token the host keeps for forms, and instants shown on the salon's clock.
 */
final class AdminView {
    static final String BASE = "/admin/reminders/";
    private static final String PREFIX = "admin.";

    private final PluginContext context;

    AdminView(PluginContext context) {
        this.context = context;
    }

    /** The model of a page whose tab in the plugin's own navigation is {@code tab}. */
    Map<String, Object> model(Context ctx, PluginRequest req, String tab) {
        Map<String, Object> m = new HashMap<>();
        m.put("t", texts(req));
        m.put("csrf", ctx.attribute("atelier.csrf"));
        m.put("tab", tab);
        return m;
    }

    /**
     * Warns, on the pages an owner looks at, while the links in messages still point to the default
     * address ({@code http://localhost:7070}, which no client can open): messages are built by
     * background tasks with no request to take the address from, so the owner has to set it. The
     * address this page was asked at is offered as a hint.
     */
    void publicUrlNotice(Map<String, Object> m, Context ctx, PluginRequest req) {
        String stored = context.settings(req.salon().id()).text("publicUrl");
        String url = stored == null ? "" : stored.trim().replaceAll("/+$", "");
        if (!url.isEmpty() && !url.equals(RemindersSettings.DEFAULT_PUBLIC_URL)) {
            return;
        }
        m.put("publicUrlNotice", t(req, "public_url.default", url.isEmpty() ? "—" : url));
        String here = ctx.scheme() + "://" + ctx.host();
        m.put("publicUrlHere", ctx.host() == null || here.equals(url) ? "" : t(req, "public_url.here", here));
    }

    /** One text of the page in the user's language, {@code {0}}, {@code {1}} … filled in; the key when missing. */
    String t(PluginRequest req, String key, Object... args) {
        ResourceBundle bundle = context.messages(req.locale());
        String text = bundle.containsKey(PREFIX + key) ? bundle.getString(PREFIX + key) : key;
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    /** {@code 1 Dec 2026, 18:00} on the salon's clock, month names in the user's language. */
    String when(PluginRequest req, Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", req.locale())
                .format(instant.atZone(req.salon().zone()));
    }

    /** {@code 18:00} on the salon's clock. */
    String time(PluginRequest req, Instant instant) {
        return DateTimeFormatter.ofPattern("HH:mm", req.locale()).format(instant.atZone(req.salon().zone()));
    }

    /** {@code Tuesday, 1 December 2026}. */
    String day(PluginRequest req, LocalDate day) {
        return DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", req.locale()).format(day);
    }

    private Map<String, String> texts(PluginRequest req) {
        ResourceBundle bundle = context.messages(req.locale());
        Map<String, String> t = new HashMap<>();
        for (String key : bundle.keySet()) {
            if (key.startsWith(PREFIX)) {
                t.put(key.substring(PREFIX.length()), bundle.getString(key));
            }
        }
        return t;
    }
}
