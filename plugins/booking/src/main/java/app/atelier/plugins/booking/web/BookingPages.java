package app.atelier.plugins.booking.web;

import app.atelier.api.PluginContext;
import app.atelier.api.Salon;
import app.atelier.api.data.StaffView;
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
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The booking pages, one step each, plain links and forms (no script needed): services → master →
 * day and time → name and phone (and promo code) → booked, or a one-time code first.
 */
final class BookingPages {
    private final Parts parts;
    private final PluginContext context;

    BookingPages(Parts parts) {
        this.parts = parts;
        this.context = parts.context();
    }

    void register(PluginRoutes routes) {
        routes.publicPage("GET", "booking", "Online booking: choose services", Pages.html(context, this::services))
                .publicPage("GET", "booking/master", "Online booking: choose a master or any", Pages.html(context, this::masters))
                .publicPage("GET", "booking/time", "Online booking: choose a day and a free time", Pages.html(context, this::times))
                .publicPage("GET", "booking/details", "Online booking: name and phone", Pages.html(context, this::details))
                .publicPage("POST", "booking", "Online booking: book (or send the one-time code first)", Pages.html(context, this::book));
    }

    private void services(Context ctx, PluginRequest req) {
        Salon salon = req.salon();
        Texts texts = Texts.of(context, salon);
        Map<String, Object> model = Pages.model(context, salon, texts);
        BookingSettings s = BookingSettings.of(context.settings(salon.id()));
        Map<String, List<Map<String, Object>>> groups = new LinkedHashMap<>();
        for (OnlineCatalog.Offer o : parts.catalog().services(salon.id(), s.defaultBufferMinutes())) {
            String category = o.service().category() == null ? "" : o.service().category();
            groups.computeIfAbsent(category, k -> new ArrayList<>()).add(Map.of("id", o.service().id(),
                    "name", o.service().name(), "minutes", o.service().durationMinutes(), "price", texts.money(o.service().price())));
        }
        List<Map<String, Object>> list = new ArrayList<>();
        groups.forEach((category, services) -> list.add(Map.of("category", category, "services", services)));
        model.put("groups", list);
        if (ctx.queryParam("missing") != null) {
            model.put("error", texts.t("errorServices"));
        }
        Pages.render(ctx, 200, "services", model);
    }

    private void masters(Context ctx, PluginRequest req) {
        Optional<Choice> choice = choice(ctx, req, false);
        if (choice.isEmpty()) {
            return;
        }
        Texts texts = Texts.of(context, req.salon());
        Map<String, Object> model = Pages.model(context, req.salon(), texts);
        model.put("choice", choice.get().summary(texts));
        List<Map<String, Object>> masters = new ArrayList<>();
        for (StaffView m : choice.get().masters()) {
            masters.add(Map.of("id", m.id(), "name", m.name()));
        }
        model.put("masters", masters);
        Pages.render(ctx, 200, "masters", model);
    }

    private void times(Context ctx, PluginRequest req) {
        Optional<Choice> choice = choice(ctx, req, true);
        if (choice.isEmpty()) {
            return;
        }
        Salon salon = req.salon();
        Texts texts = Texts.of(context, salon);
        Map<String, Object> model = Pages.model(context, salon, texts);
        SlotFinder.Search search = searchAll(choice.get(), salon);
        List<LocalDate> days = search.days(search.query().today(), search.query().lastDay());
        LocalDate date = Params.date(ctx.queryParam("date"), days.isEmpty() ? search.query().today() : days.get(0));
        List<Map<String, Object>> dayLinks = new ArrayList<>();
        for (LocalDate d : days) {
            dayLinks.add(Map.of("date", d.toString(), "label", texts.day(d), "selected", d.equals(date)));
        }
        model.put("choice", choice.get().summary(texts));
        model.put("days", dayLinks);
        model.put("date", date.toString());
        model.put("dateText", texts.longDay(date));
        model.put("times", Pages.times(search.on(date), texts));
        model.put("horizonDays", choice.get().settings().horizonDays());
        if (ctx.queryParam("gone") != null) {
            model.put("error", texts.t("refusedTaken"));
        }
        Pages.render(ctx, 200, "times", model);
    }

