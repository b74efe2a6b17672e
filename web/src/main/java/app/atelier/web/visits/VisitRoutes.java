package app.atelier.web.visits;

import app.atelier.api.Salon;
import app.atelier.core.AtelierCore;
import app.atelier.core.auth.Principal;
import app.atelier.core.auth.Role;
import app.atelier.core.checkout.CheckoutRequest;
import app.atelier.core.checkout.CheckoutService;
import app.atelier.core.checkout.CompletedBill;
import app.atelier.core.checkout.PricingRequest;
import app.atelier.core.common.InvalidInputException;
import app.atelier.core.common.NotFoundException;
import app.atelier.core.visits.BookingRequest;
import app.atelier.core.visits.SalonTime;
import app.atelier.core.visits.Visit;
import app.atelier.web.http.Access;
import app.atelier.web.http.ApiRoutes;
import app.atelier.web.http.Bodies;
import app.atelier.web.http.Params;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Booking, the visit's status changes, the quote and the checkout. */
public final class VisitRoutes {
    private static final Duration MAX_RANGE = Duration.ofDays(93);

    private final AtelierCore core;
    private final Access access;
    private final Bodies bodies;

    public VisitRoutes(AtelierCore core, Access access, Bodies bodies) {
        this.core = core;
        this.access = access;
        this.bodies = bodies;
    }

    record Reschedule(String start, Long staffId) {
    }

    record ItemsChange(java.util.List<app.atelier.core.visits.ItemRequest> items) {
    }

    record RefundRequest(String reason) {
    }

    record QuoteRequest(Long redeemBonus, String promoCode, Map<String, Map<String, Object>> options) {
    }

    public void register(ApiRoutes routes) {
        routes.tag("visits")
                .post("/api/v1/visits", "Book a visit; 409 if the master is busy then", ctx -> ctx.status(201).json(
                        json(core.visits().book(access.desk(ctx).requireSalon(), bodies.read(ctx, BookingRequest.class)))))
                .get("/api/v1/visits", "Visits in a period (?from&to as dates or date-times, &staffId&clientId)", this::list)
                .get("/api/v1/visits/{id}", "One visit, with its bill once completed (a master sees only their own)", ctx -> {
                    Principal caller = access.salonUser(ctx);
                    long salonId = caller.requireSalon();
                    Visit visit = core.visits().get(salonId, Params.id(ctx, "id"));
                    if (caller.role() == Role.MASTER && !Long.valueOf(visit.staffId()).equals(caller.staffId())) {
                        throw new NotFoundException("visit");
                    }
                    Map<String, Object> body = json(visit);
                    core.checkout().bill(salonId, visit.id()).ifPresent(b -> body.put("bill", b));
                    core.refunds().find(salonId, visit.id()).ifPresent(r -> body.put("refund", r));
                    ctx.json(body);
                })
                .post("/api/v1/visits/{id}/reschedule", "Move a visit to a new start and optionally another master", ctx -> {
                    long salonId = access.desk(ctx).requireSalon();
                    long id = Params.id(ctx, "id");
                    core.visits().get(salonId, id);
                    Reschedule r = bodies.read(ctx, Reschedule.class);
                    ctx.json(json(core.visits().reschedule(salonId, id, r.start(), r.staffId())));
                })
                .put("/api/v1/visits/{id}/items", "Replace an open visit's services and products: {items: [{serviceId} | "
                        + "{productId, quantity}]}; it keeps its start and master and ends when its services end (409 if that time is taken)",
                        ctx -> {
                    long salonId = access.desk(ctx).requireSalon();
                    long id = Params.id(ctx, "id");
                    core.visits().get(salonId, id);
                    ctx.json(json(core.visits().changeItems(salonId, id, bodies.read(ctx, ItemsChange.class).items())));
                })
                .post("/api/v1/visits/{id}/confirm", "The client confirmed the visit", ctx -> ctx.json(json(
                        core.visits().confirm(access.desk(ctx).requireSalon(), Params.id(ctx, "id")))))
                .post("/api/v1/visits/{id}/cancel", "Cancel the visit; its time frees up", ctx -> ctx.json(json(
                        core.visits().cancel(access.desk(ctx).requireSalon(), Params.id(ctx, "id")))))
                .post("/api/v1/visits/{id}/no-show", "The client did not come", ctx -> ctx.json(json(
                        core.visits().noShow(access.desk(ctx).requireSalon(), Params.id(ctx, "id")))))
                .post("/api/v1/visits/{id}/refund", "Refund a completed visit: plugins reverse their effects in the same "
                        + "transaction (owner)", ctx -> {
                    Principal owner = access.owner(ctx);
                    long salonId = owner.requireSalon();
                    long id = Params.id(ctx, "id");
                    core.visits().get(salonId, id);
                    ctx.status(201).json(core.refunds().refund(salonId, id, bodies.read(ctx, RefundRequest.class).reason(),
                            userOf(owner)));
                })
                .post("/api/v1/visits/{id}/quote", "The bill as it would be now, with every plugin's adjustments; writes nothing", ctx -> {
                    Principal desk = access.desk(ctx);
                    long salonId = desk.requireSalon();
                    long id = Params.id(ctx, "id");
                    QuoteRequest q = ctx.body().isBlank() ? new QuoteRequest(null, null, null) : bodies.read(ctx, QuoteRequest.class);
                    var priced = core.checkout().quote(salonId, id, new PricingRequest(q.redeemBonus() == null ? 0 : q.redeemBonus(),
                            q.promoCode(), userOf(desk), desk.role().key(), q.options()));
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("visitId", id);
                    body.put("bill", priced.bill());
                    body.put("warnings", priced.warnings());
                    body.put("notes", priced.notes());
                    ctx.json(body);
                })
                .post("/api/v1/visits/{id}/checkout", "Complete the visit: bill, payments, plugin effects in one transaction "
                        + "(Idempotency-Key header required)", ctx -> {
                    Principal desk = access.desk(ctx);
                    long salonId = desk.requireSalon();
                    long id = Params.id(ctx, "id");
                    CheckoutRequest r = bodies.read(ctx, CheckoutRequest.class);
                    CheckoutService.Outcome outcome = core.checkout().checkout(salonId, id, ctx.header("Idempotency-Key"), r,
                            userOf(desk), desk.role().key());
                    CompletedBill bill = outcome.bill();
                    if (bill.visitId() != id) {
                        throw new NotFoundException("visit");
                    }
                    ctx.status(outcome.replayed() ? 200 : 201).header("Idempotent-Replayed", String.valueOf(outcome.replayed()))
                            .json(bill);
                });
    }

