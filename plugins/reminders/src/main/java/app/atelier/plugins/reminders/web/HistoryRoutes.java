package app.atelier.plugins.reminders.web;

import app.atelier.api.PluginContext;
import app.atelier.api.data.ClientView;
import app.atelier.api.data.VisitView;
import app.atelier.api.web.PluginRequest;
import app.atelier.plugins.reminders.RemindersSettings;
import app.atelier.plugins.reminders.clients.ChannelPrefs;
import app.atelier.plugins.reminders.plan.PlanRow;
import app.atelier.plugins.reminders.plan.PlanStore;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Instant;
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
    private static final int LIMIT = 500;

    private final PluginContext context;
    private final ChannelPrefs prefs;

    HistoryRoutes(PluginContext context) {
        this.context = context;
        this.prefs = new ChannelPrefs(context);
    }

    void due(Context ctx, PluginRequest req) {
        Http.require(req, Http.DESK);
        ZoneId zone = req.salon().zone();
        LocalDate day;
        String date = ctx.queryParam("date");
        try {
            day = date == null || date.isBlank() ? context.clock().instant().atZone(zone).toLocalDate() : LocalDate.parse(date.trim());
        } catch (DateTimeParseException e) {
            throw Http.bad("date", "must be a date like 2026-12-01");
        }
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
        List<PlanRow> rows = context.database().withHandle(h -> PlanStore.dueBetween(h, req.salon().id(), from, to, LIMIT));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("date", day.toString());
        answer.put("zone", zone.getId());
        answer.put("rows", rows.stream().map(r -> Rows.json(r, zone)).toList());
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
        List<PlanRow> rows = context.database().withHandle(h -> PlanStore.ofClient(h, salonId, client.id(), LIMIT));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("clientId", client.id());
        answer.put("consent", client.messageConsent());
        answer.put("channel", preferred != null ? preferred : s.channel());
        if (preferred != null) {
            answer.put("preferredChannel", preferred);
        }
        answer.put("rows", rows.stream().map(r -> Rows.json(r, req.salon().zone())).toList());
        ctx.json(answer);
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

    /** Rows due on the salon's today, as the JSON and the panel page show them. */
    List<Map<String, Object>> dueToday(PluginRequest req) {
        ZoneId zone = req.salon().zone();
        LocalDate day = context.clock().instant().atZone(zone).toLocalDate();
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
        return context.database().withHandle(h -> PlanStore.dueBetween(h, req.salon().id(), from, to, LIMIT)).stream()
                .map(r -> Rows.json(r, zone)).toList();
    }

    /** Upcoming booked visits whose confirmation request went unanswered. */
    List<Map<String, Object>> unconfirmedVisits(PluginRequest req) {
        long salonId = req.salon().id();
        Instant now = context.clock().instant();
        List<PlanRow> requests = context.database().withHandle(h -> PlanStore.sentRequests(h, salonId, now, LIMIT));
        Map<Long, Map<String, Object>> byVisit = new LinkedHashMap<>();
        for (PlanRow row : requests) {
            VisitView visit = context.salonData().visit(salonId, row.visitId()).orElse(null);
            if (visit == null || !"booked".equals(visit.status()) || !visit.start().isAfter(now)) {
                continue;  // answered (confirmed or cancelled), or already begun
            }
            ClientView client = context.salonData().client(salonId, visit.clientId()).orElse(null);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("visitId", visit.id());
            m.put("clientId", visit.clientId());
            m.put("clientName", client == null ? null : client.name());
            m.put("phone", client == null ? null : client.phone());
            m.put("start", visit.start().toString());
            m.put("startLocal", visit.start().atZone(req.salon().zone()).toLocalDateTime().toString());
            m.put("requestedAt", row.updatedAt().toString());
            m.put("messageId", row.messageId());
            m.values().removeIf(java.util.Objects::isNull);
            byVisit.put(visit.id(), m);  // a moved visit's later request replaces the earlier one
        }
        return new ArrayList<>(byVisit.values());
    }

    private ClientView client(PluginRequest req) {
        long clientId = Http.id(req, "clientId");
        return context.salonData().client(req.salon().id(), clientId)
                .orElseThrow(() -> new NotFoundResponse("there is no client " + clientId + " in this salon"));
    }
}
