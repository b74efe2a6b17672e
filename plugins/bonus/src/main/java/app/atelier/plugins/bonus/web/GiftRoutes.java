package app.atelier.plugins.bonus.web;

import app.atelier.api.PluginContext;
import app.atelier.api.web.PluginRequest;
import app.atelier.api.web.PluginRoutes;
import app.atelier.plugins.bonus.gifts.GiftService;
import app.atelier.plugins.bonus.gifts.Segment;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code POST /api/v1/bonus/gifts}: the owner grants points to one client or a segment. */
final class GiftRoutes {
    private static final long MAX_GIFT = 1_000_000_000L;

    private final PluginContext context;

    GiftRoutes(PluginContext context) {
        this.context = context;
    }

    void register(PluginRoutes routes) {
        routes.api("POST", "gifts", "Grant points: {clientId | segment: {tag, minSpent, maxSpent, sleepingDays}, amount, reason, "
                + "expiresAt (date or instant)}; optional Idempotency-Key header (owner)", this::grant);
    }

    private void grant(Context ctx, PluginRequest req) {
        Roles.owner(req);
        Fields f = Fields.of(ctx);
        Long clientId = f.number("clientId", false, 1, Long.MAX_VALUE);
        Fields s = f.object("segment");
        if ((clientId == null) == (s == null)) {
            f.error("clientId", "give either clientId or segment, not both and not neither");
        }
        Segment segment = s == null ? null : segment(s);
        Long amount = f.number("amount", true, 1, MAX_GIFT);
        String reason = f.text("reason", true, 200);
        Instant expiresAt = expiry(f, req.salon().zone());
        f.check();
        String key = ctx.header("Idempotency-Key");
        if (key != null && (key.isBlank() || key.length() > 200)) {
            throw new BadRequestResponse("Idempotency-Key: must be 1-200 characters");
        }
        GiftService gifts = new GiftService(context);
        GiftService.Request request = new GiftService.Request(clientId, segment, amount, reason, expiresAt);
        List<Long> recipients = gifts.recipients(req.salon(), request);
        if (clientId != null && recipients.isEmpty()) {
            throw new NotFoundResponse("no such client");
        }
        GiftService.Granted g = gifts.grant(req.salon(), request, recipients, req.userId(), key == null ? null : "api:" + key);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("giftId", g.giftId());
        body.put("clients", g.clients());
        body.put("amount", amount);
        body.put("total", g.total());
        body.put("expiresAt", expiresAt == null ? null : expiresAt.toString());
        body.put("replayed", g.replayed());
        ctx.status(g.giftId() == null || g.replayed() ? 200 : 201).json(body);
    }

    private static Segment segment(Fields s) {
        String tag = s.text("tag", false, 100);
        Long min = s.number("minSpent", false, 0, ProgramInput.MAX_MONEY);
        Long max = s.number("maxSpent", false, 0, ProgramInput.MAX_MONEY);
        Long sleeping = s.number("sleepingDays", false, 1, 3650);
        if (tag == null && min == null && max == null && sleeping == null) {
            s.error("tag", "give at least one of tag, minSpent, maxSpent, sleepingDays");
        }
        if (min != null && max != null && min > max) {
            s.error("maxSpent", "must not be below minSpent");
        }
        return new Segment(tag, min, max, sleeping == null ? null : sleeping.intValue());
    }

    /**
     * {@code 2027-01-10} means the points last through that salon-local day; an instant with an
     * offset means exactly then. Either must be in the future.
     */
    private Instant expiry(Fields f, ZoneId zone) {
        String text = f.text("expiresAt", false, 40);
        if (text == null) {
            return null;
        }
        Instant at;
        try {
            at = text.length() == 10 ? LocalDate.parse(text).plusDays(1).atStartOfDay(zone).toInstant()
                    : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            f.error("expiresAt", "must be a date like 2027-01-10 or an instant like 2027-01-10T21:00:00Z");
            return null;
        }
        if (!at.isAfter(context.clock().instant())) {
            f.error("expiresAt", "must be in the future");
            return null;
        }
        return at;
    }
}
