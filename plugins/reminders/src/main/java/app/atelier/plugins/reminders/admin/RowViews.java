package app.atelier.plugins.reminders.admin;

import app.atelier.api.PluginContext;
import app.atelier.api.data.ClientView;
import app.atelier.api.web.PluginRequest;
import app.atelier.plugins.reminders.plan.PlanRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plan rows as the panel lists them: the client's name instead of an id (looked up once per
 * client and page), kind and status in the user's language, the due time on the salon's clock.
 */
final class RowViews {
    private final PluginContext context;
    private final AdminView view;

    RowViews(PluginContext context, AdminView view) {
        this.context = context;
        this.view = view;
    }

    /** One map per row; {@code withDate} shows the day too (a client's history spans days). */
    List<Map<String, Object>> of(PluginRequest req, List<PlanRow> rows, boolean withDate) {
        Map<Long, Optional<ClientView>> clients = new HashMap<>();
        List<Map<String, Object>> out = new ArrayList<>();
        for (PlanRow r : rows) {
            ClientView client = clients.computeIfAbsent(r.clientId(),
                    id -> context.salonData().client(req.salon().id(), id)).orElse(null);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("due", withDate ? view.when(req, r.dueAt()) : view.time(req, r.dueAt()));
            m.put("kind", view.t(req, "kind." + r.kind().key()));
            m.put("status", r.status());
            m.put("statusLabel", view.t(req, "status." + r.status()));
            // a planned row with a reason is a failed attempt waiting for its retry
            m.put("reason", r.reason() == null ? "" : r.reason());
            m.put("channel", r.channel() == null ? "" : r.channel());
            m.put("clientId", r.clientId());
            m.put("clientName", client == null ? view.t(req, "deleted_client") : client.name());
            m.put("clientExists", client != null);
            m.put("visitId", r.visitId());
            out.add(m);
        }
        return out;
    }

    /** How many rows of each status, for the counts above a list. */
    static Map<String, Integer> counts(List<PlanRow> rows) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String status : List.of(PlanRow.QUEUED, PlanRow.DONE, PlanRow.PLANNED, PlanRow.SKIPPED, PlanRow.CANCELLED)) {
            counts.put(status, 0);
        }
        rows.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
        return counts;
    }
}
