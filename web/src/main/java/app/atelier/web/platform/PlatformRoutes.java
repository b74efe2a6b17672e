package app.atelier.web.platform;

import app.atelier.api.Salon;
import app.atelier.core.AtelierCore;
import app.atelier.core.common.InvalidInputException;
import app.atelier.core.salons.NewSalon;
import app.atelier.web.http.Access;
import app.atelier.web.http.ApiRoutes;
import app.atelier.web.http.Bodies;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The platform operator's console: tariffs, salons, plugin installation. */
public final class PlatformRoutes {
    private static final long MAX_PLUGIN_BYTES = 50L * 1024 * 1024;

    private final AtelierCore core;
    private final Access access;
    private final Bodies bodies;

    public PlatformRoutes(AtelierCore core, Access access, Bodies bodies) {
        this.core = core;
        this.access = access;
        this.bodies = bodies;
    }

    record TariffRequest(String name, List<String> plugins) {
    }

    record OwnerRequest(String email, String password) {
    }

    record SalonRequest(String slug, String name, String timezone, String currency, String country, String locale,
                        String tariff, OwnerRequest owner) {
    }

    record TariffChange(String tariff) {
    }

    public void register(ApiRoutes routes) {
        routes.tag("platform")
                .get("/api/v1/platform/tariffs", "List tariffs", ctx -> {
                    access.operator(ctx);
                    ctx.json(core.tariffs().list());
                })
                .post("/api/v1/platform/tariffs", "Create a tariff or replace its plugin list", ctx -> {
                    access.operator(ctx);
                    TariffRequest r = bodies.read(ctx, TariffRequest.class);
                    ctx.status(201).json(core.tariffs().save(r.name(), r.plugins()));
                })
                .get("/api/v1/platform/salons", "List salons", ctx -> {
                    access.operator(ctx);
                    ctx.json(core.salons().list().stream().map(e -> salonJson(e.getKey(), e.getValue())).toList());
                })
                .post("/api/v1/platform/salons", "Onboard a salon with its owner", ctx -> {
                    access.operator(ctx);
                    SalonRequest r = bodies.read(ctx, SalonRequest.class);
                    OwnerRequest owner = r.owner() == null ? new OwnerRequest(null, null) : r.owner();
                    Salon salon = core.salons().create(new NewSalon(r.slug(), r.name(), r.timezone(), r.currency(), r.country(),
                            r.locale(), r.tariff(), owner.email(), owner.password()));
                    ctx.status(201).json(salonJson(salon, r.tariff()));
                })
                .put("/api/v1/platform/salons/{id}/tariff", "Move a salon to another tariff", ctx -> {
                    access.operator(ctx);
                    long id = app.atelier.web.http.Params.id(ctx, "id");
                    Salon salon = core.salons().changeTariff(id, bodies.read(ctx, TariffChange.class).tariff());
                    core.activation().invalidate();
                    ctx.json(salonJson(salon, core.salons().tariffOf(id)));
                })
                .get("/api/v1/platform/plugins", "Installed plugins with state and errors", ctx -> {
                    access.operator(ctx);
                    ctx.json(core.plugins().statuses());
                })
                .post("/api/v1/platform/plugins", "Install a plugin jar (request body: the jar bytes)", ctx -> {
                    access.operator(ctx);
                    ctx.status(201).json(core.plugins().install(upload(ctx)));
                })
                .post("/api/v1/platform/plugins/{id}/start", "Start a plugin", ctx -> {
                    access.operator(ctx);
                    ctx.json(core.plugins().start(ctx.pathParam("id")));
                })
                .post("/api/v1/platform/plugins/{id}/stop", "Stop a plugin now; its routes answer 404 at once", ctx -> {
                    access.operator(ctx);
                    ctx.json(core.plugins().stop(ctx.pathParam("id")));
                })
                .delete("/api/v1/platform/plugins/{id}", "Stop, unload and delete a plugin", ctx -> {
                    access.operator(ctx);
                    core.plugins().uninstall(ctx.pathParam("id"));
                    ctx.status(204);
                });
    }

    /** Saves the request body (the jar, raw or as the first multipart file) to a temporary file. */
    private static Path upload(Context ctx) throws IOException {
        Path temp = Files.createTempFile("atelier-upload", ".jar");
        temp.toFile().deleteOnExit();
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        try (InputStream in = type.startsWith("multipart/") && !ctx.uploadedFiles().isEmpty()
                ? ctx.uploadedFiles().get(0).content() : ctx.bodyInputStream()) {
            long size = Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            if (size == 0) {
                throw InvalidInputException.of("file", "send the plugin jar as the request body");
            }
            if (size > MAX_PLUGIN_BYTES) {
                throw InvalidInputException.of("file", "must be at most 50 MiB");
            }
        }
        return temp;
    }

    private static Map<String, Object> salonJson(Salon s, String tariff) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("slug", s.slug());
        m.put("name", s.name());
        m.put("timezone", s.zone().getId());
        m.put("currency", s.currency());
        m.put("country", s.country());
        m.put("locale", s.locale().toLanguageTag());
        m.put("tariff", tariff);
        return m;
    }
}
