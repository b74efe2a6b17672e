package app.atelier.plugins.booking.web;

import app.atelier.api.web.PluginRequest;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reading what the pages' forms and the app send: ids, lists of ids, dates and times. */
final class Params {
    private Params() {
    }

    /** {@code serviceIds=1,2} or {@code serviceIds=1&serviceIds=2}; empty when absent. */
    static List<Long> ids(List<String> raw, String name) {
        List<Long> ids = new ArrayList<>();
        for (String part : raw) {
            for (String one : part.split(",")) {
                if (one.isBlank()) {
                    continue;
                }
                ids.add(positive(one.trim(), name));
                if (ids.size() > 20) {
                    throw bad(name, "must list at most 20 ids");
                }
            }
        }
        return ids;
    }

    /** An optional id: blank or {@code any} is {@code null}. */
    static Long optionalId(String raw, String name) {
        return raw == null || raw.isBlank() || "any".equals(raw.trim()) ? null : positive(raw.trim(), name);
    }

    static long positive(String raw, String name) {
        try {
            long id = Long.parseLong(raw);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw bad(name, "must be a positive number");
    }

    /** A path id; a malformed one is simply not found (as a page would be). */
    static long pathId(PluginRequest req, String name) {
        try {
            long id = Long.parseLong(req.pathParam(name));
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // not found below
        }
        throw new NotFoundResponse("no such visit");
    }

    /** A date like 2026-12-02, or {@code fallback} when blank. */
    static LocalDate date(String raw, LocalDate fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw bad("date", "must be a date like 2026-12-02");
        }
    }

    /**
     * An instant with an offset ({@code 2026-12-02T07:00:00Z}) or a salon-local time
     * ({@code 2026-12-02T10:00}); a local time the clocks skip is refused.
     */
    static Instant start(String raw, ZoneId zone) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.trim();
        if (text.length() > 40) {
            throw bad("start", "must be a date and time like 2026-12-02T10:00");
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            // a salon-local time, below
        }
        try {
            LocalDateTime local = LocalDateTime.parse(text);
            ZonedDateTime zoned = ZonedDateTime.ofLocal(local, zone, null);
            if (!zoned.toLocalDateTime().equals(local)) {
                throw bad("start", "does not exist in " + zone + " (the clocks change then)");
            }
            return zoned.toInstant();
        } catch (DateTimeParseException e) {
            throw bad("start", "must be a date and time like 2026-12-02T10:00");
        }
    }

    static String ip(Context ctx) {
        String ip = ctx.ip();
        return ip == null || ip.isBlank() ? "unknown" : ip;
    }

    static BadRequestResponse bad(String field, String message) {
        return new BadRequestResponse(field + " " + message, Map.of(field, message));
    }
}
