package app.atelier.plugins.discounts.admin;

import app.atelier.api.PluginContext;
import app.atelier.api.web.PluginHandler;
import app.atelier.api.web.PluginRequest;
import app.atelier.plugins.discounts.Roles;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.HashMap;
import java.util.Map;

/**
 * What every discounts panel page shares: only owners and administrators get in (as on the REST API:
 * a master gets a 403 page), the user's texts, the CSRF token for forms, ids from the path.
 */
final class Panel {
    /** Where the host serves this plugin's panel pages. */
    static final String BASE = "/admin/discounts";

    @FunctionalInterface
    interface Handler {
        void handle(Context ctx, PluginRequest req, PanelTexts t) throws Exception;
    }

    private Panel() {
    }

    /** A page for those who manage discounts; anyone else sees why not, with status 403. */
    static PluginHandler forManagers(PluginContext context, Handler handler) {
        return (ctx, req) -> {
            PanelTexts t = PanelTexts.of(context, req);
            if (!Roles.manage(req.role())) {
                Map<String, Object> m = model(ctx, t);
                m.put("message", t.t("forbidden"));
                ctx.status(HttpStatus.FORBIDDEN).render("templates/discounts/admin-message.peb", m);
                return;
            }
            handler.handle(ctx, req, t);
        };
    }

    /** What every template gets: {@code t} (texts), {@code csrf}, {@code base}, {@code lang}. */
    static Map<String, Object> model(Context ctx, PanelTexts t) {
        Map<String, Object> m = new HashMap<>();
        m.put("t", t.all());
        m.put("csrf", ctx.attribute("atelier.csrf"));
        m.put("base", BASE);
        m.put("lang", t.language());
        return m;
    }

    /** After a successful POST: the browser loads the page anew, so a reload does not post again. */
    static void seeOther(Context ctx, String path) {
        ctx.redirect(path, HttpStatus.SEE_OTHER);
    }

    /** A rule id from the path; anything but a positive number is a rule that does not exist. */
    static long id(PluginRequest req) {
        try {
            long id = Long.parseLong(req.pathParam("id"));
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // not found, below
        }
        throw notFound();
    }

    /** Another salon's rule answers exactly like a missing one. */
    static NotFoundResponse notFound() {
        return new NotFoundResponse("no such discount rule");
    }
}
