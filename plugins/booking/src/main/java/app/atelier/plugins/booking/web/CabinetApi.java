package app.atelier.plugins.booking.web;

import app.atelier.api.PluginContext;
import app.atelier.api.Salon;
import app.atelier.api.data.VisitView;
import app.atelier.api.web.PluginRequest;
import app.atelier.api.web.PluginRoutes;
import app.atelier.plugins.booking.Parts;
import app.atelier.plugins.booking.book.BookingRefused;
import app.atelier.plugins.booking.cabinet.CabinetSessions;
import io.javalin.http.Context;
import io.javalin.http.UnauthorizedResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The cabinet half of the public JSON API under {@code /api/v1/public/{salonSlug}/cabinet/…}: a
 * one-time code, a session token for it, then the client's visits with {@code Authorization:
 * Bearer <token>}.
 */
final class CabinetApi {
    private final Parts parts;
    private final PluginContext context;

    CabinetApi(Parts parts) {
        this.parts = parts;
        this.context = parts.context();
    }

    void register(PluginRoutes routes, PublicApi.Router router) {
        router.route(routes, "POST", "cabinet/code", "Send a sign-in code to {phone} (the answer is the same for any phone)",
                this::code);
        router.route(routes, "POST", "cabinet/session", "Sign in with {phone, code}: a bearer token for the cabinet", this::signIn);
        router.route(routes, "DELETE", "cabinet/session", "Sign out (bearer token)", this::signOut);
        router.route(routes, "GET", "cabinet/visits", "The client's upcoming visits, history, totals and widgets (bearer token)",
                this::visits);
        router.route(routes, "POST", "cabinet/visits/{id}/cancel", "Cancel an upcoming visit within the policy (bearer token)",
                this::cancel);
        router.route(routes, "POST", "cabinet/visits/{id}/reschedule", "Move an upcoming visit to {start} (bearer token)",
                this::reschedule);
    }

    private void code(Context ctx, PluginRequest req) {
        Map<?, ?> body = Json.body(ctx, "{\"phone\": \"+79161234567\"}");
        Texts texts = Texts.of(context, req.salon());
        try {
            Map<String, Object> answer = new LinkedHashMap<>();
            parts.sessions().requestCode(req.salon(), Json.text(body, "phone"), Params.ip(ctx))
                    .ifPresent(code -> answer.put("demoCode", code));
            answer.put("message", texts.t("codeMaybeSent"));
            ctx.status(202).json(answer);
        } catch (BookingRefused e) {
            Json.refuse(ctx, e, texts);
        }
    }

    private void signIn(Context ctx, PluginRequest req) {
        Map<?, ?> body = Json.body(ctx, "{\"phone\": \"+79161234567\", \"code\": \"123456\"}");
        try {
            String token = parts.sessions().signIn(req.salon(), Json.text(body, "phone"), Json.text(body, "code"), Params.ip(ctx));
            Instant expires = context.clock().instant().plus(CabinetSessions.LIFETIME);
            ctx.status(201).json(Map.of("token", token, "expiresAt", expires.toString()));
        } catch (BookingRefused e) {
            Json.refuse(ctx, e, Texts.of(context, req.salon()));
        }
    }

    private void signOut(Context ctx, PluginRequest req) {
        parts.sessions().signOut(req.salon(), bearer(ctx));
        ctx.status(204);
    }

    private void visits(Context ctx, PluginRequest req) {
        ctx.json(parts.cabinet().of(req.salon(), phone(ctx, req.salon())));
    }

    private void cancel(Context ctx, PluginRequest req) {
        Salon salon = req.salon();
        VisitView visit = CabinetVisits.own(parts, salon, phone(ctx, salon), Params.pathId(req, "id"));
        try {
            ctx.json(Json.visit(parts.changes().cancel(salon, visit)));
        } catch (BookingRefused e) {
            Json.refuse(ctx, e, Texts.of(context, salon));
        }
    }

    private void reschedule(Context ctx, PluginRequest req) {
        Salon salon = req.salon();
        VisitView visit = CabinetVisits.own(parts, salon, phone(ctx, salon), Params.pathId(req, "id"));
        Map<?, ?> body = Json.body(ctx, "{\"start\": \"2026-12-03T11:00\"}");
        try {
            ctx.json(Json.visit(parts.changes().reschedule(salon, visit, Params.start(Json.text(body, "start"), salon.zone()))));
        } catch (BookingRefused e) {
            Json.refuse(ctx, e, Texts.of(context, salon));
        }
    }

    /** The phone of the bearer token's session; 401 without a live one. */
    private String phone(Context ctx, Salon salon) {
        return parts.sessions().phoneOf(salon, bearer(ctx)).orElseThrow(() -> {
            ctx.header("WWW-Authenticate", "Bearer");
            return new UnauthorizedResponse("sign in first: POST cabinet/code, then cabinet/session, then send "
                    + "Authorization: Bearer <token>");
        });
    }

    private static String bearer(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return header.substring(7).trim();
    }
}
