package app.atelier.core.checkout;

import app.atelier.api.Salon;
import app.atelier.api.checkout.CheckoutParticipant;
import app.atelier.api.checkout.CheckoutRejectedException;
import app.atelier.api.checkout.RefundContext;
import app.atelier.api.events.EventTypes;
import app.atelier.core.common.ConflictException;
import app.atelier.core.common.Validator;
import app.atelier.core.db.Database;
import app.atelier.core.events.Outbox;
import app.atelier.core.plugins.ActiveExtensions;
import app.atelier.core.plugins.GuardedInvoker;
import app.atelier.core.plugins.PluginCallException;
import app.atelier.core.salons.SalonService;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Refunds a completed visit: one append-only refund row, every active checkout participant's
 * reversal (points returned, cashback taken back) and the {@code visit.refunded} event, in one
 * transaction. The completed bill itself stays as it was.
 */
public final class RefundService {
    private final Database db;
    private final Clock clock;
    private final SalonService salons;
    private final CheckoutService checkout;
    private final ActiveExtensions extensions;
    private final GuardedInvoker invoker;
    private final Outbox outbox;

    public RefundService(Database db, Clock clock, SalonService salons, CheckoutService checkout, ActiveExtensions extensions,
                         GuardedInvoker invoker, Outbox outbox) {
        this.db = db;
        this.clock = clock;
        this.salons = salons;
        this.checkout = checkout;
        this.extensions = extensions;
        this.invoker = invoker;
        this.outbox = outbox;
    }

    /** What a refund did. */
    public record Refund(long visitId, long clientId, long amount, String reason, Instant refundedAt) {
    }

    public Refund refund(long salonId, long visitId, String reason, Long userId) {
        new Validator().text(reason, "reason", Validator.MAX_TEXT).check();
        Salon salon = salons.get(salonId);
        CompletedBill bill = checkout.bill(salonId, visitId)
                .orElseThrow(() -> new ConflictException("visit_status", "only a completed visit can be refunded"));
        Instant now = clock.instant();
        try {
            return db.write(h -> {
                boolean done = h.createQuery("SELECT count(*) FROM visit_refund WHERE visit_id = :v AND salon_id = :s")
                        .bind("v", visitId).bind("s", salonId).mapTo(Integer.class).one() > 0;
                if (done) {
                    throw new ConflictException("already_refunded", "this visit was refunded already");
                }
                h.execute("""
                        INSERT INTO visit_refund (visit_id, salon_id, client_id, amount, reason, refunded_by, refunded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""", visitId, salonId, bill.clientId(), bill.paid(), reason, userId, now.toEpochMilli());
                RefundContext context = new RefundContext(salon, visitId, bill.clientId(), bill.bill(), reason, now, h, userId);
                for (ActiveExtensions.Contributed<CheckoutParticipant> p : extensions.of(salonId, CheckoutParticipant.class)) {
                    invoker.call(p.pluginId(), "refund", () -> p.extension().refund(context));
                }
                outbox.publish(h, salonId, EventTypes.VISIT_REFUNDED, visitId, Map.of("clientId", bill.clientId(),
                        "amount", bill.paid(), "reason", reason));
                return new Refund(visitId, bill.clientId(), bill.paid(), reason, now);
            });
        } catch (PluginCallException e) {
            if (e.getCause() instanceof CheckoutRejectedException rejected) {
                throw new ConflictException("refund_rejected", rejected.getMessage());
            }
            throw new ConflictException("plugin_failed", "the refund was not made because plugin " + e.pluginId()
                    + " failed; nothing changed");
        }
    }

    /** The refund of a visit, if it was refunded. */
    public java.util.Optional<Refund> find(long salonId, long visitId) {
        return db.read(h -> h.createQuery("""
                        SELECT visit_id, client_id, amount, reason, refunded_at FROM visit_refund WHERE visit_id = :v AND salon_id = :s""")
                .bind("v", visitId).bind("s", salonId)
                .map((rs, ctx) -> new Refund(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        Instant.ofEpochMilli(rs.getLong(5))))
                .findOne());
    }

    /** Which of the given visits of the salon were refunded, in one query (for lists of visits). */
    public java.util.Set<Long> refundedAmong(long salonId, java.util.Collection<Long> visitIds) {
        if (visitIds.isEmpty()) {
            return java.util.Set.of();
        }
        return db.read(h -> java.util.Set.copyOf(h.createQuery("SELECT visit_id FROM visit_refund WHERE salon_id = :s AND visit_id IN (<ids>)")
                .bind("s", salonId).bindList("ids", java.util.List.copyOf(visitIds)).mapTo(Long.class).list()));
    }
}
