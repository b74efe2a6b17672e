package app.atelier.web.admin.calendar;

import app.atelier.web.admin.AdminRoutes;
import app.atelier.web.admin.Page;
import app.atelier.web.admin.Views;
import app.atelier.web.admin.Widgets;
import app.atelier.web.admin.FormErrors;
import app.atelier.core.AtelierCore;
import app.atelier.core.checkout.CheckoutRequest;
import app.atelier.core.checkout.CheckoutService;
import app.atelier.core.checkout.Payment;
import app.atelier.core.checkout.PricingRequest;
import app.atelier.core.checkout.PricingService;
import app.atelier.core.clients.Client;
import app.atelier.core.common.ConflictException;
import app.atelier.core.common.InvalidInputException;
import app.atelier.core.common.NotFoundException;
import app.atelier.core.staff.StaffMember;
import app.atelier.core.visits.BookingRequest;
import app.atelier.core.visits.ItemRequest;
import app.atelier.core.visits.Visit;
import app.atelier.web.http.ApiRoutes;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The calendar (a day per master, with the booking form), the visit card with its actions
 * (confirm, cancel, no-show, move), the live quote and the checkout. A master sees only their own
 * visits and changes nothing; the desk books, moves and checks out.
 */
public final class CalendarPages {
    private final AtelierCore core;

    public CalendarPages(AtelierCore core) {
        this.core = core;
    }

    public void register(AdminRoutes admin, ApiRoutes routes) {
        routes.raw(HandlerType.GET, "/admin/calendar", admin.page(AdminRoutes.Gate.ANY, (ctx, p) ->
                calendar(ctx, p, Map.of(), Map.of(), 200)));
        routes.raw(HandlerType.POST, "/admin/calendar/book", admin.page(AdminRoutes.Gate.DESK, this::book));
        routes.raw(HandlerType.GET, "/admin/visits/{id}", admin.page(AdminRoutes.Gate.ANY, (ctx, p) ->
                visitCard(ctx, p, visitOf(ctx, p), Map.of(), Map.of(), 200)));
        for (String action : List.of("confirm", "cancel", "no-show")) {
            routes.raw(HandlerType.POST, "/admin/visits/{id}/" + action, admin.page(AdminRoutes.Gate.DESK, (ctx, p) -> {
                Visit v = visitOf(ctx, p);
                try {
                    switch (action) {
                        case "confirm" -> core.visits().confirm(p.salonId(), v.id());
                        case "cancel" -> core.visits().cancel(p.salonId(), v.id());
                        default -> core.visits().noShow(p.salonId(), v.id());
                    }
                } catch (ConflictException | InvalidInputException e) {
                    visitCard(ctx, p, v, Map.of("action", e.getMessage()), Map.of(), 409);
                    return;
                }
                AdminRoutes.redirect(ctx, "/admin/visits/" + v.id());
            }));
        }
        routes.raw(HandlerType.POST, "/admin/visits/{id}/move", admin.page(AdminRoutes.Gate.DESK, (ctx, p) -> {
            Visit v = visitOf(ctx, p);
            Map<String, String> form = form(ctx, "date", "time", "staffId");
            try {
                Long staffId = form.get("staffId").isBlank() ? null : Long.parseLong(form.get("staffId"));
                core.visits().reschedule(p.salonId(), v.id(), form.get("date") + "T" + form.get("time"), staffId);
            } catch (InvalidInputException e) {
                visitCard(ctx, p, v, moveErrors(FormErrors.of(e)), form, 422);
                return;
            } catch (ConflictException e) {
                visitCard(ctx, p, v, Map.of("move_time", e.getMessage()), form, 409);
                return;
            }
            AdminRoutes.redirect(ctx, "/admin/visits/" + v.id());
        }));
        routes.raw(HandlerType.POST, "/admin/visits/{id}/quote", admin.page(AdminRoutes.Gate.DESK, (ctx, p) -> {
            Visit v = visitOf(ctx, p);
            Map<String, Object> m = p.model("calendar");
            m.put("v", new Views(core, p).visit(v));
            putQuote(m, p, v, form(ctx, "redeemBonus", "promoCode", "manualPercent", "manualReason"));
            ctx.render("templates/admin/quote.peb", m);
        }));
        routes.raw(HandlerType.POST, "/admin/visits/{id}/checkout", admin.page(AdminRoutes.Gate.DESK, this::checkout));
    }

