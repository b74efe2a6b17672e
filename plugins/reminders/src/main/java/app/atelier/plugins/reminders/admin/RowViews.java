package app.atelier.plugins.reminders.admin;

import app.atelier.api.PluginContext;
import app.atelier.api.data.ClientView;
import app.atelier.api.web.PluginRequest;
import app.atelier.plugins.reminders.history.PlanHistory;
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
            m.put("reason", reason(req, r.reason()));
            m.put("channel", r.channel() == null ? "" : r.channel());
            m.put("clientId", r.clientId());
            m.put("clientName", client == null ? view.t(req, "deleted_client") : client.name());
            m.put("clientExists", client != null);
            m.put("visitId", r.visitId());
            out.add(m);
        }
        return out;
    }

    /**
     * The counts above a list, of the whole day or client (from SQL, not from the page): one badge
     * per status, each a link to the list of that status ({@code base} plus {@code &status=}).
     */
    List<Map<String, Object>> counts(PluginRequest req, PlanHistory.Slice slice, String base) {
        List<Map<String, Object>> out = new ArrayList<>();
        slice.counts().forEach((status, n) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("status", status);
            m.put("label", view.t(req, "status." + status));
            m.put("n", n);
            m.put("href", base + "&status=" + status);
            m.put("current", status.equals(slice.status()));
            out.add(m);
        });
        return out;
    }

    /** "Showing 1–100 of 954" when the page is not the whole list, else empty. */
    String showing(PluginRequest req, PlanHistory.Slice slice) {
        if (slice.offset() == 0 && !slice.more()) {
            return "";
        }
        int first = slice.rows().isEmpty() ? slice.offset() : slice.offset() + 1;
        return view.t(req, "log.showing", first, slice.offset() + slice.rows().size(), slice.total());
    }

    /**
     * A stored reason (plain English, also what the API answers) in the reader's language: looked up
     * as {@code admin.reason.<words_joined_by_underscores>}; a reason with details after a colon keeps
     * them; one the bundle does not know is shown as stored.
     */
    private String reason(PluginRequest req, String stored) {
        if (stored == null || stored.isBlank()) {
            return "";
        }
        String whole = reasonKey(stored);
        String said = view.t(req, whole);
        if (!said.equals(whole)) {
            return said;
        }
        int colon = stored.indexOf(": ");
        if (colon < 0) {
            return stored;
        }
        String head = reasonKey(stored.substring(0, colon));
        String saidHead = view.t(req, head);
        return saidHead.equals(head) ? stored : saidHead + stored.substring(colon);
    }

    private static String reasonKey(String text) {
        return "reason." + text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }
}
