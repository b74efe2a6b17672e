package app.atelier.plugins.booking.admin;

import app.atelier.api.PluginContext;
import app.atelier.api.data.ServiceView;
import app.atelier.api.data.StaffView;
import app.atelier.api.web.PluginRequest;
import app.atelier.plugins.booking.BookingSettings;
import app.atelier.plugins.booking.Parts;
import app.atelier.plugins.booking.catalog.CatalogStore;
import app.atelier.plugins.booking.web.Texts;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Online booking" in the panel: the salon's public links to copy, which services and masters
 * clients can book online (a service can be switched on or off here), the rules in force with a
 * link to the plugin's settings form on the panel's plugins page (the host renders that form; it
 * is not repeated here), and the latest online bookings.
 */
final class SettingsPage {
    private final Parts parts;
    private final PluginContext context;
    private final RecentBookings recent;

    SettingsPage(Parts parts, RecentBookings recent) {
        this.parts = parts;
        this.context = parts.context();
        this.recent = recent;
    }

    void show(Context ctx, PluginRequest req) {
        long salonId = req.salon().id();
        Texts texts = Texts.of(context, req.salon(), req.locale());
        BookingSettings s = BookingSettings.of(context.settings(salonId));
        // the address the administrator reached the panel at is, in a one-host deployment, the public one too
        String origin = ctx.scheme() + "://" + ctx.host();
        String slug = req.salon().slug();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("t", texts.all());
        m.put("csrf", ctx.attribute("atelier.csrf"));
        m.put("bookingUrl", origin + "/s/" + slug + "/booking");
        m.put("cabinetUrl", origin + "/s/" + slug + "/cabinet");
        m.put("apiUrl", origin + "/api/v1/public/" + slug + "/booking");
        m.put("rules", rules(s, texts));
        m.put("services", services(salonId, s, texts));
        m.put("masters", masters(salonId, texts));
        m.put("recent", recent.of(req, texts));
        String switched = ctx.queryParam("switched");
        m.put("switched", switched != null && switched.matches("\\d{1,18}") ? Long.parseLong(switched) : 0L);
        ctx.render("templates/booking/admin-settings.peb", m);
    }

    /** Offers a service online or stops offering it; its pause after is kept. */
    void switchService(Context ctx, PluginRequest req) {
        long salonId = req.salon().id();
        long id;
        try {
            id = Long.parseLong(req.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new NotFoundResponse("there is no such service in this salon");
        }
        long serviceId = id;
        if (context.salonData().services(salonId).stream().noneMatch(sv -> sv.id() == serviceId)) {
            throw new NotFoundResponse("there is no such service in this salon");
        }
        CatalogStore.ServiceRule rule = parts.catalogStore().serviceRules(salonId)
                .getOrDefault(serviceId, CatalogStore.ServiceRule.DEFAULT);
        boolean online = "true".equals(ctx.formParam("online"));
        parts.catalogStore().saveServiceRule(salonId, serviceId, new CatalogStore.ServiceRule(rule.bufferMinutes(), online));
        ctx.redirect("/admin/booking/settings?switched=" + serviceId + "#services", HttpStatus.SEE_OTHER);
    }

    /** The settings a client notices, in words; all of them are changed on the plugins page. */
    private static List<Map<String, String>> rules(BookingSettings s, Texts texts) {
        List<Map<String, String>> rules = new ArrayList<>();
        rules.add(Map.of("label", texts.t("admin.rule.lead"), "value", texts.t("admin.minutes", s.minLeadMinutes())));
        rules.add(Map.of("label", texts.t("admin.rule.horizon"), "value", texts.t("admin.days", s.horizonDays())));
        rules.add(Map.of("label", texts.t("admin.rule.step"), "value", texts.t("admin.minutes", s.slotStepMinutes())));
        rules.add(Map.of("label", texts.t("admin.rule.cancel"), "value", texts.t("admin.hours", s.cancelHoursBefore())));
        rules.add(Map.of("label", texts.t("admin.rule.confirm_phone"),
                "value", texts.t(s.confirmPhone() ? "admin.yes" : "admin.no")));
        return rules;
    }

    private List<Map<String, Object>> services(long salonId, BookingSettings s, Texts texts) {
        Map<Long, CatalogStore.ServiceRule> rules = parts.catalogStore().serviceRules(salonId);
        List<Map<String, Object>> list = new ArrayList<>();
        for (ServiceView sv : context.salonData().services(salonId)) {
            if (!sv.active()) {
                continue;  // withdrawn services are never offered, whatever their rule says
            }
            CatalogStore.ServiceRule rule = rules.getOrDefault(sv.id(), CatalogStore.ServiceRule.DEFAULT);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", sv.id());
            m.put("name", sv.name());
            m.put("category", sv.category() == null ? "" : sv.category());
            m.put("duration", texts.t("admin.minutes", sv.durationMinutes()));
            m.put("price", texts.money(sv.price()));
            m.put("pause", texts.t("admin.minutes", rule.bufferMinutes() == null ? s.defaultBufferMinutes() : rule.bufferMinutes()));
            m.put("online", rule.online());
            list.add(m);
        }
        list.sort(Comparator.comparing((Map<String, Object> x) -> (String) x.get("category")).thenComparing(x -> (String) x.get("name")));
        return list;
    }

    /** Active masters: bookable online only with working hours; each takes every service unless given a list. */
    private List<Map<String, Object>> masters(long salonId, Texts texts) {
        Map<Long, Set<Long>> lists = parts.catalogStore().staffServices(salonId);
        Map<Long, String> names = new LinkedHashMap<>();
        context.salonData().services(salonId).forEach(sv -> names.put(sv.id(), sv.name()));
        List<Map<String, Object>> list = new ArrayList<>();
        for (StaffView st : context.salonData().staff(salonId)) {
            if (!st.active()) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", st.name());
            m.put("bookable", !st.hours().isEmpty());
            m.put("takes", lists.containsKey(st.id())
                    ? String.join(", ", lists.get(st.id()).stream().map(id -> names.getOrDefault(id, "#" + id)).toList())
                    : texts.t("admin.masters.all"));
            list.add(m);
        }
        list.sort(Comparator.comparing(x -> (String) x.get("name")));
        return list;
    }
}
