package app.atelier.plugins.bonus.gifts;

import app.atelier.api.PluginContext;
import app.atelier.api.Salon;
import app.atelier.api.data.ClientStats;
import app.atelier.api.data.ClientView;
import app.atelier.plugins.bonus.Texts;
import app.atelier.plugins.bonus.clients.ClientDirectory;
import app.atelier.plugins.bonus.ledger.Kind;
import app.atelier.plugins.bonus.ledger.Ledger;
import app.atelier.plugins.bonus.ledger.NewEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Grants gift points to one client or to a segment: recipients are found first (reads only), then
 * one transaction writes the gift's record and one {@code gift} entry per client, so a failure
 * leaves nothing half granted. A repeated idempotency key answers the first grant.
 */
public final class GiftService {
    private final PluginContext context;

    public GiftService(PluginContext context) {
        this.context = context;
    }

    /**
     * A gift to make.
     *
     * @param clientId  one client, or {@code null} for a segment
     * @param segment   the segment, or {@code null} for one client
     * @param amount    points per client, minor units
     * @param reason    what the ledger says
     * @param expiresAt when the points expire, or {@code null} for never
     */
    public record Request(Long clientId, Segment segment, long amount, String reason, Instant expiresAt) {
    }

    /**
     * What a grant did.
     *
     * @param giftId   the gift's record, or {@code null} when nobody matched
     * @param clients  how many clients got points
     * @param total    points granted in all
     * @param replayed the idempotency key was used before: this is the first grant's outcome
     */
    public record Granted(Long giftId, int clients, long total, boolean replayed) {
    }

    /** The clients a request reaches; empty for an unknown single client. */
    public List<Long> recipients(Salon salon, Request r) {
        long salonId = salon.id();
        if (r.clientId() != null) {
            return context.salonData().client(salonId, r.clientId()).map(c -> List.of(c.id())).orElse(List.of());
        }
        Instant now = context.clock().instant();
        List<Long> found = new ArrayList<>();
        for (ClientView client : new ClientDirectory(context).all(salonId)) {
            ClientStats stats = r.segment().needsStats() ? context.salonData().clientStats(salonId, client.id())
                    : new ClientStats(0, 0, null, null, null);
            if (r.segment().matches(client, stats, now)) {
                found.add(client.id());
            }
        }
        return found;
    }

    /** Grants the points to {@code recipients} in one transaction. */
    public Granted grant(Salon salon, Request r, List<Long> recipients, Long userId, String idempotencyKey) {
        long salonId = salon.id();
        Instant now = context.clock().instant();
        String key = idempotencyKey == null ? "auto:" + UUID.randomUUID() : idempotencyKey;
        Texts texts = Texts.of(context, salon);
        return context.database().inTransaction(h -> {
            Optional<Granted> earlier = h.createQuery("SELECT id, clients, amount FROM bonus_gift WHERE salon_id = :s AND idem_key = :k")
                    .bind("s", salonId).bind("k", key)
                    .map((rs, ctx) -> new Granted(rs.getLong(1), rs.getInt(2), rs.getLong(2) * rs.getLong(3), true)).findOne();
            if (earlier.isPresent()) {
                return earlier.get();
            }
            if (recipients.isEmpty()) {
                return new Granted(null, 0, 0, false);
            }
            String audience = r.clientId() != null ? "client=" + r.clientId() : r.segment().describe();
            long giftId = h.createUpdate("""
                            INSERT INTO bonus_gift (salon_id, amount, reason, expires_at, audience, idem_key, clients, granted_by, created_at)
                            VALUES (:s, :amount, :reason, :exp, :audience, :key, :clients, :by, :now)""")
                    .bind("s", salonId).bind("amount", r.amount()).bind("reason", r.reason())
                    .bind("exp", r.expiresAt() == null ? null : r.expiresAt().toEpochMilli()).bind("audience", audience)
                    .bind("key", key).bind("clients", recipients.size()).bind("by", userId).bind("now", now.toEpochMilli())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            Ledger ledger = new Ledger(h, now, texts);
            long total = 0;
            for (long clientId : recipients) {
                total += ledger.credit(new NewEntry(salonId, clientId, Kind.GIFT, r.amount(), r.expiresAt(), null, null, giftId,
                        r.reason(), context.pluginId(), "gift:" + giftId + ":client:" + clientId, userId)).amount();
            }
            return new Granted(giftId, recipients.size(), total, false);
        });
    }
}
