package app.atelier.web.system;

import app.atelier.core.AtelierCore;
import app.atelier.web.http.ApiRoutes;
import io.javalin.http.HandlerType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Health and the OpenAPI document, both without authentication. */
public final class SystemRoutes {
    private final AtelierCore core;
    private final OpenApiDocument openApi;

    public SystemRoutes(AtelierCore core, OpenApiDocument openApi) {
        this.core = core;
        this.openApi = openApi;
    }

    public void register(ApiRoutes routes) {
        // someone who opens the server's address in a browser wants the panel
        routes.raw(HandlerType.GET, "/", ctx -> ctx.redirect("/admin"));
        routes.tag("system")
                .open(HandlerType.GET, "/health", "Status, version and every plugin's state", ctx -> {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("status", "ok");
                    body.put("version", core.apiVersion());
                    List<Map<String, Object>> plugins = core.plugins().statuses().stream().map(s -> {
                        Map<String, Object> p = new LinkedHashMap<>();
                        p.put("id", s.id());
                        p.put("version", s.version());
                        p.put("state", s.state());
                        if (s.error() != null) {
                            p.put("error", s.error());
                        }
                        return p;
                    }).toList();
                    body.put("plugins", plugins);
                    ctx.json(body);
                })
                .open(HandlerType.GET, "/api/openapi.json", "This document", ctx ->
                        ctx.contentType("application/json").result(openApi.render()));
    }
}
