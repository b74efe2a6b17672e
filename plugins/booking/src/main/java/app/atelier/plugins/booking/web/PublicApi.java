package app.atelier.plugins.booking.web;

import app.atelier.api.PluginContext;
import app.atelier.api.Salon;
import app.atelier.api.data.StaffView;
import app.atelier.api.data.VisitView;
import app.atelier.api.web.PluginHandler;
import app.atelier.api.web.PluginRequest;
import app.atelier.api.web.PluginRoutes;
import app.atelier.plugins.booking.BookingSettings;
import app.atelier.plugins.booking.Parts;
import app.atelier.plugins.booking.book.BookingForm;
import app.atelier.plugins.booking.book.BookingRefused;
import app.atelier.plugins.booking.book.BookingService;
import app.atelier.plugins.booking.catalog.OnlineCatalog;
import app.atelier.plugins.booking.slots.SlotFinder;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The booking half of the public JSON API under {@code /api/v1/public/{salonSlug}/booking/…}: the
 * same steps as the pages, for a branded app. Every answer carries the salon's CORS header for a
 * listed origin; every path also answers the CORS preflight.
 */
final class PublicApi {
    private final Parts parts;
    private final PluginContext context;
    private final Set<String> preflighted = new HashSet<>();

    PublicApi(Parts parts) {
        this.parts = parts;
        this.context = parts.context();
    }

    void register(PluginRoutes routes) {
        route(routes, "GET", "booking/services", "Services clients may book online, with prices", this::services);
        route(routes, "GET", "booking/staff", "Masters who take all of ?serviceIds=1,2", this::staff);
        route(routes, "GET", "booking/days", "Days with free times for ?serviceIds&staffId", this::days);
        route(routes, "GET", "booking/slots", "Free times on ?date for ?serviceIds and ?staffId (or any)", this::slots);
        route(routes, "POST", "booking/bookings", "Book: {serviceIds, staffId, start, name, phone, promoCode, code}",
                this::book);
        new CabinetApi(parts).register(routes, this::route);
    }

    /** Declares a route, and once per path its CORS preflight. */
    void route(PluginRoutes routes, String method, String path, String summary, PluginHandler handler) {
        routes.publicApi(method, path, summary, (ctx, req) -> {
            Cors.allow(ctx, settings(req));
            handler.handle(ctx, req);
        });
        if (preflighted.add(path)) {
            routes.publicApi("OPTIONS", path, "CORS preflight", (ctx, req) -> Cors.preflight(ctx, settings(req)));
        }
    }

    private void services(Context ctx, PluginRequest req) {
        Salon salon = req.salon();
        Texts texts = Texts.of(context, salon);
        BookingSettings s = settings(req);
        List<Map<String, Object>> services = parts.catalog().services(salon.id(), s.defaultBufferMinutes()).stream()
                .map(o -> service(o, texts)).toList();
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("name", salon.name());
        info.put("currency", salon.currency());
        info.put("locale", salon.locale().toLanguageTag());
        info.put("zone", salon.zone().getId());
        info.put("address", s.salonAddress());
        info.put("phone", s.salonPhone());
        info.put("promoCodes", parts.referrals().available(salon.id()));
        info.put("confirmPhone", s.confirmPhone());
        ctx.json(Map.of("salon", info, "services", services));
    }

    private void staff(Context ctx, PluginRequest req) {
        List<Long> ids = Params.ids(ctx.queryParams("serviceIds"), "serviceIds");
        List<StaffView> masters = parts.catalog().staffFor(req.salon().id(), ids);
        ctx.json(Map.of("staff", masters.stream().map(m -> Map.of("id", m.id(), "name", m.name())).toList()));
    }

    private void days(Context ctx, PluginRequest req) {
        Choice choice = choice(ctx, req);
        LocalDate today = context.clock().instant().atZone(req.salon().zone()).toLocalDate();
        LocalDate last = today.plusDays(choice.settings().horizonDays());
        SlotFinder.Search search = choice.search(parts, req.salon(), today, last);
        ctx.json(Map.of("days", search.days(today, last).stream().map(LocalDate::toString).toList()));
    }

