package app.atelier.core.checkout;

import app.atelier.api.Salon;
import app.atelier.api.checkout.CheckoutContext;
import app.atelier.api.checkout.CheckoutParticipant;
import app.atelier.api.checkout.CheckoutRejectedException;
import app.atelier.api.checkout.CheckoutResult;
import app.atelier.api.events.EventTypes;
import app.atelier.core.auth.Tokens;
import app.atelier.core.common.ConflictException;
import app.atelier.core.common.InvalidInputException;
import app.atelier.core.common.Json;
import app.atelier.core.common.NotFoundException;
import app.atelier.core.common.Validator;
import app.atelier.core.db.Database;
import app.atelier.core.events.Outbox;
import app.atelier.core.plugins.ActiveExtensions;
import app.atelier.core.plugins.GuardedInvoker;
import app.atelier.core.plugins.PluginCallException;
import app.atelier.core.salons.SalonService;
import app.atelier.core.visits.Visit;
import app.atelier.core.visits.VisitService;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * Quotes and completes visits.
 *
 * <p>Completion is one transaction: the bill snapshot, the payments, the visit's status, every
 * active {@link CheckoutParticipant}'s writes, the {@code visit.completed} event and the
 * idempotency record commit together or not at all. Pricing steps run before it (they are pure
 * and may read through their own connection); the transaction then re-checks that the visit is
 * still open and unchanged.
 */
public final class CheckoutService {
    private static final Set<String> METHODS = Set.of("cash", "card", "other");

    private final Database db;
    private final Json json;
    private final Clock clock;
    private final SalonService salons;
    private final VisitService visits;
    private final PricingService pricing;
    private final ActiveExtensions extensions;
    private final GuardedInvoker invoker;
    private final Outbox outbox;

    public CheckoutService(Database db, Json json, Clock clock, SalonService salons, VisitService visits, PricingService pricing,
                           ActiveExtensions extensions, GuardedInvoker invoker, Outbox outbox) {
        this.db = db;
        this.json = json;
        this.clock = clock;
        this.salons = salons;
        this.visits = visits;
        this.pricing = pricing;
        this.extensions = extensions;
        this.invoker = invoker;
        this.outbox = outbox;
    }

    /** The bill as it would be now. Writes nothing. */
    public PricingService.Priced quote(long salonId, long visitId, PricingRequest request) {
        validateOptions(new Validator(), request.redeemBonus(), request.promoCode(), request.options()).check();
        Visit visit = visits.get(salonId, visitId);
        return pricing.price(salons.get(salonId), visit, request);
    }

    /** The stored bill of a completed visit. */
    public Optional<CompletedBill> bill(long salonId, long visitId) {
        return db.read(h -> h.createQuery("SELECT snapshot FROM bill WHERE visit_id = :v AND salon_id = :s")
                .bind("v", visitId).bind("s", salonId).mapTo(String.class).findOne()).map(s -> json.read(s, CompletedBill.class));
    }

    /** The outcome of a checkout call: a new completion, or the stored answer to a repeated key. */
    public record Outcome(CompletedBill bill, boolean replayed) {
    }

    /**
     * Completes the visit.
     *
     * @param userId the salon user at the till, or null for an API key
     */
    public Outcome checkout(long salonId, long visitId, String idempotencyKey, CheckoutRequest request, Long userId, String userRole) {
        Validator v = new Validator();
        v.require(idempotencyKey != null && !idempotencyKey.isBlank() && idempotencyKey.length() <= 200,
                "Idempotency-Key", "header is required (1-200 characters)");
        validateOptions(v, request.redeemBonus(), request.promoCode(), request.options());
        List<Payment> payments = request.payments() == null ? List.of() : request.payments();
        v.require(payments.size() <= 20, "payments", "must have at most 20 entries");
        for (int i = 0; i < Math.min(payments.size(), 20); i++) {
            Payment p = payments.get(i);
            v.require(p != null && METHODS.contains(p.method()), "payments[" + i + "].method", "must be cash, card or other");
            v.require(p != null && p.amount() != null && p.amount() > 0 && p.amount() <= 1_000_000_000_00L,
                    "payments[" + i + "].amount", "must be a positive amount in minor units");
        }
        v.check();
        String requestHash = Tokens.digest(visitId + ":" + json.write(request));
        Optional<CompletedBill> replay = replay(salonId, idempotencyKey, requestHash);
        if (replay.isPresent()) {
            return new Outcome(replay.get(), true);
        }
        Salon salon = salons.get(salonId);
        Visit visit = visits.get(salonId, visitId);
        requireOpen(visit);
        PricingRequest pricingRequest = new PricingRequest(request.redeemBonus() == null ? 0 : request.redeemBonus(),
                request.promoCode(), userId, userRole, request.options());
        PricingService.Priced priced = pricing.price(salon, visit, pricingRequest);
        long paid = payments.stream().mapToLong(Payment::amount).sum();
        if (paid > priced.bill().total()) {
            throw InvalidInputException.of("payments", "add up to " + paid + " but the bill is " + priced.bill().total());
        }
        Instant now = clock.instant();
        try {
            return db.write(h -> {
                Optional<CompletedBill> raced = replayIn(h, salonId, idempotencyKey, requestHash);
                if (raced.isPresent()) {
                    return new Outcome(raced.get(), true);
                }
                Visit current = h.createQuery("SELECT status FROM visit WHERE id = :v AND salon_id = :s")
                        .bind("v", visitId).bind("s", salonId).mapTo(String.class).findOne()
                        .map(status -> new Visit(visit.id(), salonId, visit.clientId(), visit.staffId(), visit.start(), visit.end(),
                                status, visit.channel(), visit.items()))
                        .orElseThrow(() -> new NotFoundException("visit"));
                requireOpen(current);
                List<String> notes = commitParticipants(h, salon, visit, priced, paid, now, pricingRequest);
                CompletedBill bill = new CompletedBill(visitId, visit.clientId(), "completed", priced.bill(), payments, paid,
                        priced.bill().total() - paid, notes, priced.warnings(), now);
                store(h, salonId, bill);
                outbox.publish(h, salonId, EventTypes.VISIT_COMPLETED, visitId, Map.of("clientId", visit.clientId(),
                        "total", priced.bill().total(), "paid", paid));
                h.execute("""
                        INSERT INTO idempotency_key (salon_id, idem_key, request_hash, status, response, created_at)
                        VALUES (?, ?, ?, 200, ?, ?)""", salonId, idempotencyKey, requestHash, json.write(bill), now.toEpochMilli());
                return new Outcome(bill, false);
            });
        } catch (PluginCallException e) {
            if (e.getCause() instanceof CheckoutRejectedException rejected) {
                throw new ConflictException("checkout_rejected", rejected.getMessage());
            }
            throw new ConflictException("plugin_failed", "checkout was not completed because plugin " + e.pluginId()
                    + " failed; nothing was charged");
        }
    }

