package app.atelier.web.admin.plugins;

import app.atelier.web.admin.AdminRoutes;
import app.atelier.web.admin.Page;
import app.atelier.web.http.ApiRoutes;
import app.atelier.web.plugins.PluginDispatcher;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Pages plugins contribute under {@code /admin/{pluginId}/…}, served inside the panel: the panel's
 * session, CSRF and error pages apply, and an HTML fragment the plugin renders is framed with the
 * panel's header and navigation (htmx requests and whole documents go out as the plugin wrote them).
 */
public final class PluginAdminPages {
    private final PluginDispatcher dispatcher;

    public PluginAdminPages(PluginDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    /** Register after the panel's own pages, so that their paths win. */
    public void register(AdminRoutes admin, ApiRoutes routes) {
        for (HandlerType method : List.of(HandlerType.GET, HandlerType.POST)) {
            routes.raw(method, "/admin/{pluginId}/<rest>", admin.page(AdminRoutes.Gate.ANY, (ctx, p) -> {
                dispatcher.admin(ctx, p.user(), p.csrf(), p.locale());
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
                .orElse(pluginId));
        ctx.render("templates/admin/plugin_frame.peb", m);
    }
}
