package app.atelier.plugins.reminders.web;

import app.atelier.api.PluginContext;
import app.atelier.api.data.ServiceView;
import app.atelier.api.web.PluginRequest;
import app.atelier.plugins.reminders.RemindersSettings;
import app.atelier.plugins.reminders.clients.VisitServices;
import app.atelier.plugins.reminders.plan.Kind;
import app.atelier.plugins.reminders.plan.Offset;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The settings as the plugin reads them (with warnings), and "invite again after N days" per service. */
final class ConfigRoutes {
    private final PluginContext context;
    private final VisitServices services;

    ConfigRoutes(PluginContext context) {
        this.context = context;
        this.services = new VisitServices(context);
    }

    void config(Context ctx, PluginRequest req) {
        Http.require(req, Http.DESK);
        RemindersSettings s = RemindersSettings.of(context.settings(req.salon().id()));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("channel", s.channel());
        m.put("confirmationOffset", s.confirmationOffset().label());
        m.put("reminderOffsets", s.reminderOffsets().stream().map(Offset::label).toList());
        m.put("kinds", java.util.Arrays.stream(Kind.values()).collect(LinkedHashMap::new,
                (map, k) -> map.put(k.key(), app.atelier.plugins.reminders.send.Checks.enabled(s, k)), Map::putAll));
        m.put("warnings", s.warnings());
        ctx.json(m);
    }

    void list(Context ctx, PluginRequest req) {
        Http.require(req, Http.DESK);
        long salonId = req.salon().id();
        Map<Long, Integer> intervals = services.intervals(salonId);
        List<Map<String, Object>> rows = context.salonData().services(salonId).stream().map(s -> json(s, intervals.get(s.id())))
                .toList();
        ctx.json(Map.of("services", rows));
    }

    void put(Context ctx, PluginRequest req) {
        Http.require(req, Http.DESK);
        long salonId = req.salon().id();
        long serviceId = Http.id(req, "serviceId");
        ServiceView service = context.salonData().services(salonId).stream().filter(s -> s.id() == serviceId).findFirst()
                .orElseThrow(() -> new NotFoundResponse("there is no service " + serviceId + " in this salon"));
        Map<?, ?> body = Http.body(ctx, "{\"inviteAfterDays\": 30} (null: no invitation)");
        Object days = body.get("inviteAfterDays");
        Integer value = null;
        if (days != null) {
            if (!(days instanceof Number n) || n.doubleValue() != n.intValue() || !VisitServices.validDays(n.intValue())) {
                throw Http.bad("inviteAfterDays", "must be a whole number of days from 1 to " + VisitServices.MAX_DAYS
                        + ", or null");
            }
            value = n.intValue();
        }
        services.setInterval(salonId, serviceId, value, context.clock().instant());
        ctx.json(json(service, value));
    }

    private static Map<String, Object> json(ServiceView s, Integer days) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("serviceId", s.id());
        m.put("name", s.name());
        m.put("active", s.active());
        if (days != null) {
            m.put("inviteAfterDays", days);
        }
        return m;
    }
}
