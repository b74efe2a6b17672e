package app.atelier.web.admin.calendar;

import app.atelier.web.admin.AdminRoutes;
import app.atelier.web.admin.Page;
import app.atelier.web.admin.Views;
import app.atelier.web.admin.FormErrors;
import app.atelier.core.AtelierCore;
import app.atelier.core.checkout.CheckoutRequest;
import app.atelier.core.checkout.CheckoutService;
import app.atelier.core.checkout.Payment;
import app.atelier.core.checkout.PricingRequest;
import app.atelier.core.checkout.PricingService;
import app.atelier.core.common.ConflictException;
import app.atelier.core.common.InvalidInputException;
import app.atelier.core.common.NotFoundException;
import app.atelier.core.visits.Visit;
import app.atelier.core.visits.ItemRequest;
import app.atelier.web.http.ApiRoutes;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The visit card: its actions (confirm, cancel, no-show, move), the live quote while the desk
 * changes bonus redemption, promo code and a manual discount, and the checkout. A master may
 * open their own visits and change nothing.
 */
final class VisitCard {
    private final AtelierCore core;

    VisitCard(AtelierCore core) {
        this.core = core;
    }

    void register(AdminRoutes admin, ApiRoutes routes) {
        routes.raw(HandlerType.GET, "/admin/visits/{id}", admin.page(AdminRoutes.Gate.ANY, (ctx, p) ->
                visitCard(ctx, p, visitOf(ctx, p), Map.of(), Map.of(), 200)));
        for (String action : List.of("confirm", "cancel", "no-show")) {
            routes.raw(HandlerType.POST, "/admin/visits/{id}/" + action, admin.page(AdminRoutes.Gate.DESK, (ctx, p) -> {
                Visit v = visitOf(ctx, p);
                if (action.equals("no-show") && v.start().isAfter(core.clock().instant())) {
                    visitCard(ctx, p, v, Map.of("action", p.t().get("error_no_show_early")), Map.of(), 409);
                    return;
                }
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
            Map<String, String> form = Forms.form(ctx, "date", "time", "staffId");
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
        routes.raw(HandlerType.POST, "/admin/visits/{id}/items", admin.page(AdminRoutes.Gate.DESK, this::changeLines));
        // a refund moves money back: the owner's, as in the API
        routes.raw(HandlerType.POST, "/admin/visits/{id}/refund", admin.page(AdminRoutes.Gate.OWNER, (ctx, p) -> {
            Visit v = visitOf(ctx, p);
            Map<String, String> form = Forms.form(ctx, "reason");
            try {
                core.refunds().refund(p.salonId(), v.id(), form.get("reason").strip(), p.user().userId());
            } catch (InvalidInputException e) {
                visitCard(ctx, p, v, FormErrors.of(e), form, 422);
                return;
            } catch (ConflictException e) {
                visitCard(ctx, p, v, Map.of("refund", e.getMessage()), form, 409);
                return;
            }
            AdminRoutes.redirect(ctx, "/admin/visits/" + v.id());
        }));
        routes.raw(HandlerType.POST, "/admin/visits/{id}/quote", admin.page(AdminRoutes.Gate.DESK, (ctx, p) -> {
            Visit v = visitOf(ctx, p);
            Map<String, Object> m = p.model("calendar");
            m.put("v", new Views(core, p).visit(v));
            putQuote(m, p, v, Forms.form(ctx, "redeemBonus", "promoCode", "manualPercent", "manualReason"));
            ctx.render("templates/admin/quote.peb", m);
        }));
        routes.raw(HandlerType.POST, "/admin/visits/{id}/checkout", admin.page(AdminRoutes.Gate.DESK, this::checkout));
    }

    /**
     * Adds a service or a product line (form fields serviceId, or productId with quantity) or removes
     * one (remove = its place, from 0); the core decides whether the new length still fits the day.
     */
    private void changeLines(Context ctx, Page p) {
        Visit v = visitOf(ctx, p);
        Map<String, String> form = Forms.form(ctx, "serviceId", "productId", "quantity", "remove");
        List<ItemRequest> lines = new ArrayList<>(v.items().stream().map(i -> i.kind().equals("service")
                ? new ItemRequest(i.itemId(), null, null) : new ItemRequest(null, i.itemId(), i.quantity())).toList());
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            if (!form.get("remove").isBlank()) {
                int index = Integer.parseInt(form.get("remove").trim());
                if (index >= 0 && index < lines.size()) {
                    lines.remove(index);
                }
            }
            if (!form.get("serviceId").isBlank()) {
                lines.add(new ItemRequest(Long.parseLong(form.get("serviceId").trim()), null, null));
            }
            if (!form.get("productId").isBlank()) {
                int quantity = form.get("quantity").isBlank() ? 1 : Integer.parseInt(form.get("quantity").trim());
                lines.add(new ItemRequest(null, Long.parseLong(form.get("productId").trim()), quantity));
            }
            core.visits().changeItems(p.salonId(), v.id(), lines);
            AdminRoutes.redirect(ctx, "/admin/visits/" + v.id());
            return;
        } catch (NumberFormatException e) {
            errors.put("items", p.t().get("error_number"));
        } catch (InvalidInputException e) {
            errors.put("items", String.join("; ", FormErrors.of(e).values()));
        } catch (ConflictException e) {
            errors.put("items", e.getMessage());
        }
        visitCard(ctx, p, v, errors, Map.of(), 422);
    }

    private Visit visitOf(Context ctx, Page p) {
        Visit v = core.visits().get(p.salonId(), Long.parseLong(ctx.pathParam("id")));
        if (p.master() && !Long.valueOf(v.staffId()).equals(p.user().staffId())) {
            throw new NotFoundException("visit");
        }
        return v;
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
        core.refunds().find(p.salonId(), v.id()).ifPresent(r -> m.put("refund", r));
        if (p.desk()) {
            m.put("widgets", core.widgets().of(p.salon(), "visit_card", v.id(), p.locale()));
        }
        // the day's visits are paid on the day; a no-show only once the visit has begun
        java.time.LocalDate today = java.time.LocalDate.ofInstant(core.clock().instant(), p.salon().zone());
        m.put("checkoutOpen", !java.time.LocalDate.ofInstant(v.start(), p.salon().zone()).isAfter(today));
        m.put("started", !v.start().isAfter(core.clock().instant()));
        if (v.isOpen()) {
            // booking outside a master's hours is allowed (a favour, an extra shift) but should not go unnoticed
            java.time.ZoneId zone = p.salon().zone();
            core.staff().list(p.salonId(), true).stream().filter(s -> s.id() == v.staffId()).findFirst()
                    .filter(s -> !s.works(v.start().atZone(zone).toLocalDateTime(), v.end().atZone(zone).toLocalDateTime()))
                    .ifPresent(s -> m.put("scheduleWarning", p.t().get("warning_outside_hours").replace("{0}", s.name())));
        }
        if (p.desk() && v.isOpen()) {
            m.put("catalogServices", core.catalog().listServices(p.salonId(), false));
            m.put("catalogProducts", core.catalog().listProducts(p.salonId(), false));
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
            // the API names the plugin before each note ("bonus: …"); the desk reads the note alone
            m.put("quoteWarnings", priced.warnings().stream().map(VisitCard::withoutPluginId).toList());
            m.put("quoteNotes", priced.notes().stream().map(VisitCard::withoutPluginId).toList());
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
        if (java.time.LocalDate.ofInstant(v.start(), p.salon().zone())
                .isAfter(java.time.LocalDate.ofInstant(core.clock().instant(), p.salon().zone()))) {
            visitCard(ctx, p, v, Map.of("checkout", p.t().get("checkout_on_the_day")), Map.of(), 409);
            return;
        }
        Map<String, String> form = Forms.form(ctx, "redeemBonus", "promoCode", "manualPercent", "manualReason", "method", "amount",
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

    private static Map<String, String> moveErrors(Map<String, String> api) {
        Map<String, String> m = new LinkedHashMap<>();
        api.forEach((field, message) -> m.merge(field.equals("staffId") ? "move_staff" : "move_time", message, (a, b) -> a + "; " + b));
        return m;
    }

    private static String withoutPluginId(String note) {
        return note.replaceFirst("^[a-z][a-z0-9-]{1,39}: ", "");
    }
}
