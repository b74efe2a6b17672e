package app.atelier.plugins.booking.web;

import app.atelier.api.PluginContext;
import app.atelier.api.Salon;
import app.atelier.api.data.ServiceView;
import app.atelier.api.data.StaffView;
import app.atelier.api.data.VisitView;
import app.atelier.api.web.PluginRequest;
import app.atelier.api.web.PluginRoutes;
import app.atelier.plugins.booking.BookingSettings;
import app.atelier.plugins.booking.Parts;
import app.atelier.plugins.booking.book.BookingRefused;
import app.atelier.plugins.booking.book.BookingStore;
import app.atelier.plugins.booking.book.VisitChanges;
import app.atelier.plugins.booking.links.Ics;
import app.atelier.plugins.booking.slots.SlotFinder;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The page a signed link opens: the visit, its calendar file, and — while the cancellation policy
 * allows — cancel and reschedule (same master, same length). A link with a wrong signature is
 * simply not found.
 */
final class VisitPages {
    private final Parts parts;
    private final PluginContext context;

    VisitPages(Parts parts) {
        this.parts = parts;
        this.context = parts.context();
    }

    void register(PluginRoutes routes) {
        routes.publicPage("GET", "booking/visit/{id}", "A booked visit by its signed link: details, cancel, reschedule", Pages.html(context, this::show))
                .publicPage("GET", "booking/visit/{id}/calendar.ics", "The visit as an iCalendar file (signed link)", Pages.html(context, this::ics))
                .publicPage("POST", "booking/visit/{id}/cancel", "Cancel the visit (signed link, within the policy)", Pages.html(context, this::cancel))
                .publicPage("POST", "booking/visit/{id}/reschedule", "Move the visit to another free time (signed link)",
                        Pages.html(context, this::reschedule));
    }

    private VisitView visit(PluginRequest req, String signature) {
        long id = Params.pathId(req, "id");
        if (!parts.links().valid(req.salon().id(), id, signature)) {
            throw new NotFoundResponse("no such visit");
        }
        return context.salonData().visit(req.salon().id(), id).orElseThrow(() -> new NotFoundResponse("no such visit"));
    }

    private void show(Context ctx, PluginRequest req) {
        VisitView visit = visit(req, ctx.queryParam("sig"));
        Map<String, Object> model = model(ctx, req.salon(), visit, ctx.queryParam("date"));
        Texts texts = Texts.of(context, req.salon());
        if (ctx.queryParam("new") != null) {
            model.put("notice", texts.t("bookedNotice"));
        }
        if (ctx.queryParam("ref") != null) {
            model.put("promoNotice", texts.t("1".equals(ctx.queryParam("ref")) ? "promoAccepted" : "promoRefused"));
        }
        if (ctx.queryParam("moved") != null) {
            model.put("notice", texts.t("movedNotice"));
        }
        Pages.render(ctx, 200, "visit", model);
    }

    private void cancel(Context ctx, PluginRequest req) {
        String sig = ctx.formParam("sig");
        VisitView visit = visit(req, sig);
        try {
            parts.changes().cancel(req.salon(), visit);
            ctx.redirect(parts.links().managePath(req.salon().slug(), req.salon().id(), visit.id()), HttpStatus.SEE_OTHER);
        } catch (BookingRefused e) {
            Map<String, Object> model = model(ctx, req.salon(), visit, null);
            model.put("error", e.getMessage());
            Pages.render(ctx, e.reason().status, "visit", model);
        }
    }