    private void slots(Context ctx, PluginRequest req) {
        Choice choice = choice(ctx, req);
        Salon salon = req.salon();
        LocalDate today = context.clock().instant().atZone(salon.zone()).toLocalDate();
        LocalDate date = Params.date(ctx.queryParam("date"), today);
        Texts texts = Texts.of(context, salon);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("date", date.toString());
        answer.put("durationMinutes", choice.duration());
        answer.put("price", OnlineCatalog.price(choice.offers()));
        answer.put("priceText", texts.money(OnlineCatalog.price(choice.offers())));
        answer.put("slots", Json.slots(choice.search(parts, salon, date, date).on(date), texts));
        ctx.json(answer);
    }

    private void book(Context ctx, PluginRequest req) {
        Salon salon = req.salon();
        Map<?, ?> body = Json.body(ctx, "{\"serviceIds\": [1], \"staffId\": null, \"start\": \"2026-12-02T10:00\", "
                + "\"name\": \"Anna\", \"phone\": \"+79161234567\"}");
        String channel = Json.text(body, "channel");
        BookingForm form = new BookingForm(Json.ids(body, "serviceIds"), Params.optionalId(Json.text(body, "staffId"), "staffId"),
                Params.start(Json.text(body, "start"), salon.zone()), Json.text(body, "name"), Json.text(body, "phone"),
                Json.text(body, "promoCode"), Json.text(body, "code"), Json.text(body, "website"),
                "true".equals(Json.text(body, "consent")), channel == null ? "online" : channel, Params.ip(ctx));
        Texts texts = Texts.of(context, salon);
        try {
            BookingService.Outcome outcome = parts.bookings().book(salon, form);
            if (outcome instanceof BookingService.CodeSent sent) {
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("codeRequired", true);
                answer.put("phone", sent.maskedPhone());
                answer.put("message", texts.t("codeSentTo", sent.maskedPhone()));
                if (sent.demoCode() != null) {
                    answer.put("demoCode", sent.demoCode());
                }
                ctx.status(202).json(answer);
                return;
            }
            BookingService.Booked booked = (BookingService.Booked) outcome;
            VisitView v = booked.visit();
            Map<String, Object> answer = Json.visit(v);
            answer.put("visitId", v.id());
            answer.put("when", texts.when(v.start()));
            answer.put("manageUrl", parts.links().managePath(salon.slug(), salon.id(), v.id()));
            answer.put("calendarUrl", parts.links().calendarPath(salon.slug(), salon.id(), v.id()));
            if (booked.referralMessage() != null) {
                answer.put("referral", Map.of("accepted", booked.referralAccepted(), "message", booked.referralMessage()));
            }
            ctx.status(201).json(answer);
        } catch (BookingRefused e) {
            Json.refuse(ctx, e, texts);
        }
    }

    private Choice choice(Context ctx, PluginRequest req) {
        List<Long> ids = Params.ids(ctx.queryParams("serviceIds"), "serviceIds");
        if (ids.isEmpty()) {
            throw Params.bad("serviceIds", "must name at least one service, e.g. serviceIds=1,2");
        }
        Long staffId = Params.optionalId(ctx.queryParam("staffId"), "staffId");
        return Choice.of(parts, req.salon(), ids, staffId).orElseThrow(() -> new NotFoundResponse(
                "no such combination: a service is not offered online, or the master does not take it"));
    }

    private Map<String, Object> service(OnlineCatalog.Offer o, Texts texts) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", o.service().id());
        m.put("name", o.service().name());
        m.put("category", o.service().category());
        m.put("durationMinutes", o.service().durationMinutes());
        m.put("price", o.service().price());
        m.put("priceText", texts.money(o.service().price()));
        return m;
    }

    private BookingSettings settings(PluginRequest req) {
        return BookingSettings.of(context.settings(req.salon().id()));
    }

    /** How {@link CabinetApi} declares its routes through {@link #route}. */
    interface Router {
        void route(PluginRoutes routes, String method, String path, String summary, PluginHandler handler);
    }
}
