package app.atelier.plugins.bonus.web;

import app.atelier.api.PluginContext;
import app.atelier.api.web.PluginRequest;
import app.atelier.api.web.PluginRoutes;
import app.atelier.plugins.bonus.gifts.GiftService;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code POST /api/v1/bonus/gifts}: the owner grants points to one client or a segment. */
final class GiftRoutes {
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
        GiftService.Request request = GiftInput.read(Fields.of(ctx), req.salon().zone(), context.clock().instant());
        String key = ctx.header("Idempotency-Key");
        if (key != null && (key.isBlank() || key.length() > 200)) {
            throw new BadRequestResponse("Idempotency-Key: must be 1-200 characters");
        }
        GiftService gifts = new GiftService(context);
        List<Long> recipients = gifts.recipients(req.salon(), request);
        if (request.clientId() != null && recipients.isEmpty()) {
            throw new NotFoundResponse("no such client");
        }
        GiftService.Granted g = gifts.grant(req.salon(), request, recipients, req.userId(), key == null ? null : "api:" + key);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("giftId", g.giftId());
        body.put("clients", g.clients());
        body.put("amount", request.amount());
        body.put("total", g.total());
        body.put("expiresAt", request.expiresAt() == null ? null : request.expiresAt().toString());
        body.put("replayed", g.replayed());
        ctx.status(g.giftId() == null || g.replayed() ? 200 : 201).json(body);
    }
}
