package app.atelier.web.channels;

import app.atelier.core.AtelierCore;
import app.atelier.core.common.InvalidInputException;
import app.atelier.core.common.NotFoundException;
import app.atelier.web.http.Access;
import app.atelier.web.http.ApiRoutes;
import app.atelier.web.http.Bodies;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The salon's message channels: SMTP for email, the HTTP gateway for SMS. Secrets are never sent back. */
public final class ChannelRoutes {
    private static final Set<String> SECRET_KEYS = Set.of("password", "headers");

    private final AtelierCore core;
    private final Access access;
    private final Bodies bodies;

    public ChannelRoutes(AtelierCore core, Access access, Bodies bodies) {
        this.core = core;
        this.access = access;
        this.bodies = bodies;
    }

    record QuietHoursRequest(String start, String end) {
    }

    public void register(ApiRoutes routes) {
        routes.tag("channels")
                .get("/api/v1/notifications/quiet-hours", "When the salon sends nothing (salon-local; default 21:00-09:00)", ctx -> {
                    var window = core.notifications().quietHours().of(access.desk(ctx).requireSalon());
                    ctx.json(Map.of("start", window.start().toString(), "end", window.end().toString()));
                })
                .put("/api/v1/notifications/quiet-hours", "Set the quiet window; equal start and end switch it off (owner)", ctx -> {
                    long salonId = access.owner(ctx).requireSalon();
                    QuietHoursRequest r = bodies.read(ctx, QuietHoursRequest.class);
                    var window = core.notifications().quietHours().set(salonId, r.start(), r.end());
                    ctx.json(Map.of("start", window.start().toString(), "end", window.end().toString()));
                })
                .get("/api/v1/channels/{channel}", "A channel's configuration, secrets masked (owner)", ctx -> {
                    long salonId = access.owner(ctx).requireSalon();
                    Map<String, String> config = core.notifications().configs().get(salonId, ctx.pathParam("channel"))
                            .orElseThrow(() -> new NotFoundException("channel configuration"));
                    Map<String, String> masked = new LinkedHashMap<>(config);
                    SECRET_KEYS.forEach(k -> masked.computeIfPresent(k, (key, v) -> v.isEmpty() ? v : "********"));
                    ctx.json(masked);
                })
                .put("/api/v1/channels/{channel}", "Configure email (host, port, from, username, password, starttls) or "
                        + "sms (url, method, headers, body) (owner)", ctx -> {
                    long salonId = access.owner(ctx).requireSalon();
                    Map<String, Object> raw = bodies.readMap(ctx);
                    Map<String, String> config = new LinkedHashMap<>();
                    raw.forEach((k, v) -> {
                        if (v != null && !(v instanceof String || v instanceof Number || v instanceof Boolean)) {
                            throw InvalidInputException.of(k, "must be a string, number or boolean");
                        }
                        if (v != null) {
                            config.put(k, v.toString());
                        }
                    });
                    core.notifications().configs().put(salonId, ctx.pathParam("channel"), config);
                    ctx.status(204);
                });
    }
}