    private void details(Context ctx, PluginRequest req) {
        Optional<Choice> choice = choice(ctx, req, true);
        if (choice.isEmpty()) {
            return;
        }
        Salon salon = req.salon();
        Instant start = Params.start(ctx.queryParam("start"), salon.zone());
        LocalDate day = start == null ? null : start.atZone(salon.zone()).toLocalDate();
        if (start == null || choice.get().search(parts, salon, day, day).on(day).stream().noneMatch(s -> s.start().equals(start))) {
            ctx.redirect(timesPath(salon, choice.get()) + (day == null ? "" : "&date=" + day) + "&gone=1", HttpStatus.SEE_OTHER);
            return;
        }
        Texts texts = Texts.of(context, salon);
        Map<String, Object> model = detailsModel(salon, texts, choice.get(), start);
        model.put("form", Map.of("consent", true));
        Pages.render(ctx, 200, "details", model);
    }

    private void book(Context ctx, PluginRequest req) {
        Salon salon = req.salon();
        Texts texts = Texts.of(context, salon);
        List<Long> serviceIds = Params.ids(ctx.formParams("serviceIds"), "serviceIds");
        Long staffId = Params.optionalId(ctx.formParam("staffId"), "staffId");
        Instant start = Params.start(ctx.formParam("start"), salon.zone());
        BookingForm form = new BookingForm(serviceIds, staffId, start, ctx.formParam("name"), ctx.formParam("phone"),
                ctx.formParam("promoCode"), ctx.formParam("code"), ctx.formParam("website"), ctx.formParam("consent") != null,
                "online", Params.ip(ctx));
        Map<String, Object> echo = new LinkedHashMap<>();
        echo.put("name", nz(form.name()));
        echo.put("phone", nz(form.phone()));
        echo.put("promoCode", nz(form.promoCode()));
        echo.put("consent", form.consent());
        try {
            BookingService.Outcome outcome = parts.bookings().book(salon, form);
            if (outcome instanceof BookingService.Booked booked) {
                ctx.redirect(parts.links().managePath(salon.slug(), salon.id(), booked.visit().id()) + "&new=1"
                        + (booked.referralMessage() == null ? "" : "&ref=" + (booked.referralAccepted() ? "1" : "0")),
                        HttpStatus.SEE_OTHER);
                return;
            }
            BookingService.CodeSent sent = (BookingService.CodeSent) outcome;
            Choice choice = Choice.of(parts, salon, serviceIds, staffId).orElseThrow();
            Map<String, Object> model = detailsModel(salon, texts, choice, start);
            model.put("form", echo);
            model.put("maskedPhone", sent.maskedPhone());
            model.put("demoCode", sent.demoCode());
            Pages.render(ctx, 200, "code", model);
        } catch (BookingRefused e) {
            Optional<Choice> choice = serviceIds.isEmpty() ? Optional.empty() : Choice.of(parts, salon, serviceIds, staffId);
            if (choice.isEmpty() || start == null) {
                ctx.redirect("/s/" + salon.slug() + "/booking?missing=1", HttpStatus.SEE_OTHER);
                return;
            }
            Map<String, Object> model = detailsModel(salon, texts, choice.get(), start);
            model.put("form", echo);
            Pages.refusal(model, e, texts);
            Pages.render(ctx, e.reason().status, e.reason() == BookingRefused.Reason.CODE_WRONG ? "code" : "details", model);
        }
    }

    private Map<String, Object> detailsModel(Salon salon, Texts texts, Choice choice, Instant start) {
        Map<String, Object> model = Pages.model(context, salon, texts);
        model.put("choice", choice.summary(texts));
        model.put("start", start.toString());
        model.put("when", texts.when(start));
        model.put("promo", parts.referrals().available(salon.id()));
        model.put("timesPath", timesPath(salon, choice));
        return model;
    }

    /** The choice from the query; answers the services page itself (and returns empty) when it is not valid. */
    private Optional<Choice> choice(Context ctx, PluginRequest req, boolean withStaff) {
        Salon salon = req.salon();
        List<Long> serviceIds = Params.ids(ctx.queryParams("serviceIds"), "serviceIds");
        Long staffId = withStaff ? Params.optionalId(ctx.queryParam("staffId"), "staffId") : null;
        Optional<Choice> choice = serviceIds.isEmpty() ? Optional.empty() : Choice.of(parts, salon, serviceIds, staffId);
        if (choice.isEmpty()) {
            ctx.redirect("/s/" + salon.slug() + "/booking?missing=1", HttpStatus.SEE_OTHER);
        }
        return choice;
    }

    private SlotFinder.Search searchAll(Choice choice, Salon salon) {
        LocalDate today = context.clock().instant().atZone(salon.zone()).toLocalDate();
        return choice.search(parts, salon, today, today.plusDays(choice.settings().horizonDays()));
    }

    private static String timesPath(Salon salon, Choice choice) {
        return "/s/" + salon.slug() + "/booking/time?serviceIds=" + choice.serviceParam() + "&staffId=" + choice.staffParam();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