    private List<String> commitParticipants(Handle h, Salon salon, Visit visit, PricingService.Priced priced, long paid, Instant now,
                                            PricingRequest request) {
        List<String> notes = new ArrayList<>();
        for (ActiveExtensions.Contributed<CheckoutParticipant> p : extensions.of(salon.id(), CheckoutParticipant.class)) {
            CheckoutContext context = new CheckoutContext(salon, visit.id(), visit.clientId(), priced.bill(), paid, now, h,
                    request.userId(), request.userRole(), request.optionsOf(p.pluginId()), request.promoCode());
            CheckoutResult result = invoker.call(p.pluginId(), "checkout", () -> p.extension().commit(context));
            if (result != null && result.note() != null) {
                notes.add(p.pluginId() + ": " + result.note());
            }
        }
        return notes;
    }

    private void store(Handle h, long salonId, CompletedBill bill) {
        h.createUpdate("""
                        INSERT INTO bill (visit_id, salon_id, client_id, currency, subtotal, total, paid, debt, snapshot, completed_at)
                        VALUES (:v, :s, :c, :cur, :sub, :total, :paid, :debt, :snap, :at)""")
                .bind("v", bill.visitId()).bind("s", salonId).bind("c", bill.clientId()).bind("cur", bill.bill().currency())
                .bind("sub", bill.bill().subtotal()).bind("total", bill.bill().total()).bind("paid", bill.paid())
                .bind("debt", bill.owed()).bind("snap", json.write(bill)).bind("at", bill.completedAt().toEpochMilli()).execute();
        for (Payment p : bill.payments()) {
            h.execute("INSERT INTO payment (salon_id, visit_id, method, amount, created_at) VALUES (?, ?, ?, ?, ?)",
                    salonId, bill.visitId(), p.method(), p.amount(), bill.completedAt().toEpochMilli());
        }
        h.execute("UPDATE visit SET status = 'completed', updated_at = ? WHERE id = ? AND salon_id = ?",
                bill.completedAt().toEpochMilli(), bill.visitId(), salonId);
    }

    private Optional<CompletedBill> replay(long salonId, String key, String hash) {
        return db.read(h -> replayIn(h, salonId, key, hash));
    }

    private Optional<CompletedBill> replayIn(Handle h, long salonId, String key, String hash) {
        return h.createQuery("SELECT request_hash, response FROM idempotency_key WHERE salon_id = :s AND idem_key = :k")
                .bind("s", salonId).bind("k", key)
                .map((rs, ctx) -> {
                    if (!rs.getString(1).equals(hash)) {
                        throw new ConflictException("idempotency_key_reused",
                                "this Idempotency-Key was already used with a different request");
                    }
                    return json.read(rs.getString(2), CompletedBill.class);
                }).findOne();
    }

    private static void requireOpen(Visit visit) {
        if (!visit.isOpen()) {
            throw new ConflictException("visit_status", "a " + visit.status().replace('_', '-') + " visit cannot be checked out");
        }
    }

    private Validator validateOptions(Validator v, Long redeemBonus, String promoCode, Map<String, Map<String, Object>> options) {
        v.require(options == null || options.size() <= 20 && json.write(options).length() <= 10_000, "options",
                "must be at most 20 plugin entries and 10 000 characters");
        v.require(redeemBonus == null || redeemBonus >= 0 && redeemBonus <= 1_000_000_000_00L, "redeemBonus",
                "must be zero or a positive amount in minor units");
        v.length(promoCode, "promoCode", 100);
        return v;
    }
}
