package app.atelier.web.admin.plugins;

import app.atelier.web.admin.AdminRoutes;
import app.atelier.web.admin.Page;
import app.atelier.web.http.ApiRoutes;
import app.atelier.web.plugins.PluginDispatcher;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pages plugins contribute under {@code /admin/{pluginId}/…}, served inside the panel: the panel's
 * session, CSRF and error pages apply, and an HTML fragment the plugin renders is framed with the
 * panel's header and navigation (htmx requests and whole documents go out as the plugin wrote them).
 */
public final class PluginAdminPages {
    private static final Pattern HEADING = Pattern.compile("<h1[^>]*>(.*?)</h1>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private final PluginDispatcher dispatcher;

    public PluginAdminPages(PluginDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    /** Register after the panel's own pages, so that their paths win. */
    public void register(AdminRoutes admin, ApiRoutes routes) {
        for (HandlerType method : List.of(HandlerType.GET, HandlerType.POST)) {
            routes.raw(method, "/admin/{pluginId}/<rest>", admin.page(AdminRoutes.Gate.ANY, (ctx, p) -> {
                try {
                    dispatcher.admin(ctx, p.user(), p.csrf(), p.locale());
                } catch (HttpResponseException refused) {
                    // a plugin's 403/404/400 is shown as the panel's own error page, not as JSON
                    String message = switch (refused.getStatus()) {
                        case 403 -> p.t().get("error_forbidden");
                        case 404 -> p.t().get("error_not_found");
                        default -> refused.getMessage() == null || refused.getMessage().isBlank()
                                ? p.t().get("error_bad_input") : refused.getMessage();
                    };
                    AdminRoutes.error(ctx, p, refused.getStatus(), message);
                    return;
                }
                frame(ctx, p);
            }));
        }
    }

    private static void frame(Context ctx, Page p) {
        int status = ctx.status().getCode();
        String type = ctx.res().getContentType();
        if (ctx.header("HX-Request") != null || (status >= 300 && status < 400) || type == null || !type.startsWith("text/html")) {
            return;
        }
        String body = ctx.result();
        if (body == null) {
            return;
        }
        String head = body.stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("<!doctype") || head.startsWith("<html")) {
            return;
        }
        String pluginId = ctx.pathParam("pluginId");
        String here = "/admin/" + pluginId + "/" + ctx.pathParam("rest").replaceAll("^/+|/+$", "");
        Map<String, Object> m = p.model("plugin:" + here);
        m.put("body", body);
        m.put("title", p.pluginMenu().stream().filter(e -> e.href().equals(here)).map(Page.MenuLink::label).findFirst()
                .orElseGet(() -> heading(body).orElse(pluginId)));
        ctx.render("templates/admin/plugin_frame.peb", m);
    }

    /** The page's own first heading as plain text, for the window title of pages outside the menu. */
    private static Optional<String> heading(String body) {
        Matcher m = HEADING.matcher(body);
        if (!m.find()) {
            return Optional.empty();
        }
        String text = m.group(1).replaceAll("<[^>]+>", "").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}
