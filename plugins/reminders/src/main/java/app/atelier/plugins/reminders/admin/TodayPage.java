package app.atelier.plugins.reminders.admin;

import app.atelier.api.PluginContext;
import app.atelier.api.web.PluginRequest;
import app.atelier.plugins.reminders.history.PlanHistory;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Due today": what goes out on the salon's today, and whom to call about an unanswered confirmation
 * request. The counts are the whole day's; the list stops at {@link #SHOWN} rows and says so, the
 * whole day (by status, page by page) being in the log.
 */
final class TodayPage {
    static final int SHOWN = 100;

    private final AdminView view;
    private final RowViews rows;
    private final PlanHistory history;

    TodayPage(PluginContext context, AdminView view, RowViews rows) {
        this.view = view;
        this.rows = rows;
        this.history = new PlanHistory(context);
    }

    void show(Context ctx, PluginRequest req) {
        LocalDate today = history.today(req.salon());
        Map<String, Object> m = view.model(ctx, req, "today");
        m.put("day", view.day(req, today));
        m.put("date", today.toString());
        PlanHistory.Slice due = history.dueOn(req.salon(), today, null, 0, SHOWN);
        m.put("due", rows.of(req, due.rows(), false));
        m.put("total", due.total());
        m.put("counts", rows.counts(req, due, AdminView.BASE + "log?date=" + today));
        m.put("showing", rows.showing(req, due));
        m.put("unconfirmed", unconfirmed(req));
        view.publicUrlNotice(m, ctx, req);
        ctx.render("templates/reminders/admin-today.peb", m);
    }

    private List<Map<String, Object>> unconfirmed(PluginRequest req) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (PlanHistory.Unanswered u : history.unconfirmed(req.salon().id())) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("visitId", u.visit().id());
            m.put("start", view.when(req, u.visit().start()));
            m.put("clientId", u.visit().clientId());
            m.put("clientName", u.client() == null ? view.t(req, "deleted_client") : u.client().name());
            m.put("phone", u.client() == null || u.client().phone() == null ? "" : u.client().phone());
            m.put("askedAt", view.when(req, u.request().updatedAt()));
            out.add(m);
        }
        return out;
    }
}
