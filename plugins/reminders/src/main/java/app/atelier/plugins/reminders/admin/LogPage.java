package app.atelier.plugins.reminders.admin;

import app.atelier.api.PluginContext;
import app.atelier.api.data.ClientView;
import app.atelier.api.web.PluginRequest;
import app.atelier.plugins.reminders.history.PlanHistory;
import app.atelier.plugins.reminders.plan.PlanRow;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * The message log: every planned message of a salon-local day ({@code ?date=}) or of one client
 * ({@code ?client=}), with what became of it and why. The host's delivery log on the client card
 * tells whether a queued message then reached the client.
 */
final class LogPage {
    private final PluginContext context;
    private final AdminView view;
    private final RowViews rows;
    private final PlanHistory history;

    LogPage(PluginContext context, AdminView view, RowViews rows) {
        this.context = context;
        this.view = view;
        this.rows = rows;
        this.history = new PlanHistory(context);
    }

    void show(Context ctx, PluginRequest req) {
        Map<String, Object> m = view.model(ctx, req, "log");
        String client = ctx.queryParam("client");
        if (client != null && !client.isBlank()) {
            ClientView c = client(req, client.trim());
            List<PlanRow> list = history.ofClient(req.salon().id(), c.id());
            m.put("client", Map.of("id", c.id(), "name", c.name(), "consent", c.messageConsent()));
            m.put("heading", view.t(req, "log.of_client", c.name()));
            fill(m, req, list, true);
            m.put("date", history.today(req.salon()).toString());
        } else {
            String date = ctx.queryParam("date");
            LocalDate day = history.today(req.salon());
            if (date != null && !date.isBlank()) {
                try {
                    day = LocalDate.parse(date.trim());
                } catch (DateTimeParseException e) {
                    m.put("dateError", view.t(req, "log.bad_date"));
                    m.put("date", date);
                    m.put("heading", view.t(req, "log.title"));
                    fill(m, req, List.of(), false);
                    ctx.status(400).render("templates/reminders/admin-log.peb", m);
                    return;
                }
            }
            m.put("date", day.toString());
            m.put("heading", view.t(req, "log.of_day", view.day(req, day)));
            fill(m, req, history.dueOn(req.salon(), day), false);
        }
        ctx.render("templates/reminders/admin-log.peb", m);
    }

    private void fill(Map<String, Object> m, PluginRequest req, List<PlanRow> list, boolean withDate) {
        m.put("rows", rows.of(req, list, withDate));
        m.put("counts", RowViews.counts(list));
    }

    /** The client of this salon; another salon's id is "not found", like a missing one. */
    private ClientView client(PluginRequest req, String id) {
        try {
            return context.salonData().client(req.salon().id(), Long.parseLong(id))
                    .orElseThrow(() -> new NotFoundResponse("there is no such client in this salon"));
        } catch (NumberFormatException e) {
            throw new NotFoundResponse("there is no such client in this salon");
        }
    }
}
