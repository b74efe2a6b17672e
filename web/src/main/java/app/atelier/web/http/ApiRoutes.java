package app.atelier.web.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;

/** Registers core routes with Javalin and remembers them for the OpenAPI document. */
public final class ApiRoutes {
    private final RoutesConfig routes;
    private final List<RouteInfo> documented = new ArrayList<>();
    private String tag = "core";

    public ApiRoutes(RoutesConfig routes) {
        this.routes = routes;
    }

    /** Groups the following routes under a tag. */
    public ApiRoutes tag(String tag) {
        this.tag = tag;
        return this;
    }

    public ApiRoutes get(String path, String summary, Handler handler) {
        return add(HandlerType.GET, path, summary, handler, true);
    }

    public ApiRoutes post(String path, String summary, Handler handler) {
        return add(HandlerType.POST, path, summary, handler, true);
    }

    public ApiRoutes put(String path, String summary, Handler handler) {
        return add(HandlerType.PUT, path, summary, handler, true);
    }

    public ApiRoutes patch(String path, String summary, Handler handler) {
        return add(HandlerType.PATCH, path, summary, handler, true);
    }

    public ApiRoutes delete(String path, String summary, Handler handler) {
        return add(HandlerType.DELETE, path, summary, handler, true);
    }

    /** A route that needs no credentials. */
    public ApiRoutes open(HandlerType method, String path, String summary, Handler handler) {
        return add(method, path, summary, handler, false);
    }

    public List<RouteInfo> documented() {
        return List.copyOf(documented);
    }

    /** Registers a route without documenting it (the plugin dispatcher's catch-alls). */
    public void raw(HandlerType method, String path, Handler handler) {
        routes.addHttpHandler(method, path, handler);
    }

    private ApiRoutes add(HandlerType method, String path, String summary, Handler handler, boolean authenticated) {
        routes.addHttpHandler(method, path, handler);
        documented.add(new RouteInfo(method.name(), path, summary, tag, authenticated));
        return this;
    }
}
