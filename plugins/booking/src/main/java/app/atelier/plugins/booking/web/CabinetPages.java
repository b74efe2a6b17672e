package app.atelier.plugins.booking.web;

import app.atelier.api.PluginContext;
import app.atelier.api.Salon;
import app.atelier.api.data.VisitView;
import app.atelier.api.web.PluginRequest;
import app.atelier.api.web.PluginRoutes;
import app.atelier.plugins.booking.Parts;
import app.atelier.plugins.booking.book.BookingRefused;
import app.atelier.plugins.booking.cabinet.CabinetSessions;
import app.atelier.plugins.booking.links.Secrets;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.util.Map;
import java.util.Optional;

/**
 * The client cabinet's pages: sign in with phone and one-time code, then upcoming visits (cancel,
 * change time through the visit's signed page), history, totals and other plugins' widgets.
 *
 * <p>The session cookie is HttpOnly and SameSite=Lax, scoped to the salon's cabinet path; the
 * cabinet's forms also carry a token derived from the session, so a form posted from elsewhere
 * changes nothing.
 */
final class CabinetPages {
    static final String COOKIE = "atelier_cabinet";

    private final Parts parts;
    private final PluginContext context;

    CabinetPages(Parts parts) {
        this.parts = parts;
        this.context = parts.context();
    }

    void register(PluginRoutes routes) {
        routes.publicPage("GET", "cabinet", "Client cabinet: sign-in, or the client's visits", Pages.html(context, this::show))
                .publicPage("POST", "cabinet/code", "Client cabinet: send a one-time code to the phone", Pages.html(context, this::code))
                .publicPage("POST", "cabinet/session", "Client cabinet: sign in with the one-time code", Pages.html(context, this::signIn))
                .publicPage("POST", "cabinet/signout", "Client cabinet: sign out", Pages.html(context, this::signOut))
                .publicPage("POST", "cabinet/visits/{id}/cancel", "Client cabinet: cancel an upcoming visit",
                        Pages.html(context, this::cancel));
    }

    private void show(Context ctx, PluginRequest req) {
        Salon salon = req.salon();
        Texts texts = Texts.of(context, salon);
        Map<String, Object> model = Pages.model(context, salon, texts);
        String token = ctx.cookie(COOKIE);
        Optional<String> phone = parts.sessions().phoneOf(salon, token);
        if (phone.isEmpty()) {
            Pages.render(ctx, 200, "signin", model);
            return;
        }
        model.put("cabinet", parts.cabinet().of(salon, phone.get()));
        model.put("csrf", csrf(salon, token));
        if (ctx.queryParam("cancelled") != null) {
            model.put("notice", texts.t("cancelledNotice"));
        }
        Pages.render(ctx, 200, "cabinet", model);
    }

    private void code(Context ctx, PluginRequest req) {
        Salon salon = req.salon();
        Texts texts = Texts.of(context, salon);
        Map<String, Object> model = Pages.model(context, salon, texts);
        String phone = ctx.formParam("phone");
        model.put("phone", phone == null ? "" : phone);
        try {
            parts.sessions().requestCode(salon, phone, Params.ip(ctx)).ifPresent(code -> model.put("demoCode", code));
            model.put("codeStep", true);
            model.put("notice", texts.t("codeMaybeSent"));
            Pages.render(ctx, 200, "signin", model);
        } catch (BookingRefused e) {
            model.put("error", e.getMessage());
            Pages.render(ctx, e.reason().status, "signin", model);
        }
    }

    private void signIn(Context ctx, PluginRequest req) {
        Salon salon = req.salon();
        String phone = ctx.formParam("phone");
        try {
            String token = parts.sessions().signIn(salon, phone, ctx.formParam("code"), Params.ip(ctx));
            ctx.cookie(new Cookie(COOKIE, token, path(salon), (int) CabinetSessions.LIFETIME.toSeconds(), secure(ctx), true, null,
                    SameSite.LAX));
            ctx.redirect(path(salon), HttpStatus.SEE_OTHER);
        } catch (BookingRefused e) {
            Texts texts = Texts.of(context, salon);
            Map<String, Object> model = Pages.model(context, salon, texts);
            model.put("phone", phone == null ? "" : phone);
            model.put("codeStep", e.reason() == BookingRefused.Reason.CODE_WRONG || e.reason() == BookingRefused.Reason.RATE_LIMITED);
            model.put("error", e.getMessage());
            Pages.render(ctx, e.reason().status, "signin", model);
        }
    }

    private void signOut(Context ctx, PluginRequest req) {
        String token = ctx.cookie(COOKIE);
        if (token != null && csrf(req.salon(), token).equals(ctx.formParam("csrf"))) {
            parts.sessions().signOut(req.salon(), token);
        }
        ctx.cookie(new Cookie(COOKIE, "", path(req.salon()), 0, secure(ctx), true, null, SameSite.LAX));
        ctx.redirect(path(req.salon()), HttpStatus.SEE_OTHER);
    }

    private void cancel(Context ctx, PluginRequest req) {
        Salon salon = req.salon();
        String token = ctx.cookie(COOKIE);
        Optional<String> phone = parts.sessions().phoneOf(salon, token);
        if (phone.isEmpty() || !parts.secrets().verify(salon.id(), "csrf:" + Secrets.sha256(token), ctx.formParam("csrf"))) {
            ctx.redirect(path(salon), HttpStatus.SEE_OTHER);
            return;
        }
        VisitView visit = CabinetVisits.own(parts, salon, phone.get(), Params.pathId(req, "id"));
        try {
            parts.changes().cancel(salon, visit);
            ctx.redirect(path(salon) + "?cancelled=1", HttpStatus.SEE_OTHER);
        } catch (BookingRefused e) {
            Texts texts = Texts.of(context, salon);
            Map<String, Object> model = Pages.model(context, salon, texts);
            model.put("cabinet", parts.cabinet().of(salon, phone.get()));
            model.put("csrf", csrf(salon, token));
            model.put("error", e.getMessage());
            Pages.render(ctx, e.reason().status, "cabinet", model);
        }
    }

    private String csrf(Salon salon, String token) {
        return parts.secrets().sign(salon.id(), "csrf:" + Secrets.sha256(token));
    }

    private static String path(Salon salon) {
        return "/s/" + salon.slug() + "/cabinet";
    }

    private static boolean secure(Context ctx) {
        return "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    }
}
