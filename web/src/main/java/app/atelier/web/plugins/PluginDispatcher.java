package app.atelier.web.plugins;

import app.atelier.api.Salon;
import app.atelier.api.web.PluginRequest;
import app.atelier.core.AtelierCore;
import app.atelier.core.auth.Principal;
import app.atelier.core.common.NotFoundException;
import app.atelier.core.plugins.PluginCallException;
import app.atelier.web.http.Access;
import app.atelier.web.pages.PebbleRenderer;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Serves plugin routes: finds the route in the current {@link PluginRouteTable}, checks that the
 * plugin is active for the caller's salon (404 otherwise, the same as a route that does not exist)
 * and calls it through the guarded invoker.
 */
public final class PluginDispatcher {
    private final AtelierCore core;
    private final PluginRouteTable table;
    private final Access access;

    public PluginDispatcher(AtelierCore core, PluginRouteTable table, Access access) {
        this.core = core;
        this.table = table;
        this.access = access;
    }

    /** {@code /api/v1/{pluginId}/<rest>} */
    public void api(Context ctx) throws Exception {
        String pluginId = ctx.pathParam("pluginId");
        if (!core.plugins().startedIds().contains(pluginId)) {
            throw new NotFoundException("route");
        }
        Principal p = access.salonUser(ctx);
        long salonId = p.requireSalon();
        if (!core.activation().isActive(salonId, pluginId)) {
            throw new NotFoundException("route");
        }
        Salon salon = core.salons().get(salonId);
        dispatch(ctx, table.apiRoutes(pluginId), segments(ctx.pathParam("rest")), salon,
                p.isApiKey() ? null : p.userId(), p.role().key(), null);
    }

    /**
     * {@code /admin/{pluginId}/<rest>}: a plugin's panel page. The panel already checked the
     * session, the CSRF token of a POST and the role; this checks that the plugin is active for the
     * user's salon and hands the page the panel's CSRF token and the user's language.
     */
    public void admin(Context ctx, Principal user, String csrf, Locale locale) throws Exception {
        String pluginId = ctx.pathParam("pluginId");
        if (!core.plugins().startedIds().contains(pluginId) || !core.activation().isActive(user.salonId(), pluginId)) {
            throw new NotFoundException("page");
        }
        Salon salon = core.salons().get(user.salonId());
        ctx.attribute("atelier.csrf", csrf);
        dispatch(ctx, table.adminRoutes(pluginId), segments(ctx.pathParam("rest")), salon, user.userId(), user.role().key(), locale);
    }

    /** {@code /api/v1/public/{salonSlug}/<rest>} */
    public void publicApi(Context ctx) throws Exception {
        dispatchPublic(ctx, PluginRoute.Space.PUBLIC_API);
    }

    /** {@code /s/{salonSlug}/<rest>}: pages, rendered in the salon's language. */
    public void publicPage(Context ctx) throws Exception {
        dispatchPublic(ctx, PluginRoute.Space.PAGE);
    }

    private void dispatchPublic(Context ctx, PluginRoute.Space space) throws Exception {
        Salon salon = core.salons().bySlug(ctx.pathParam("salonSlug")).orElseThrow(() -> new NotFoundException("salon"));
        List<String> rest = segments(ctx.pathParam("rest"));
        if (rest.isEmpty()) {
            throw new NotFoundException("route");
        }
        List<PluginRoute> routes = table.publicRoutes(rest.get(0)).stream().filter(r -> r.space() == space).toList();
        if (routes.isEmpty() || !core.activation().isActive(salon.id(), routes.get(0).pluginId())) {
            throw new NotFoundException("route");
        }
        ctx.attribute(PebbleRenderer.LOCALE, salon.locale());
        dispatch(ctx, routes, rest, salon, null, null, null);
    }

    private void dispatch(Context ctx, List<PluginRoute> routes, List<String> rest, Salon salon, Long userId, String role,
                          Locale locale) throws Exception {
        String method = ctx.method().name();
        for (PluginRoute route : routes) {
            Map<String, String> params = route.method().equals(method) ? route.match(rest) : null;
            if (params == null) {
                continue;
            }
            PluginRequest request = new PluginRequest(salon, userId, role, params, locale);
            try {
                core.plugins().invoker().run(route.pluginId(), method + " " + route.path(), () -> {
                    try {
                        route.handler().handle(ctx, request);
                    } catch (RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
            } catch (PluginCallException e) {
                if (e.getCause() instanceof HttpResponseException answer) {
                    throw answer;
                }
                throw e;
            }
            return;
        }
        throw new NotFoundException("route");
    }

    private static List<String> segments(String rest) {
        String clean = rest == null ? "" : rest.replaceAll("^/+|/+$", "");
        return clean.isEmpty() ? List.of() : Arrays.asList(clean.split("/"));
    }
}