    private void reschedule(Context ctx, PluginRequest req) {
        String sig = ctx.formParam("sig");
        VisitView visit = visit(req, sig);
        Instant start = Params.start(ctx.formParam("start"), req.salon().zone());
        try {
            parts.changes().reschedule(req.salon(), visit, start);
            ctx.redirect(parts.links().managePath(req.salon().slug(), req.salon().id(), visit.id()) + "&moved=1",
                    HttpStatus.SEE_OTHER);
        } catch (BookingRefused e) {
            Map<String, Object> model = model(ctx, req.salon(), visit, start == null ? null
                    : start.atZone(req.salon().zone()).toLocalDate().toString());
            Pages.refusal(model, e, Texts.of(context, req.salon()));
            Pages.render(ctx, e.reason().status, "visit", model);
        }
    }

    private void ics(Context ctx, PluginRequest req) {
        VisitView visit = visit(req, ctx.queryParam("sig"));
        Salon salon = req.salon();
        Texts texts = Texts.of(context, salon);
        BookingSettings s = BookingSettings.of(context.settings(salon.id()));
        List<String> services = serviceNames(salon, visit);
        String summary = (services.isEmpty() ? texts.t("icsVisit") : String.join(", ", services)) + " — " + salon.name();
        String url = ctx.scheme() + "://" + ctx.host() + parts.links().managePath(salon.slug(), salon.id(), visit.id());
        String body = Ics.event("visit-" + visit.id() + "@" + salon.slug() + ".atelier", context.clock().instant(), visit.start(),
                visit.end(), summary, s.salonAddress(), texts.t("icsDescription", url), url, "cancelled".equals(visit.status()));
        ctx.contentType("text/calendar; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"visit-" + visit.id() + ".ics\"");
        ctx.result(body);
    }

    private Map<String, Object> model(Context ctx, Salon salon, VisitView visit, String dateParam) {
        Texts texts = Texts.of(context, salon);
        BookingSettings s = BookingSettings.of(context.settings(salon.id()));
        Map<String, Object> model = Pages.model(context, salon, texts);
        String sig = parts.links().signature(salon.id(), visit.id());
        model.put("visitId", visit.id());
        model.put("sig", sig);
        model.put("when", texts.when(visit.start()));
        model.put("master", context.salonData().staff(salon.id()).stream().filter(m -> m.id() == visit.staffId())
                .map(StaffView::name).findFirst().orElse(""));
        model.put("services", serviceNames(salon, visit));
        model.put("status", visit.status());
        model.put("statusText", texts.t("status_" + visit.status()));
        model.put("calendarPath", parts.links().calendarPath(salon.slug(), salon.id(), visit.id()));
        model.put("managePath", parts.links().managePath(salon.slug(), salon.id(), visit.id()));
        boolean changeable = parts.changes().changeable(visit, s);
        model.put("changeable", changeable);
        if (!changeable && VisitChanges.open(visit)) {
            model.put("policy", parts.changes().refusal(visit, s, texts));
        }
        if (changeable) {
            LocalDate today = context.clock().instant().atZone(salon.zone()).toLocalDate();
            SlotFinder.Search search = parts.changes().search(salon, visit, today, today.plusDays(s.horizonDays()));
            List<LocalDate> days = search.days(today, today.plusDays(s.horizonDays()));
            LocalDate date = Params.date(dateParam, days.isEmpty() ? today : days.get(0));
            List<Map<String, Object>> dayLinks = new ArrayList<>();
            for (LocalDate d : days) {
                dayLinks.add(Map.of("date", d.toString(), "label", texts.day(d), "selected", d.equals(date)));
            }
            model.put("days", dayLinks);
            model.put("date", date.toString());
            model.put("times", Pages.times(search.on(date), texts));
        }
        return model;
    }

    private List<String> serviceNames(Salon salon, VisitView visit) {
        List<Long> ids = parts.store().find(salon.id(), visit.id()).map(BookingStore.Booked::serviceIds).orElse(List.of());
        List<ServiceView> all = context.salonData().services(salon.id());
        List<String> names = new ArrayList<>();
        for (long id : ids) {
            all.stream().filter(sv -> sv.id() == id).findFirst().ifPresent(sv -> names.add(sv.name()));
        }
        return names;
    }
}
