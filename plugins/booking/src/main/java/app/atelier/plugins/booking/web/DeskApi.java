package app.atelier.plugins.booking.web;

import app.atelier.api.PluginContext;
import app.atelier.api.data.ServiceView;
import app.atelier.api.data.StaffView;
import app.atelier.api.web.PluginRequest;
import app.atelier.api.web.PluginRoutes;
import app.atelier.plugins.booking.BookingSettings;
import app.atelier.plugins.booking.Parts;
import app.atelier.plugins.booking.Roles;
import app.atelier.plugins.booking.catalog.CatalogStore;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The desk's REST under {@code /api/v1/booking/…}: the pause after each service and whether it is
 * bookable online, which services each master takes online, and a visit's signed link (to send
 * a client who booked by phone). Owners and admins change; masters read.
 */
final class DeskApi {
    private final Parts parts;
    private final PluginContext context;

    DeskApi(Parts parts) {
        this.parts = parts;
        this.context = parts.context();
    }

    void register(PluginRoutes routes) {
        routes.api("GET", "services", "Services with their pause after (minutes; null = salon default) and online flag",
                        this::services)
                .api("PUT", "services/{id}", "Set a service's {bufferMinutes (null = default), online}", this::saveService)
                .api("GET", "staff", "Masters with the services they take online (empty = all)", this::staff)
                .api("PUT", "staff/{id}", "Set which services a master takes online: {serviceIds} (empty = all)", this::saveStaff)
                .api("GET", "visits/{id}/links", "A visit's signed manage link and calendar file, to send the client",
                        this::links);
    }

    private void services(Context ctx, PluginRequest req) {
        Roles.require(req, Roles.STAFF);
        long salonId = req.salon().id();
        int fallback = BookingSettings.of(context.settings(salonId)).defaultBufferMinutes();
        Map<Long, CatalogStore.ServiceRule> rules = parts.catalogStore().serviceRules(salonId);
        List<Map<String, Object>> list = new ArrayList<>();
        for (ServiceView s : context.salonData().services(salonId)) {
            CatalogStore.ServiceRule rule = rules.getOrDefault(s.id(), CatalogStore.ServiceRule.DEFAULT);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("serviceId", s.id());
            m.put("name", s.name());
            m.put("active", s.active());
            m.put("bufferMinutes", rule.bufferMinutes());
            m.put("effectiveBufferMinutes", rule.bufferMinutes() == null ? fallback : rule.bufferMinutes());
            m.put("online", rule.online());
            list.add(m);
        }
        ctx.json(list);
    }

    private void saveService(Context ctx, PluginRequest req) {
        Roles.require(req, Roles.DESK);
        long salonId = req.salon().id();
        long id = Params.pathId(req, "id");
        if (context.salonData().services(salonId).stream().noneMatch(s -> s.id() == id)) {
            throw new NotFoundResponse("there is no service " + id + " in this salon");
        }
        Map<?, ?> body = Json.body(ctx, "{\"bufferMinutes\": 15, \"online\": true}");
        Object buffer = body.get("bufferMinutes");
        if (buffer != null && (!(buffer instanceof Integer n) || n < 0 || n > 240)) {
            throw new BadRequestResponse("bufferMinutes must be a whole number from 0 to 240, or null for the salon default",
                    Map.of("bufferMinutes", "must be 0 to 240 or null"));
        }
        Object online = body.get("online");
        if (online != null && !(online instanceof Boolean)) {
            throw new BadRequestResponse("online must be true or false", Map.of("online", "must be true or false"));
        }
        CatalogStore.ServiceRule rule = new CatalogStore.ServiceRule((Integer) buffer, online == null || (Boolean) online);
        parts.catalogStore().saveServiceRule(salonId, id, rule);
        ctx.json(Map.of("serviceId", id, "bufferMinutes", buffer == null ? "default" : buffer, "online", rule.online()));
    }

    private void staff(Context ctx, PluginRequest req) {
        Roles.require(req, Roles.STAFF);
        long salonId = req.salon().id();
        Map<Long, Set<Long>> lists = parts.catalogStore().staffServices(salonId);
        List<Map<String, Object>> list = new ArrayList<>();
        for (StaffView s : context.salonData().staff(salonId)) {
            list.add(Map.of("staffId", s.id(), "name", s.name(), "active", s.active(),
                    "serviceIds", List.copyOf(lists.getOrDefault(s.id(), Set.of())), "takesAll", !lists.containsKey(s.id())));
        }
        ctx.json(list);
    }

    private void saveStaff(Context ctx, PluginRequest req) {
        Roles.require(req, Roles.DESK);
        long salonId = req.salon().id();
        long id = Params.pathId(req, "id");
        if (context.salonData().staff(salonId).stream().noneMatch(s -> s.id() == id)) {
            throw new NotFoundResponse("there is no master " + id + " in this salon");
        }
        Map<?, ?> body = Json.body(ctx, "{\"serviceIds\": [1, 2]}");
        if (!(body.get("serviceIds") instanceof List)) {
            throw new BadRequestResponse("serviceIds must be a list (empty: the master takes every service)",
                    Map.of("serviceIds", "must be a list"));
        }
        List<Long> ids = Json.ids(body, "serviceIds");
        Set<Long> known = new java.util.HashSet<>();
        context.salonData().services(salonId).forEach(s -> known.add(s.id()));
        for (long serviceId : ids) {
            if (!known.contains(serviceId)) {
                throw new BadRequestResponse("there is no service " + serviceId + " in this salon",
                        Map.of("serviceIds", "names an unknown service " + serviceId));
            }
        }
        parts.catalogStore().saveStaffServices(salonId, id, ids);
        ctx.json(Map.of("staffId", id, "serviceIds", ids, "takesAll", ids.isEmpty()));
    }

    private void links(Context ctx, PluginRequest req) {
        Roles.require(req, Roles.DESK);
        long id = Params.pathId(req, "id");
        long salonId = req.salon().id();
        context.salonData().visit(salonId, id).orElseThrow(() -> new NotFoundResponse("there is no visit " + id + " in this salon"));
        ctx.json(Map.of("visitId", id, "manageUrl", parts.links().managePath(req.salon().slug(), salonId, id),
                "calendarUrl", parts.links().calendarPath(req.salon().slug(), salonId, id)));
    }
}