    private Visit visitOf(Context ctx, Page p) {
        Visit v = core.visits().get(p.salonId(), Long.parseLong(ctx.pathParam("id")));
        if (p.master() && !Long.valueOf(v.staffId()).equals(p.user().staffId())) {
            throw new NotFoundException("visit");
        }
        return v;
    }

    private void calendar(Context ctx, Page p, Map<String, String> errors, Map<String, String> values, int status) {
        ZoneId zone = p.salon().zone();
        LocalDate day;
        try {
            day = ctx.queryParam("date") == null || ctx.queryParam("date").isBlank()
                    ? LocalDate.ofInstant(core.clock().instant(), zone) : LocalDate.parse(ctx.queryParam("date"));
        } catch (DateTimeException e) {
            day = LocalDate.ofInstant(core.clock().instant(), zone);
        }
        if (values.containsKey("date")) {
            try {
                day = LocalDate.parse(values.get("date"));
            } catch (DateTimeException e) {
                // keep the day shown
            }
        }
        List<StaffMember> staff = core.staff().list(p.salonId(), false);
        Long only = null;
        if (p.master()) {
            only = p.user().staffId() == null ? -1L : p.user().staffId();
        } else if (ctx.queryParam("staff") != null && !ctx.queryParam("staff").isBlank()) {
            only = Long.parseLong(ctx.queryParam("staff"));
        }
        boolean week = "week".equals(ctx.queryParam("view")) || "week".equals(values.get("view"));
        if (week && only == null && !staff.isEmpty()) {
            only = staff.get(0).id();
        }
        Views views = new Views(core, p);
        List<Map<String, Object>> columns = new ArrayList<>();
        LocalDate first = week ? day.with(java.time.DayOfWeek.MONDAY) : day;
        int days = week ? 7 : 1;
        Instant from = first.atStartOfDay(zone).toInstant();
        Instant to = first.plusDays(days).atStartOfDay(zone).toInstant();
        List<Visit> visits = core.visits().list(p.salonId(), from, to, only, null, 2000);
        views.prefetch(visits);
        if (week) {
            // one master's week: a column per day
            for (int i = 0; i < days; i++) {
                LocalDate d = first.plusDays(i);
                Instant dayFrom = d.atStartOfDay(zone).toInstant();
                Instant dayTo = d.plusDays(1).atStartOfDay(zone).toInstant();
                Map<String, Object> col = new LinkedHashMap<>();
                col.put("title", d.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, p.locale()) + " " + p.fmt().date(d));
                col.put("link", "/admin/calendar?date=" + d + "&staff=" + only);
                col.put("visits", visits.stream().filter(v -> !v.start().isBefore(dayFrom) && v.start().isBefore(dayTo))
                        .map(views::visit).toList());
                columns.add(col);
            }
        } else {
            for (StaffMember s : staff) {
                if (only != null && only != s.id()) {
                    continue;
                }
                Map<String, Object> col = new LinkedHashMap<>();
                col.put("title", s.name());
                col.put("link", "/admin/calendar?view=week&date=" + day + "&staff=" + s.id());
                col.put("visits", visits.stream().filter(v -> v.staffId() == s.id()).map(views::visit).toList());
                columns.add(col);
            }
        }
        Map<String, Object> m = p.model("calendar");
        m.put("day", day.toString());
        m.put("dayLabel", p.fmt().date(day));
        m.put("week", week);
        m.put("view", week ? "week" : "day");
        m.put("prev", day.minusDays(week ? 7 : 1).toString());
        m.put("next", day.plusDays(week ? 7 : 1).toString());
        m.put("columns", columns);
        m.put("staffFilter", only == null ? "" : String.valueOf(only));
        m.put("staffList", p.master() ? List.of() : staff);
        if (p.desk()) {
            m.put("services", core.catalog().listServices(p.salonId(), false));
            String clientParam = values.getOrDefault("clientId", ctx.queryParam("client"));
            Client chosen = null;
            if (clientParam != null && !clientParam.isBlank()) {
                try {
                    chosen = core.clients().find(p.salonId(), Long.parseLong(clientParam)).orElse(null);
                } catch (NumberFormatException e) {
                    chosen = null;
                }
            }
            m.put("chosenClient", chosen);
            if (chosen == null) {
                m.put("clients", core.clients().search(p.salonId(), null, 500, 0).clients());
            }
        }
        Map<String, String> form = new HashMap<>(values);
        form.putIfAbsent("date", day.toString());
        form.putIfAbsent("staffId", only == null ? "" : String.valueOf(only));
        m.put("form", form);
        m.put("errors", errors);
        ctx.status(status).render("templates/admin/calendar.peb", m);
    }

    private void book(Context ctx, Page p) {
        Map<String, String> form = form(ctx, "clientId", "staffId", "serviceId", "date", "time");
        Map<String, String> errors = new LinkedHashMap<>();
        Long clientId = parseId(form.get("clientId"), "clientId", errors, p);
        Long staffId = parseId(form.get("staffId"), "staffId", errors, p);
        Long serviceId = parseId(form.get("serviceId"), "serviceId", errors, p);
        if (form.get("time").isBlank()) {
            errors.put("time", p.t().get("error_required"));
        }
        if (form.get("date").isBlank()) {
            errors.put("date", p.t().get("error_required"));
        }
        if (errors.isEmpty()) {
            try {
                Visit v = core.visits().book(p.salonId(), new BookingRequest(clientId, staffId, form.get("date") + "T" + form.get("time"),
                        List.of(new ItemRequest(serviceId, null, null)), "admin"));
                AdminRoutes.redirect(ctx, "/admin/visits/" + v.id());
                return;
            } catch (InvalidInputException e) {
                errors.putAll(bookingErrors(FormErrors.of(e)));
            } catch (ConflictException e) {
                errors.put("time", e.getMessage());
            } catch (NotFoundException e) {
                errors.put("clientId", p.t().get("error_not_found"));
            }
        }
        calendar(ctx, p, errors, form, 422);
    }

    private void visitCard(Context ctx, Page p, Visit v, Map<String, String> errors, Map<String, String> values, int status) {
        Map<String, Object> m = p.model("calendar");
        Views views = new Views(core, p);
        m.put("v", views.visit(v));
        m.put("items", v.items());
        m.put("errors", errors);
        m.put("form", values);
        m.put("idempotencyKey", UUID.randomUUID().toString());
        core.checkout().bill(p.salonId(), v.id()).ifPresent(b -> m.put("bill", b));
        if (p.desk()) {
            m.put("widgets", Widgets.of(core, p.salon(), "visit_card", v.id()));
        }
        if (p.desk() && v.isOpen()) {
            m.put("staffList", core.staff().list(p.salonId(), false));
            m.put("moveDate", values.getOrDefault("date", p.fmt().isoDate(v.start())));
            m.put("moveTime", values.getOrDefault("time", p.fmt().time(v.start())));
            putQuote(m, p, v, values);
        }
        ctx.status(status).render("templates/admin/visit.peb", m);
    }

    /** Prices the open visit with the desk's options; a bad option shows next to its field. */
    private void putQuote(Map<String, Object> m, Page p, Visit v, Map<String, String> form) {
        Map<String, String> errors = new LinkedHashMap<>();
        Options o = options(p, form, errors);
        m.put("quoteErrors", errors);
        m.put("q", form);
        try {
            PricingService.Priced priced = core.checkout().quote(p.salonId(), v.id(),
                    new PricingRequest(o.redeem, o.promo, p.user().userId(), p.user().role().key(), o.options));
            m.put("quote", priced.bill());
            m.put("quoteWarnings", priced.warnings());
            m.put("quoteNotes", priced.notes());
        } catch (InvalidInputException e) {
            errors.putAll(FormErrors.of(e));
        }
    }

    private record Options(long redeem, String promo, Map<String, Map<String, Object>> options) {
    }

    private static Options options(Page p, Map<String, String> form, Map<String, String> errors) {
        long redeem = 0;
        try {
            Long r = p.fmt().parseMajor(form.get("redeemBonus"));
            redeem = r == null ? 0 : r;
            if (redeem < 0) {
                errors.put("redeemBonus", p.t().get("error_not_negative"));
                redeem = 0;
            }
        } catch (NumberFormatException | ArithmeticException e) {
            errors.put("redeemBonus", p.t().get("error_number"));
        }
        String promo = form.get("promoCode") == null || form.get("promoCode").isBlank() ? null : form.get("promoCode").trim();
        Map<String, Map<String, Object>> options = new LinkedHashMap<>();
        String percent = form.get("manualPercent");
        if (percent != null && !percent.isBlank()) {
            try {
                long bp = new java.math.BigDecimal(percent.trim().replace(',', '.')).movePointRight(2).longValueExact();
                if (bp <= 0 || bp > 10000) {
                    errors.put("manualPercent", p.t().get("error_percent"));
                } else {
                    String reason = form.get("manualReason") == null ? "" : form.get("manualReason").trim();
                    if (reason.isEmpty()) {
                        errors.put("manualReason", p.t().get("error_required"));
                    } else {
                        options.put("discounts", Map.of("manual", Map.of("percent", bp, "reason", reason)));
                    }
                }
            } catch (NumberFormatException | ArithmeticException e) {
                errors.put("manualPercent", p.t().get("error_percent"));
            }
        }
        return new Options(redeem, promo, options);
    }

    private void checkout(Context ctx, Page p) {
        Visit v = visitOf(ctx, p);
        Map<String, String> form = form(ctx, "redeemBonus", "promoCode", "manualPercent", "manualReason", "method", "amount",
                "idempotencyKey");
        Map<String, String> errors = new LinkedHashMap<>();
        Options o = options(p, form, errors);
        Long amount = null;
        try {
            amount = p.fmt().parseMajor(form.get("amount"));
        } catch (NumberFormatException | ArithmeticException e) {
            errors.put("amount", p.t().get("error_number"));
        }
        String method = form.get("method").isBlank() ? "card" : form.get("method");
        if (errors.isEmpty()) {
            try {
                if (amount == null) {
                    amount = core.checkout().quote(p.salonId(), v.id(), new PricingRequest(o.redeem, o.promo, p.user().userId(),
                            p.user().role().key(), o.options)).bill().total();
                }
                String key = form.get("idempotencyKey").isBlank() ? UUID.randomUUID().toString() : form.get("idempotencyKey");
                CheckoutService.Outcome outcome = core.checkout().checkout(p.salonId(), v.id(), "admin-" + key,
                        new CheckoutRequest(o.redeem, o.promo, List.of(new Payment(method, amount)), o.options),
                        p.user().userId(), p.user().role().key());
                if (outcome.bill().visitId() != v.id()) {
                    throw new NotFoundException("visit");
                }
                AdminRoutes.redirect(ctx, "/admin/visits/" + v.id());
                return;
            } catch (InvalidInputException e) {
                errors.putAll(FormErrors.of(e));
            } catch (ConflictException e) {
                errors.put("checkout", e.getMessage());
            }
        }
        visitCard(ctx, p, core.visits().get(p.salonId(), v.id()), errors, form, 422);
    }

    private static Long parseId(String text, String field, Map<String, String> errors, Page p) {
        if (text == null || text.isBlank()) {
            errors.put(field, p.t().get("error_required"));
            return null;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            errors.put(field, p.t().get("error_number"));
            return null;
        }
    }

    private static Map<String, String> form(Context ctx, String... names) {
        Map<String, String> m = new HashMap<>();
        for (String n : names) {
            String v = ctx.formParam(n);
            m.put(n, v == null ? "" : v);
        }
        return m;
    }

    /** The API's field names mapped onto the booking form's fields. */
    private static Map<String, String> bookingErrors(Map<String, String> api) {
        Map<String, String> m = new LinkedHashMap<>();
        api.forEach((field, message) -> {
            String f = field.startsWith("items") ? "serviceId" : field.equals("start") ? "time" : field;
            m.merge(f, message, (a, b) -> a + "; " + b);
        });
        return m;
    }

    private static Map<String, String> moveErrors(Map<String, String> api) {
        Map<String, String> m = new LinkedHashMap<>();
        api.forEach((field, message) -> m.merge(field.equals("staffId") ? "move_staff" : "move_time", message, (a, b) -> a + "; " + b));
        return m;
    }
}
