package app.atelier.web.plugins;

import app.atelier.core.AtelierCore;
import app.atelier.core.auth.Principal;
import app.atelier.core.common.ConflictException;
import app.atelier.core.common.InvalidInputException;
import app.atelier.core.common.NotFoundException;
import app.atelier.core.plugins.PluginStatus;
import app.atelier.web.http.Access;
import app.atelier.web.http.ApiRoutes;
import app.atelier.web.http.Bodies;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A salon's view of plugins: which its tariff allows, switching them on and off, their settings. */
public final class SalonPluginRoutes {
    private final AtelierCore core;
    private final Access access;
    private final Bodies bodies;

    public SalonPluginRoutes(AtelierCore core, Access access, Bodies bodies) {
        this.core = core;
        this.access = access;
        this.bodies = bodies;
    }

    record Switch(Boolean enabled) {
    }

    public void register(ApiRoutes routes) {
        routes.tag("plugins")
                .get("/api/v1/plugins", "Installed plugins: version, state, whether the tariff allows it, whether it is on", ctx -> {
                    long salonId = access.salonUser(ctx).requireSalon();
                    Set<String> tariff = core.tariffs().pluginsOfSalon(salonId);
                    Set<String> enabled = core.pluginSettings().enabled(salonId);
                    List<Map<String, Object>> result = core.plugins().statuses().stream().map(s -> {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("id", s.id());
                        m.put("version", s.version());
                        m.put("state", s.state());
                        m.put("inTariff", tariff.contains(s.id()));
                        m.put("enabled", enabled.contains(s.id()));
                        m.put("active", core.activation().isActive(salonId, s.id()));
                        return m;
                    }).toList();
                    ctx.json(result);
                })
                .put("/api/v1/plugins/{id}", "Switch a plugin on or off for the salon (owner)", ctx -> {
                    Principal owner = access.owner(ctx);
                    String id = installed(ctx.pathParam("id")).id();
                    Switch s = bodies.read(ctx, Switch.class);
                    if (s.enabled() == null) {
                        throw InvalidInputException.of("enabled", "is required: true or false");
                    }
                    if (s.enabled() && !core.tariffs().pluginsOfSalon(owner.requireSalon()).contains(id)) {
                        throw new ConflictException("not_in_tariff", "your tariff does not include " + id);
                    }
                    core.pluginSettings().setEnabled(owner.requireSalon(), id, s.enabled());
                    ctx.json(Map.of("id", id, "enabled", s.enabled(), "active", core.activation().isActive(owner.requireSalon(), id)));
                })
                .get("/api/v1/plugins/{id}/settings", "The plugin's settings schema and the salon's values", ctx -> {
                    long salonId = access.desk(ctx).requireSalon();
                    String id = installed(ctx.pathParam("id")).id();
                    var schema = core.plugins().settingsSchema(id);
                    ctx.json(Map.of("schema", schema.fields(), "values", core.pluginSettings().values(salonId, id, schema).values()));
                })
                .put("/api/v1/plugins/{id}/settings", "Change settings; every value is validated against the schema (owner)", ctx -> {
                    long salonId = access.owner(ctx).requireSalon();
                    String id = installed(ctx.pathParam("id")).id();
                    var schema = core.plugins().settingsSchema(id);
                    ctx.json(Map.of("values", core.pluginSettings().save(salonId, id, schema, bodies.readMap(ctx)).values()));
                });
    }

    private PluginStatus installed(String id) {
        return core.plugins().statuses().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("plugin"));
    }
}
