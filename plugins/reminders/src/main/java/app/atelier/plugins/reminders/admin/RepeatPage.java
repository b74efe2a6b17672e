package app.atelier.plugins.reminders.admin;

import app.atelier.api.PluginContext;
import app.atelier.api.data.ServiceView;
import app.atelier.api.web.PluginRequest;
import app.atelier.plugins.reminders.clients.VisitServices;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Invite again after N days" per service: one small form per service (empty: never invite),
 * the same store and limits as {@code PUT /api/v1/reminders/services/{id}}.
 */
final class RepeatPage {
    private final PluginContext context;
    private final AdminView view;
    private final VisitServices services;

    RepeatPage(PluginContext context, AdminView view) {
        this.context = context;
        this.view = view;
        this.services = new VisitServices(context);
    }

    void show(Context ctx, PluginRequest req) {
        String saved = ctx.queryParam("saved");
        render(ctx, req, saved == null ? 0 : parse(saved), 0, null, null, 200);
    }

    void save(Context ctx, PluginRequest req) {
        long salonId = req.salon().id();
        long serviceId = parse(req.pathParam("serviceId"));
        if (context.salonData().services(salonId).stream().noneMatch(s -> s.id() == serviceId)) {
            throw new NotFoundResponse("there is no such service in this salon");
        }
        String typed = ctx.formParam("days") == null ? "" : ctx.formParam("days").trim();
        Integer days = null;
        if (!typed.isEmpty()) {
            try {
                days = Integer.parseInt(typed);
            } catch (NumberFormatException e) {
                days = -1;  // refused just below, with the same message as a number out of range
            }
            if (!VisitServices.validDays(days)) {
                render(ctx, req, 0, serviceId, typed, view.t(req, "repeat.bad_days", VisitServices.MAX_DAYS), 422);
                return;
            }
        }
        services.setInterval(salonId, serviceId, days, context.clock().instant());
        ctx.redirect(AdminView.BASE + "repeat?saved=" + serviceId, HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, PluginRequest req, long savedId, long errorId, String typed, String error, int status) {
        long salonId = req.salon().id();
        Map<Long, Integer> intervals = services.intervals(salonId);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ServiceView s : context.salonData().services(salonId)) {
            if (!s.active() && !intervals.containsKey(s.id())) {
                continue;  // a withdrawn service without an interval has nothing to set
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", s.id());
            m.put("name", s.name());
            m.put("active", s.active());
            Integer days = intervals.get(s.id());
            m.put("days", s.id() == errorId ? typed : days == null ? "" : days.toString());
            m.put("error", s.id() == errorId ? error : null);
            m.put("saved", s.id() == savedId);
            rows.add(m);
        }
        Map<String, Object> m = view.model(ctx, req, "repeat");
        m.put("services", rows);
        m.put("maxDays", VisitServices.MAX_DAYS);
        ctx.status(status).render("templates/reminders/admin-repeat.peb", m);
    }

    private static long parse(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFoundResponse("there is no such service in this salon");
        }
    }
}