    /** The signed-in user, or null for an API key (which acts for the salon, not for a person). */
    private static Long userOf(Principal p) {
        return p.isApiKey() ? null : p.userId();
    }

    private void list(Context ctx) {
        Principal caller = access.salonUser(ctx);
        long salonId = caller.requireSalon();
        Salon salon = core.salons().get(salonId);
        Instant from = instant(ctx.queryParam("from"), salon, "from", core.clock().instant().minus(Duration.ofDays(1)));
        Instant to = instant(ctx.queryParam("to"), salon, "to", from.plus(Duration.ofDays(8)));
        if (!to.isAfter(from) || Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
            throw InvalidInputException.of("to", "must be after from and at most 93 days later");
        }
        Long staffId = Params.optionalLong(ctx, "staffId");
        if (caller.role() == Role.MASTER) {
            // a master sees their own day only, whatever they ask for
            staffId = caller.staffId() == null ? -1L : caller.staffId();
        }
        ctx.json(core.visits().list(salonId, from, to, staffId, Params.optionalLong(ctx, "clientId"), 2000)
                .stream().map(VisitRoutes::json).toList());
    }

    /** A date is the start of that day in the salon's zone; a date-time is read as {@link SalonTime} does. */
    private static Instant instant(String value, Salon salon, String field, Instant otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        if (value.length() == 10) {
            try {
                return LocalDate.parse(value).atStartOfDay(salon.zone()).toInstant();
            } catch (DateTimeParseException e) {
                throw InvalidInputException.of(field, "must be a date such as 2026-12-01 or a date-time");
            }
        }
        return SalonTime.parse(value, salon.zone(), field);
    }

    private static Map<String, Object> json(Visit v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", v.id());
        m.put("clientId", v.clientId());
        m.put("staffId", v.staffId());
        m.put("start", v.start());
        m.put("end", v.end());
        m.put("status", v.status());
        m.put("channel", v.channel());
        m.put("items", v.items());
        m.put("total", v.items().stream().mapToLong(i -> i.amount()).sum());
        return m;
    }
}
