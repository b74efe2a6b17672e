package app.atelier.plugins.discounts.admin;

import app.atelier.api.PluginContext;
import app.atelier.api.data.ClientView;
import app.atelier.api.web.PluginRequest;
import app.atelier.api.web.PluginRoutes;
import app.atelier.plugins.discounts.input.InvalidInput;
import app.atelier.plugins.discounts.manual.LogPeriod;
import app.atelier.plugins.discounts.manual.ManualLog;
import app.atelier.plugins.discounts.manual.ManualLogEntry;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /admin/discounts/manual-log?from&to}: who gave which manual discount at the till, when and
 * why, for the owner and administrators (the REST API's {@code manual-log} allows the same). The
 * period is read as the REST API reads it ({@link LogPeriod}); by default the last 30 days.
 */
final class ManualLogPage {
    private final PluginContext context;

    ManualLogPage(PluginContext context) {
        this.context = context;
    }

    void register(PluginRoutes routes) {
        routes.adminPage("GET", "manual-log", "Panel: manual discounts given at the till (?from&to, salon-local dates)",
                        Panel.forManagers(context, this::page))
                .adminMenu("manual-log", "menu.manualLog");
    }

    private void page(Context ctx, PluginRequest req, PanelTexts t) {
        ZoneId zone = req.salon().zone();
        String from = ctx.queryParam("from");
        // a person reads "until today" where the REST API's default runs to this time tomorrow: both hold every row so far
        String to = blank(ctx.queryParam("to")) ? context.clock().instant().atZone(zone).toLocalDate().toString() : ctx.queryParam("to");
        Map<String, Object> m = Panel.model(ctx, t);
        LogPeriod period;
        try {
            period = LogPeriod.parse(from, to, zone, context.clock().instant());
        } catch (InvalidInput e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.errors().forEach(f -> errors.merge(f.field(), FormErrors.word(f, FormErrors.Unit.PLAIN, t), (a, b) -> a + " " + b));
            m.put("errors", errors);
            m.put("from", from == null ? "" : from);
            m.put("to", to);
            m.put("entries", List.of());
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT).render("templates/discounts/admin-manual-log.peb", m);
            return;
        }
        List<ManualLogEntry> rows = ManualLog.between(context.database(), req.salon().id(), period.from(), period.to(),
                LogPeriod.MAX_ROWS);
        Map<Long, String> clients = new HashMap<>();
        m.put("errors", Map.of());
        // the dates the period covers, both days included, as the filter shows them
        m.put("from", blank(from) ? period.from().atZone(zone).toLocalDate().toString() : from);
        m.put("to", to);
        Map<Long, String> users = new HashMap<>();
        m.put("entries", rows.stream().map(r -> row(r, t, clientName(req.salon().id(), r.clientId(), clients),
                r.userId() == null ? t.t("log.apiKey") : userName(req.salon().id(), r.userId(), users, t))).toList());
        m.put("totals", t.t("log.totals", t.money(ManualLogEntry.total(rows, ManualLogEntry.GIVEN)),
                t.money(ManualLogEntry.total(rows, ManualLogEntry.REFUNDED))));
        m.put("truncated", rows.size() >= LogPeriod.MAX_ROWS ? t.t("log.truncated", LogPeriod.MAX_ROWS) : null);
        ctx.render("templates/discounts/admin-manual-log.peb", m);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Each client is looked up once per page, however many discounts they were given. */
    private String clientName(long salonId, long clientId, Map<Long, String> known) {
        return known.computeIfAbsent(clientId, id -> context.salonData().client(salonId, id).map(ClientView::name)
                .orElse("#" + id));
    }

    /** Each user is looked up once per page; one no longer in the salon keeps their number. */
    private String userName(long salonId, long userId, Map<Long, String> known, PanelTexts t) {
        return known.computeIfAbsent(userId, id -> context.salonData().userName(salonId, id).orElse(t.t("log.user", id)));
    }

    private static Map<String, Object> row(ManualLogEntry r, PanelTexts t, String client, String by) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("when", t.dateTime(r.at()));
        m.put("visitId", r.visitId());
        m.put("clientId", r.clientId());
        m.put("client", client);
        m.put("refund", ManualLogEntry.REFUNDED.equals(r.entry()));
        m.put("entry", t.t(ManualLogEntry.REFUNDED.equals(r.entry()) ? "log.refunded" : "log.given"));
        m.put("amount", t.money(r.amount()));
        m.put("typed", r.percent() != null ? t.percent(r.percent()) : r.requestedAmount() != null ? t.money(r.requestedAmount()) : "");
        m.put("reason", r.reason());
        m.put("by", by);
        return m;
    }
}
