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
 * The message log: the planned messages of a salon-local day ({@code ?date=}) or of one client
 * ({@code ?client=}), with what became of them and why, {@link #PAGE} at a time ({@code ?page=}),
 * optionally of one status ({@code ?status=}). The counts above the list are the whole day's or
 * client's. The host's delivery log on the client card tells whether a queued message then
 * reached the client.
 */
final class LogPage {
    static final int PAGE = 100;

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
        String asked = ctx.queryParam("status");
        String status = asked != null && PlanRow.STATUSES.contains(asked) ? asked : null;
        int page = page(ctx.queryParam("page"));
        m.put("status", status == null ? "" : status);
        m.put("statuses", PlanRow.STATUSES.stream().map(s -> Map.of("key", s, "label", view.t(req, "status." + s))).toList());
        String client = ctx.queryParam("client");
        if (client != null && !client.isBlank()) {
            ClientView c = client(req, client.trim());
            m.put("client", Map.of("id", c.id(), "name", c.name(), "consent", c.messageConsent()));
            m.put("heading", view.t(req, "log.of_client", c.name()));
            fill(m, req, history.ofClient(req.salon().id(), c.id(), status, (page - 1) * PAGE, PAGE),
                    AdminView.BASE + "log?client=" + c.id(), page, true);
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
                    m.put("rows", List.of());
                    m.put("counts", List.of());
                    ctx.status(400).render("templates/reminders/admin-log.peb", m);
                    return;
                }
            }
            m.put("date", day.toString());
            m.put("heading", view.t(req, "log.of_day", view.day(req, day)));
            fill(m, req, history.dueOn(req.salon(), day, status, (page - 1) * PAGE, PAGE), AdminView.BASE + "log?date=" + day,
                    page, false);
        }
        ctx.render("templates/reminders/admin-log.peb", m);
    }

    private void fill(Map<String, Object> m, PluginRequest req, PlanHistory.Slice slice, String base, int page, boolean withDate) {
        m.put("rows", rows.of(req, slice.rows(), withDate));
        m.put("counts", rows.counts(req, slice, base));
        m.put("allHref", base);
        m.put("showing", rows.showing(req, slice));
        String filtered = slice.status() == null ? base : base + "&status=" + slice.status();
        m.put("prevHref", page > 1 ? filtered + "&page=" + (page - 1) : "");
        m.put("nextHref", slice.more() ? filtered + "&page=" + (page + 1) : "");
    }

    /** {@code ?page=}, from 1; anything else is the first page. */
    private static int page(String text) {
        try {
            int page = text == null ? 1 : Integer.parseInt(text.trim());
            return page >= 1 && page <= 1_000_000 ? page : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
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
