package app.atelier.plugins.discounts.web;

import app.atelier.api.PluginContext;
import app.atelier.api.web.PluginRoutes;
import app.atelier.plugins.discounts.input.InvalidInput;
import app.atelier.plugins.discounts.manual.ManualLog;
import app.atelier.plugins.discounts.manual.ManualLogEntry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/discounts/manual-log?from&to}: who gave which manual discount, for owners and
 * administrators. {@code from} and {@code to} are salon-local dates (both days included) or instants;
 * by default the last 30 days.
 */
final class ManualLogRoutes {
    private static final Duration MAX_RANGE = Duration.ofDays(367);
    private static final int LIMIT = 2000;
    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");
    private final PluginContext context;

    ManualLogRoutes(PluginContext context) {
        this.context = context;
    }

    void register(PluginRoutes routes) {
        routes.api("GET", "manual-log", "Manual discounts given at checkout, with who gave them and why (?from&to, owner, admin)",
                Http.guarded((ctx, req) -> {
                    Http.requireManager(req);
                    ZoneId zone = req.salon().zone();
                    Instant now = context.clock().instant();
                    Instant to = bound(ctx.queryParam("to"), "to", zone, true, now.plus(Duration.ofDays(1)));
                    Instant from = bound(ctx.queryParam("from"), "from", zone, false, to.minus(Duration.ofDays(31)));
                    if (!to.isAfter(from) || Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
                        throw InvalidInput.of("to", "must be after from and at most a year later");
                    }
                    List<ManualLogEntry> rows = ManualLog.between(context.database(), req.salon().id(), from, to, LIMIT);
                    long given = rows.stream().filter(r -> r.entry().equals(ManualLogEntry.GIVEN)).mapToLong(ManualLogEntry::amount).sum();
                    long refunded = rows.stream().filter(r -> r.entry().equals(ManualLogEntry.REFUNDED))
                            .mapToLong(ManualLogEntry::amount).sum();
                    ctx.json(Http.map("from", from.toString(), "to", to.toString(), "currency", req.salon().currency(),
                            "given", given, "refunded", refunded, "entries", rows.stream().map(r -> json(r, zone)).toList()));
                }));
    }

    /** A date means the start of that day (for {@code to}: of the next day, so the day is included). */
    private static Instant bound(String value, String field, ZoneId zone, boolean end, Instant otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        Instant instant;
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                instant = (end ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
            } else {
                instant = Instant.parse(value);
            }
        } catch (DateTimeParseException e) {
            throw InvalidInput.of(field, "must be a date such as 2026-12-01 or an instant such as 2026-12-01T09:00:00Z");
        }
        // rows are kept as epoch milliseconds: a far-off year would overflow them
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw InvalidInput.of(field, "must be between the years 1900 and 9999");
        }
        return instant;
    }

    private static Map<String, Object> json(ManualLogEntry r, ZoneId zone) {
        return Http.map("id", r.id(), "visitId", r.visitId(), "clientId", r.clientId(), "entry", r.entry(), "amount", r.amount(),
                "percent", r.percent(), "requestedAmount", r.requestedAmount(), "reason", r.reason(),
                "userId", r.userId(), "givenBy", r.userId() == null ? "api key" : "user",
                "at", r.at().toString(), "localTime", r.at().atZone(zone).toLocalDateTime().toString());
    }
}
