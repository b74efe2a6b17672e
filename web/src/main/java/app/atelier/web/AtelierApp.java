package app.atelier.web;

import app.atelier.core.AtelierCore;
import app.atelier.web.auth.AuthRoutes;
import app.atelier.web.catalog.CatalogRoutes;
import app.atelier.web.channels.ChannelRoutes;
import app.atelier.web.clients.ClientRoutes;
import app.atelier.web.http.Access;
import app.atelier.web.http.ApiRoutes;
import app.atelier.web.http.Bodies;
import app.atelier.web.http.ProblemResponses;
import app.atelier.web.http.RouteInfo;
import app.atelier.web.pages.PebbleRenderer;
import app.atelier.web.platform.PlatformRoutes;
import app.atelier.web.plugins.PluginDispatcher;
import app.atelier.web.plugins.PluginRouteTable;
import app.atelier.web.plugins.SalonPluginRoutes;
import app.atelier.web.staff.StaffRoutes;
import app.atelier.web.system.OpenApiDocument;
import app.atelier.web.system.SystemRoutes;
import app.atelier.web.visits.VisitRoutes;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.json.JavalinJackson;
import java.util.List;

/**
 * The web app over a started core, not yet listening: tests call {@link #start(int)} with 0 for a
 * free port. Routes are grouped by feature; each group's handlers stay thin over core services.
 */
public final class AtelierApp implements AutoCloseable {
    private final AtelierCore core;
    private final Javalin javalin;
    private final PluginRouteTable pluginRoutes;

    private AtelierApp(AtelierCore core, Javalin javalin, PluginRouteTable pluginRoutes) {
        this.core = core;
        this.javalin = javalin;
        this.pluginRoutes = pluginRoutes;
    }

    public static AtelierApp create(AtelierCore core) {
        Access access = new Access(core.auth());
        Bodies bodies = new Bodies(core.json().mapper());
        ProblemResponses problems = new ProblemResponses(core.json());
        PluginRouteTable pluginRoutes = new PluginRouteTable(core.plugins());
        core.plugins().onLifecycleChange(pluginRoutes::rebuild);
        pluginRoutes.rebuild();
        PluginDispatcher dispatcher = new PluginDispatcher(core, pluginRoutes, access);
        PebbleRenderer renderer = new PebbleRenderer();
        core.plugins().onUnload(id -> renderer.forgetClosedLoaders());

        Javalin javalin = Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(core.json().mapper(), false));
            config.fileRenderer(renderer);
            config.http.maxRequestSize = 60L * 1024 * 1024;
            config.startup.showJavalinBanner = false;
            problems.register(config.routes);
            config.routes.after(ctx -> {
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("X-Frame-Options", "DENY");
                ctx.header("Referrer-Policy", "no-referrer");
                ctx.header("Cache-Control", "no-store");
            });
            ApiRoutes routes = new ApiRoutes(config.routes);
            new AuthRoutes(core.auth(), core.salonUsers(), access, bodies).register(routes);
            new PlatformRoutes(core, access, bodies).register(routes);
            new SalonPluginRoutes(core, access, bodies).register(routes);
            new ClientRoutes(core, access, bodies).register(routes);
            new StaffRoutes(core, access, bodies).register(routes);
            new CatalogRoutes(core, access, bodies).register(routes);
            new VisitRoutes(core, access, bodies).register(routes);
            new ChannelRoutes(core, access, bodies).register(routes);
            new app.atelier.web.reports.ReportRoutes(core, access).register(routes);
            new app.atelier.web.tasks.TaskRoutes(core, access, bodies).register(routes);
            OpenApiDocument openApi = new OpenApiDocument(core.apiVersion(), routes::documented, () -> pluginRoutes.all().stream()
                    .map(r -> new RouteInfo(r.method(), r.template(), r.summary(), r.pluginId(), !r.isPublic())).toList());
            new SystemRoutes(core, openApi).register(routes);
            // plugin routes last: core paths win, the rest goes through the dispatcher
            for (HandlerType method : List.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE)) {
                routes.raw(method, "/api/v1/public/{salonSlug}/<rest>", dispatcher::publicApi);
                routes.raw(method, "/s/{salonSlug}/<rest>", dispatcher::publicPage);
                routes.raw(method, "/api/v1/{pluginId}/<rest>", dispatcher::api);
            }
            // the panel, with the plugin pages inside it, after every other route
            new app.atelier.web.admin.AdminRoutes(core, pluginRoutes).register(routes, config.routes, dispatcher);
            // CORS preflight for a branded app's calls: the plugin that owns the claim answers it
            routes.raw(HandlerType.OPTIONS, "/api/v1/public/{salonSlug}/<rest>", dispatcher::publicApi);
        });
        return new AtelierApp(core, javalin, pluginRoutes);
    }

    public AtelierApp start(int port) {
        javalin.start(port);
        return this;
    }

    public int port() {
        return javalin.port();
    }

    public AtelierCore core() {
        return core;
    }

    @Override
    public void close() {
        javalin.stop();
        core.close();
    }
}
