package app.atelier.plugins.reminders.web;

import app.atelier.api.web.PluginRequest;
import io.javalin.http.Context;
import java.util.Map;

/** The panel page "due today": what goes out today and whom to call about an unanswered request. */
final class AdminToday {
    private final HistoryRoutes history;

    AdminToday(HistoryRoutes history) {
        this.history = history;
    }

    void page(Context ctx, PluginRequest req) {
        Http.require(req, Http.DESK);
        ctx.render("templates/reminders/admin-today.peb", Map.of(
                "salon", req.salon().name(),
                "lang", req.salon().locale().getLanguage(),
                "due", history.dueToday(req),
                "unconfirmed", history.unconfirmedVisits(req)));
    }
}
