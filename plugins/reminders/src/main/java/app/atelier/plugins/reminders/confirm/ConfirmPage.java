package app.atelier.plugins.reminders.confirm;

import app.atelier.api.PluginContext;
import app.atelier.api.Salon;
import app.atelier.api.data.ActionRejectedException;
import app.atelier.api.data.StaffView;
import app.atelier.api.data.VisitView;
import app.atelier.api.web.PluginRequest;
import app.atelier.plugins.reminders.send.MessageBuilder;
import app.atelier.plugins.reminders.template.Facts;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The client's answer to a confirmation request: {@code /s/{slug}/reminders/confirm/{token}} shows
 * the visit with Confirm and Cancel buttons; the buttons POST back (a GET never changes anything,
 * so a mail scanner following the link confirms nothing). The same as JSON under
 * {@code /api/v1/public/{slug}/reminders/confirm/{token}}. The signed token is the only credential.
 */
public final class ConfirmPage {
    private static final String TEMPLATE = "templates/reminders/confirm.peb";

    private final PluginContext context;
    private final SalonSecrets secrets;

    public ConfirmPage(PluginContext context) {
        this.context = context;
        this.secrets = new SalonSecrets(context);
    }

    /** What a visit's answer came to. */
    enum Outcome { ASK, CONFIRMED, CANCELLED, ALREADY_CONFIRMED, CLOSED }

    public void show(Context ctx, PluginRequest req) {
        Optional<VisitView> visit = visit(req);
        if (visit.isEmpty()) {
            page(ctx, req, null, Outcome.CLOSED, 404, "cancel".equals(ctx.queryParam("action")));
            return;
        }
        Outcome outcome = !answerable(visit.get()) ? Outcome.CLOSED
                : "confirmed".equals(visit.get().status()) ? Outcome.ALREADY_CONFIRMED : Outcome.ASK;
        page(ctx, req, visit.get(), outcome, 200, "cancel".equals(ctx.queryParam("action")));
    }

    public void answerForm(Context ctx, PluginRequest req) {
        String action = ctx.formParam("action");
        Optional<VisitView> visit = visit(req);
        if (visit.isEmpty()) {
            page(ctx, req, null, Outcome.CLOSED, 404, false);
            return;
        }
        Outcome outcome = answer(req.salon(), visit.get(), action);
        page(ctx, req, context.salonData().visit(req.salon().id(), visit.get().id()).orElse(visit.get()), outcome, 200, false);
    }

    public void showJson(Context ctx, PluginRequest req) {
        VisitView visit = visit(req).orElseThrow(() -> new NotFoundResponse("this link is not valid"));
        ctx.json(json(req.salon(), visit, null));
    }

    public void answerJson(Context ctx, PluginRequest req) {
        VisitView visit = visit(req).orElseThrow(() -> new NotFoundResponse("this link is not valid"));
        Object body;
        try {
            body = ctx.bodyAsClass(Object.class);
        } catch (Exception e) {
            throw new BadRequestResponse("the body must be JSON: {\"action\": \"confirm\"}");
        }
        String action = body instanceof Map<?, ?> map && map.get("action") instanceof String s ? s : null;
        Outcome outcome = answer(req.salon(), visit, action);
        ctx.json(json(req.salon(), context.salonData().visit(req.salon().id(), visit.id()).orElse(visit), outcome));
    }

    private Outcome answer(Salon salon, VisitView visit, String action) {
        if (!"confirm".equals(action) && !"cancel".equals(action)) {
            throw new BadRequestResponse("action must be confirm or cancel", Map.of("action", "must be confirm or cancel"));
        }
        if (!answerable(visit)) {
            return "confirmed".equals(visit.status()) && "confirm".equals(action) && !started(visit)
                    ? Outcome.ALREADY_CONFIRMED : Outcome.CLOSED;
        }
        try {
            if ("confirm".equals(action)) {
                if ("confirmed".equals(visit.status())) {
                    return Outcome.ALREADY_CONFIRMED;
                }
                context.salonActions().confirm(salon.id(), visit.id());
                return Outcome.CONFIRMED;
            }
            context.salonActions().cancel(salon.id(), visit.id());
            return Outcome.CANCELLED;
        } catch (ActionRejectedException e) {
            // changed a moment ago (e.g. cancelled by the salon): say it cannot be answered any more
            return Outcome.CLOSED;
        }
    }

    /** An open visit that has not started can be confirmed or cancelled. */
    private boolean answerable(VisitView visit) {
        return ("booked".equals(visit.status()) || "confirmed".equals(visit.status())) && !started(visit);
    }

    private boolean started(VisitView visit) {
        return !context.clock().instant().isBefore(visit.start());
    }

    private Optional<VisitView> visit(PluginRequest req) {
        long salonId = req.salon().id();
        return Tokens.verify(secrets.of(salonId), salonId, req.pathParam("token"))
                .flatMap(id -> context.salonData().visit(salonId, id));
    }

    private void page(Context ctx, PluginRequest req, VisitView visit, Outcome outcome, int status, boolean cancelFirst) {
        Salon salon = req.salon();
        ResourceBundle texts = context.messages(salon.locale());
        Map<String, Object> model = new HashMap<>();
        model.put("lang", MessageBuilder.lang(salon));
        model.put("salon", salon.name());
        model.put("title", texts.getString("page.title"));
        model.put("outcome", outcome.name().toLowerCase(java.util.Locale.ROOT));
        model.put("message", texts.getString("page." + outcome.name().toLowerCase(java.util.Locale.ROOT)));
        model.put("confirmLabel", texts.getString("page.confirm"));
        model.put("cancelLabel", texts.getString("page.cancel"));
        model.put("cancelFirst", cancelFirst);
        // a booked visit can be confirmed; an open one that has not started can still be cancelled
        model.put("canConfirm", visit != null && "booked".equals(visit.status()) && answerable(visit));
        model.put("canCancel", visit != null && answerable(visit));
        if (visit != null) {
            Map<String, String> facts = Facts.of(salon, MessageBuilder.lang(salon)).visitStart(visit.start()).values();
            model.put("when", facts.get("weekday") + ", " + facts.get("date") + ", " + facts.get("time"));
            model.put("master", master(salon, visit));
        }
        ctx.status(status);
        ctx.render(TEMPLATE, model);
    }

    private Map<String, Object> json(Salon salon, VisitView visit, Outcome outcome) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("visitId", visit.id());
        m.put("status", visit.status());
        m.put("start", visit.start().toString());
        m.put("startLocal", visit.start().atZone(salon.zone()).toLocalDateTime().toString());
        m.put("master", master(salon, visit));
        m.put("canAnswer", answerable(visit));
        if (outcome != null) {
            m.put("outcome", outcome.name().toLowerCase(java.util.Locale.ROOT));
        }
        return m;
    }

    private String master(Salon salon, VisitView visit) {
        return context.salonData().staff(salon.id()).stream().filter(m -> m.id() == visit.staffId()).map(StaffView::name)
                .findFirst().orElse("");
    }
}
