package app.atelier.web.reports;

import app.atelier.core.AtelierCore;
import app.atelier.core.common.InvalidInputException;
import app.atelier.core.reports.ReportQuery;
import app.atelier.core.reports.ReportsService;
import app.atelier.core.reports.Tabular;
import app.atelier.web.http.Access;
import app.atelier.web.http.ApiRoutes;
import app.atelier.web.http.Params;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The owner's reports, for owners and administrators (and API keys). Every report takes
 * {@code from}/{@code to} (salon-local dates, both included; default the last 30 days) and the filters
 * {@code staffId}, {@code category}, {@code source}, {@code tag}; see {@link ReportsService} and each
 * result type for the definitions. {@code Accept: text/csv} or {@code ?format=csv} answers the report's
 * table as CSV with a header row instead of JSON.
 */
public final class ReportRoutes {
    private static final String CSV = "text/csv; charset=utf-8";

    private final AtelierCore core;
    private final Access access;

    public ReportRoutes(AtelierCore core, Access access) {
        this.core = core;
        this.access = access;
    }

    public void register(ApiRoutes routes) {
        ReportsService reports = core.reports();
        routes.tag("reports")
                .get("/api/v1/reports", "The reports and their parameters", ctx -> {
                    access.desk(ctx);
                    ctx.json(catalogue());
                })
                .get("/api/v1/reports/returnability", "Share of the period's new clients back within ?days (30/60/90), "
                        + "by master, source, first category and month; the previous period's clients back in this one", ctx ->
                        send(ctx, "returnability", reports.returnability(salon(ctx), query(ctx), optionalInt(ctx, "days"))))
                .get("/api/v1/reports/lost-clients", "Lost (?thresholdDays) and sleeping (?k × usual interval) clients as of ?to, "
                        + "?sort=value|lastVisit|visits, ?limit&offset", ctx -> {
                    long salonId = salon(ctx);
                    boolean csv = wantsCsv(ctx);
                    Integer limit = optionalInt(ctx, "limit");
                    send(ctx, "lost-clients", reports.lostClients(salonId, query(ctx), optionalInt(ctx, "thresholdDays"),
                            ctx.queryParam("k"), ctx.queryParam("sort"), limit == null && csv ? Integer.valueOf(ReportsService.MAX_ROWS) : limit,
                            optionalInt(ctx, "offset")));
                })
                .get("/api/v1/reports/sources", "New clients per source: returnability within ?days, revenue and average bill", ctx ->
                        send(ctx, "sources", reports.sources(salon(ctx), query(ctx), optionalInt(ctx, "days"))))
                .get("/api/v1/reports/top-clients", "Clients ranked ?by=revenue|visits|averageBill with their share, ?limit", ctx ->
                        send(ctx, "top-clients", reports.topClients(salon(ctx), query(ctx), ctx.queryParam("by"), optionalInt(ctx, "limit"))))
                .get("/api/v1/reports/masters", "Master rating: revenue, visits, average bill, new clients' returnability, "
                        + "moved/lost shares (?lostDays), no-show rate, occupancy", ctx ->
                        send(ctx, "masters", reports.masters(salon(ctx), query(ctx), optionalInt(ctx, "days"),
                                optionalInt(ctx, "lostDays"))))
                .get("/api/v1/reports/category-gaps", "Per category the clients who use others but never it; "
                        + "?category lists them (?limit&offset)", ctx -> {
                    long salonId = salon(ctx);
                    Integer limit = optionalInt(ctx, "limit");
                    send(ctx, "category-gaps", reports.categoryGaps(salonId, query(ctx),
                            limit == null && wantsCsv(ctx) ? Integer.valueOf(ReportsService.MAX_ROWS) : limit,
                            optionalInt(ctx, "offset")));
                })
                .get("/api/v1/reports/category-gaps/clients/{id}", "The categories one client used (up to ?to) and never used", ctx ->
                        send(ctx, "client-categories", reports.clientCategories(salon(ctx), Params.id(ctx, "id"), ctx.queryParam("to"))))
                .get("/api/v1/reports/activity", "Visits and revenue by weekday × hour (salon time)", ctx ->
                        send(ctx, "activity", reports.activity(salon(ctx), query(ctx))));
    }

    private long salon(Context ctx) {
        return access.desk(ctx).requireSalon();
    }

    private static ReportQuery query(Context ctx) {
        return new ReportQuery(ctx.queryParam("from"), ctx.queryParam("to"), Params.optionalLong(ctx, "staffId"),
                ctx.queryParam("category"), ctx.queryParam("source"), ctx.queryParam("tag"));
    }

    private static Integer optionalInt(Context ctx, String name) {
        Long value = Params.optionalLong(ctx, name);
        if (value == null) {
            return null;
        }
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw InvalidInputException.of(name, "is out of range");
        }
        return value.intValue();
    }

    /** {@code ?format=csv}, or no format and an Accept header that asks for text/csv. */
    private static boolean wantsCsv(Context ctx) {
        String format = ctx.queryParam("format");
        if (format != null && !format.isBlank()) {
            if (!format.equals("csv") && !format.equals("json")) {
                throw InvalidInputException.of("format", "must be json or csv");
            }
            return format.equals("csv");
        }
        String accept = ctx.header("Accept");
        return accept != null && accept.toLowerCase(java.util.Locale.ROOT).contains("text/csv");
    }

    private void send(Context ctx, String name, Tabular report) {
        if (wantsCsv(ctx)) {
            String currency = core.salons().get(access.desk(ctx).requireSalon()).currency();
            String period = periodOf(ctx);
            ctx.contentType(CSV)
                    .header("Content-Disposition", "attachment; filename=\"" + name + period + ".csv\"")
                    .result(report.table().toCsv(currency));
        } else {
            ctx.json(report);
        }
    }

    private static String periodOf(Context ctx) {
        String from = ctx.queryParam("from");
        String to = ctx.queryParam("to");
        StringBuilder s = new StringBuilder();
        for (String d : new String[] {from, to}) {
            if (d != null && d.matches("\\d{4}-\\d{2}-\\d{2}")) {
                s.append('_').append(d);
            }
        }
        return s.toString();
    }

    private static Map<String, Object> catalogue() {
        Map<String, Object> common = new LinkedHashMap<>();
        common.put("from", "first day, YYYY-MM-DD, salon time (default: 29 days before to)");
        common.put("to", "last day, YYYY-MM-DD (default: today)");
        common.put("staffId", "a master");
        common.put("category", "a service category");
        common.put("source", "a client source");
        common.put("tag", "a client tag");
        common.put("format", "json (default) or csv; or send Accept: text/csv");
        Map<String, Object> reports = new LinkedHashMap<>();
        reports.put("returnability", Map.of("days", "return window, 1-365 (default 30)"));
        reports.put("lost-clients", Map.of("thresholdDays", "lost after (default 90)", "k", "sleeping after k × usual interval (default 2)",
                "sort", "value | lastVisit | visits", "limit", "rows (default 100; CSV: all)", "offset", "skip rows"));
        reports.put("sources", Map.of("days", "return window (default 30)"));
        reports.put("top-clients", Map.of("by", "revenue | visits | averageBill", "limit", "rows (default 20)"));
        reports.put("masters", Map.of("days", "return window (default 30)", "lostDays", "a client is lost after (default 90)"));
        reports.put("category-gaps", Map.of("category", "list the clients who never used it", "limit", "rows (default 100)",
                "offset", "skip rows"));
        reports.put("category-gaps/clients/{id}", Map.of("to", "as of (default today)"));
        reports.put("activity", Map.of());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("parameters", common);
        body.put("reports", reports);
        return body;
    }
}
