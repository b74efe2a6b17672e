package app.atelier.plugins.discounts.web;

import app.atelier.api.PluginContext;
import app.atelier.api.web.PluginRoutes;
import app.atelier.plugins.discounts.manual.LogPeriod;
import app.atelier.plugins.discounts.manual.ManualLog;
import app.atelier.plugins.discounts.manual.ManualLogEntry;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/discounts/manual-log?from&to}: who gave which manual discount, for owners and
 * administrators. {@code from} and {@code to} are salon-local dates (both days included) or instants;
 * by default the last 30 days (see {@link LogPeriod}).
 */
final class ManualLogRoutes {
    private final PluginContext context;

    ManualLogRoutes(PluginContext context) {
        this.context = context;
    }

    void register(PluginRoutes routes) {
        routes.api("GET", "manual-log", "Manual discounts given at checkout, with who gave them and why (?from&to, owner, admin)",
                Http.guarded((ctx, req) -> {
                    Http.requireManager(req);
                    ZoneId zone = req.salon().zone();
                    LogPeriod period = LogPeriod.parse(ctx.queryParam("from"), ctx.queryParam("to"), zone, context.clock().instant());
                    List<ManualLogEntry> rows = ManualLog.between(context.database(), req.salon().id(), period.from(), period.to(),
                            LogPeriod.MAX_ROWS);
                    ctx.json(Http.map("from", period.from().toString(), "to", period.to().toString(), "currency", req.salon().currency(),
                            "given", ManualLogEntry.total(rows, ManualLogEntry.GIVEN),
                            "refunded", ManualLogEntry.total(rows, ManualLogEntry.REFUNDED),
                            "entries", rows.stream().map(r -> json(r, zone)).toList()));
                }));
    }

    private static Map<String, Object> json(ManualLogEntry r, ZoneId zone) {
        return Http.map("id", r.id(), "visitId", r.visitId(), "clientId", r.clientId(), "entry", r.entry(), "amount", r.amount(),
                "percent", r.percent(), "requestedAmount", r.requestedAmount(), "reason", r.reason(),
                "userId", r.userId(), "givenBy", r.userId() == null ? "api key" : "user",
                "at", r.at().toString(), "localTime", r.at().atZone(zone).toLocalDateTime().toString());
    }
}
