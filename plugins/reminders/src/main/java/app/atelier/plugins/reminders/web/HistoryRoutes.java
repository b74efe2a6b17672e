package app.atelier.plugins.reminders.web;

import app.atelier.api.PluginContext;
import app.atelier.api.data.ClientView;
import app.atelier.api.data.VisitView;
import app.atelier.api.web.PluginRequest;
import app.atelier.plugins.reminders.RemindersSettings;
import app.atelier.plugins.reminders.clients.ChannelPrefs;
import app.atelier.plugins.reminders.history.PlanHistory;
import app.atelier.plugins.reminders.plan.PlanRow;
import app.atelier.plugins.reminders.plan.PlanStore;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What was planned, sent, skipped and why: per day, per visit, per client, and the visits whose
 * confirmation request went unanswered. The host's delivery log ({@code GET /api/v1/clients/{id}/messages})
 * tells what became of each queued message; {@code messageId} links the two.
 */
final class HistoryRoutes {
    private final PluginContext context;
    private final ChannelPrefs prefs;
    private final PlanHistory history;

    HistoryRoutes(PluginContext context) {
        this.context = context;
        this.prefs = new ChannelPrefs(context);
        this.history = new PlanHistory(context);
    }

    void due(Context ctx, PluginRequest req) {
        Http.require(req, Http.DESK);
        ZoneId zone = req.salon().zone();
        LocalDate day;
        String date = ctx.queryParam("date");
        try {
            day = date == null || date.isBlank() ? history.today(req.salon()) : LocalDate.parse(date.trim());
        } catch (DateTimeParseException e) {
            throw Http.bad("date", "must be a date like 2026-12-01");
        }
        PlanHistory.Slice slice = history.dueOn(req.salon(), day, status(ctx), number(ctx, "offset", 0, Integer.MAX_VALUE, 0),
                number(ctx, "limit", 1, PlanHistory.LIMIT, PlanHistory.LIMIT));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("date", day.toString());
        answer.put("zone", zone.getId());
        page(answer, slice, zone);
        ctx.json(answer);
    }

    void visit(Context ctx, PluginRequest req) {
        Http.require(req, Http.DESK);
        long visitId = Http.id(req, "visitId");
        long salonId = req.salon().id();
        VisitView visit = context.salonData().visit(salonId, visitId)
                .orElseThrow(() -> new NotFoundResponse("there is no visit " + visitId + " in this salon"));
        List<PlanRow> rows = context.database().withHandle(h -> PlanStore.ofVisit(h, salonId, visitId));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("visitId", visitId);
        answer.put("clientId", visit.clientId());
        answer.put("status", visit.status());
        answer.put("start", visit.start().toString());
        answer.put("rows", rows.stream().map(r -> Rows.json(r, req.salon().zone())).toList());
        ctx.json(answer);
    }

    void client(Context ctx, PluginRequest req) {
        Http.require(req, Http.DESK);
        long salonId = req.salon().id();
        ClientView client = client(req);
        RemindersSettings s = RemindersSettings.of(context.settings(salonId));
        String preferred = prefs.of(salonId, client.id()).orElse(null);
        PlanHistory.Slice slice = history.ofClient(salonId, client.id(), status(ctx),
                number(ctx, "offset", 0, Integer.MAX_VALUE, 0), number(ctx, "limit", 1, PlanHistory.LIMIT, PlanHistory.LIMIT));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("clientId", client.id());
        answer.put("consent", client.messageConsent());
        answer.put("channel", preferred != null ? preferred : s.channel());
        if (preferred != null) {
            answer.put("preferredChannel", preferred);
        }
        page(answer, slice, req.salon().zone());
        ctx.json(answer);
    }

    /**
     * A page of rows with what tells a caller it is one: {@code total} rows match ({@code status}
     * or all), {@code counts} per status over the whole day or client, {@code offset} and
     * {@code more} (ask again with {@code ?offset=} for the next page).
     */
    private static void page(Map<String, Object> answer, PlanHistory.Slice slice, ZoneId zone) {
        answer.put("total", slice.total());
        answer.put("counts", slice.counts());
        answer.put("offset", slice.offset());
        answer.put("more", slice.more());
        answer.put("rows", slice.rows().stream().map(r -> Rows.json(r, zone)).toList());
    }

    /** {@code ?status=}: one of the plan statuses, or absent for any. */
    private static String status(Context ctx) {
        String status = ctx.queryParam("status");
        if (status == null || status.isBlank()) {
            return null;
        }
        if (!PlanRow.STATUSES.contains(status.trim())) {
            throw Http.bad("status", "must be one of " + PlanRow.STATUSES);
        }
        return status.trim();
    }

    private static int number(Context ctx, String name, int min, int max, int absent) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            int n = Integer.parseInt(text.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw Http.bad(name, "must be a whole number from " + min + " to " + max);
    }

    void setChannel(Context ctx, PluginRequest req) {
        Http.require(req, Http.DESK);
        ClientView client = client(req);
        Map<?, ?> body = Http.body(ctx, "{\"channel\": \"email\"} (null for the salon's default)");
        String channel = Http.optionalText(body, "channel");
        if (channel != null && !RemindersSettings.CHANNELS.contains(channel)) {
            throw Http.bad("channel", "must be one of " + RemindersSettings.CHANNELS + " or null");
        }
        prefs.set(req.salon().id(), client.id(), channel, context.clock().instant());
        client(ctx, req);
    }

    void unconfirmed(Context ctx, PluginRequest req) {
        Http.require(req, Http.DESK);
        ctx.json(Map.of("visits", unconfirmedVisits(req)));
    }

    /** Upcoming booked visits whose confirmation request went unanswered, as JSON. */
    private List<Map<String, Object>> unconfirmedVisits(PluginRequest req) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (PlanHistory.Unanswered u : history.unconfirmed(req.salon().id())) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("visitId", u.visit().id());
            m.put("clientId", u.visit().clientId());
            m.put("clientName", u.client() == null ? null : u.client().name());
            m.put("phone", u.client() == null ? null : u.client().phone());
            m.put("start", u.visit().start().toString());
            m.put("startLocal", u.visit().start().atZone(req.salon().zone()).toLocalDateTime().toString());
            m.put("requestedAt", u.request().updatedAt().toString());
            m.put("messageId", u.request().messageId());
            m.values().removeIf(java.util.Objects::isNull);
            out.add(m);
        }
        return out;
    }

    private ClientView client(PluginRequest req) {
        long clientId = Http.id(req, "clientId");
        return context.salonData().client(req.salon().id(), clientId)
                .orElseThrow(() -> new NotFoundResponse("there is no client " + clientId + " in this salon"));
    }
}
