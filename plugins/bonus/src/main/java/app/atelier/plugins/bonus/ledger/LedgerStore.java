package app.atelier.plugins.bonus.ledger;

import app.atelier.api.bonus.ExpiringPoints;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The ledger's SQL, through one handle (the checkout's, or a transaction of the plugin's own).
 * Only inserts: {@code bonus_ledger} and {@code bonus_consumption} are append-only (triggers refuse
 * anything else). Every query is scoped by salon.
 */
public final class LedgerStore {
    /** A positive entry's unconsumed points. */
    static final String REMAINING = "l.amount - COALESCE((SELECT SUM(c.amount) FROM bonus_consumption c WHERE c.credit_id = l.id), 0)";
    private static final String COLUMNS = "l.id, l.client_id, l.kind, l.amount, CASE WHEN l.amount > 0 THEN " + REMAINING
            + " ELSE 0 END, l.expires_at, l.program_id, l.visit_id, l.gift_id, l.reason, l.source, l.dedup_key, l.created_at";

    private final Handle h;

    public LedgerStore(Handle h) {
        this.h = h;
    }

    /** A lot due to expire, with its client. */
    public record DueLot(long clientId, Lot lot) {
    }

    /** Inserts the entry with its sign; false when the dedup key exists already (nothing written). */
    boolean insert(NewEntry e, long signedAmount, Instant now) {
        return h.createUpdate("""
                        INSERT INTO bonus_ledger (salon_id, client_id, kind, amount, expires_at, program_id, visit_id, gift_id,
                            reason, source, dedup_key, created_by, created_at)
                        VALUES (:s, :c, :kind, :amount, :exp, :program, :visit, :gift, :reason, :source, :key, :by, :at)
                        ON CONFLICT (salon_id, dedup_key) DO NOTHING""")
                .bind("s", e.salonId()).bind("c", e.clientId()).bind("kind", e.kind().key()).bind("amount", signedAmount)
                .bind("exp", e.expiresAt() == null ? null : e.expiresAt().toEpochMilli())
                .bind("program", e.programId()).bind("visit", e.visitId()).bind("gift", e.giftId())
                .bind("reason", e.reason()).bind("source", e.source()).bind("key", e.dedupKey()).bind("by", e.createdBy())
                .bind("at", now.toEpochMilli()).execute() == 1;
    }

    /** Records which lots a negative entry consumed. */
    void consume(long salonId, long debitId, List<Take> takes) {
        for (Take t : takes) {
            h.execute("INSERT INTO bonus_consumption (salon_id, debit_id, credit_id, amount) VALUES (?, ?, ?, ?)",
                    salonId, debitId, t.creditId(), t.amount());
        }
    }

    /** The entry with this dedup key. */
    public Optional<LedgerEntry> byDedup(long salonId, String dedupKey) {
        return h.createQuery("SELECT " + COLUMNS + " FROM bonus_ledger l WHERE l.salon_id = :s AND l.dedup_key = :k")
                .bind("s", salonId).bind("k", dedupKey).map((rs, ctx) -> entry(rs)).findOne();
    }

    /** The client's balance: the sum of its ledger. */
    public long balance(long salonId, long clientId) {
        return h.createQuery("SELECT COALESCE(SUM(amount), 0) FROM bonus_ledger WHERE salon_id = :s AND client_id = :c")
                .bind("s", salonId).bind("c", clientId).mapTo(Long.class).one();
    }

    /** The client's lots with points left, oldest first. */
    public List<Lot> lots(long salonId, long clientId) {
        return h.createQuery("SELECT l.id, " + REMAINING + " AS remaining, l.expires_at FROM bonus_ledger l "
                        + "WHERE l.salon_id = :s AND l.client_id = :c AND l.amount > 0 AND (" + REMAINING + ") > 0 ORDER BY l.id")
                .bind("s", salonId).bind("c", clientId)
                .map((rs, ctx) -> new Lot(rs.getLong(1), rs.getLong(2), instant(rs, 3)))
                .list();
    }

    /** Lots of the salon whose expiry is at or before {@code now} and that still hold points, oldest first. */
    public List<DueLot> due(long salonId, Instant now) {
        return h.createQuery("SELECT l.client_id, l.id, " + REMAINING + " AS remaining, l.expires_at FROM bonus_ledger l "
                        + "WHERE l.salon_id = :s AND l.amount > 0 AND l.expires_at IS NOT NULL AND l.expires_at <= :now AND (" + REMAINING
                        + ") > 0 ORDER BY l.id")
                .bind("s", salonId).bind("now", now.toEpochMilli())
                .map((rs, ctx) -> new DueLot(rs.getLong(1), new Lot(rs.getLong(2), rs.getLong(3), instant(rs, 4))))
                .list();
    }

    /** Lots of the salon expiring in {@code (from, to]} that still hold points, by expiry. */
    public List<DueLot> expiring(long salonId, Instant from, Instant to) {
        return h.createQuery("SELECT l.client_id, l.id, " + REMAINING + " AS remaining, l.expires_at FROM bonus_ledger l "
                        + "WHERE l.salon_id = :s AND l.amount > 0 AND l.expires_at > :from AND l.expires_at <= :to AND (" + REMAINING
                        + ") > 0 ORDER BY l.expires_at, l.id")
                .bind("s", salonId).bind("from", from.toEpochMilli()).bind("to", to.toEpochMilli())
                .map((rs, ctx) -> new DueLot(rs.getLong(1), new Lot(rs.getLong(2), rs.getLong(3), instant(rs, 4))))
                .list();
    }

    /**
     * Unspent points expiring in {@code [from, to)} and still in the future at {@code now}, summed per
     * (client, expiry moment), by expiry then client. One query: the remaining amount of each lot is
     * its amount minus its consumption, so a lot already written off by the expiry task (consumed in
     * full) or spent drops out.
     */
    public List<ExpiringPoints> expiringPerClient(long salonId, Instant from, Instant to, Instant now) {
        return h.createQuery("SELECT x.client_id, SUM(x.remaining) AS amount, x.expires_at FROM ("
                        + "SELECT l.client_id, l.expires_at, " + REMAINING + " AS remaining FROM bonus_ledger l "
                        + "WHERE l.salon_id = :s AND l.amount > 0 AND l.expires_at IS NOT NULL AND l.expires_at >= :from "
                        + "AND l.expires_at < :to AND l.expires_at > :now) x "
                        + "WHERE x.remaining > 0 GROUP BY x.client_id, x.expires_at ORDER BY x.expires_at, x.client_id")
                .bind("s", salonId).bind("from", from.toEpochMilli()).bind("to", to.toEpochMilli()).bind("now", now.toEpochMilli())
                .map((rs, ctx) -> new ExpiringPoints(rs.getLong(1), rs.getLong(2),
                        Instant.ofEpochMilli(rs.getLong(3))))
                .list();
    }

    /** A client's entries, newest first, with ids below {@code beforeId} when given. */
    public List<LedgerEntry> history(long salonId, long clientId, Long beforeId, int limit) {
        return h.createQuery("SELECT " + COLUMNS + " FROM bonus_ledger l WHERE l.salon_id = :s AND l.client_id = :c "
                        + "AND l.id < :before ORDER BY l.id DESC LIMIT :limit")
                .bind("s", salonId).bind("c", clientId).bind("before", beforeId == null ? Long.MAX_VALUE : beforeId)
                .bind("limit", limit).map((rs, ctx) -> entry(rs)).list();
    }

    /** The salon's latest entries, newest first: what the panel's points page lists. */
    public List<LedgerEntry> recent(long salonId, int limit) {
        return h.createQuery("SELECT " + COLUMNS + " FROM bonus_ledger l WHERE l.salon_id = :s ORDER BY l.id DESC LIMIT :limit")
                .bind("s", salonId).bind("limit", limit).map((rs, ctx) -> entry(rs)).list();
    }

    /** A client's balance, for a list of the salon's clients. */
    public record Balance(long clientId, long amount) {
    }

    /** The salon's clients with the most points (positive balances only), biggest first. */
    public List<Balance> biggestBalances(long salonId, int limit) {
        return h.createQuery("SELECT client_id, SUM(amount) AS balance FROM bonus_ledger WHERE salon_id = :s "
                        + "GROUP BY client_id HAVING SUM(amount) > 0 ORDER BY balance DESC, client_id LIMIT :limit")
                .bind("s", salonId).bind("limit", limit).map((rs, ctx) -> new Balance(rs.getLong(1), rs.getLong(2))).list();
    }

    /** The entries written for a visit, oldest first. */
    public List<LedgerEntry> ofVisit(long salonId, long visitId) {
        return h.createQuery("SELECT " + COLUMNS + " FROM bonus_ledger l WHERE l.salon_id = :s AND l.visit_id = :v ORDER BY l.id")
                .bind("s", salonId).bind("v", visitId).map((rs, ctx) -> entry(rs)).list();
    }

    /** The lots a negative entry consumed, in the order it took them. */
    public List<Take> consumedBy(long salonId, long debitId) {
        return h.createQuery("SELECT credit_id, amount FROM bonus_consumption WHERE salon_id = :s AND debit_id = :d ORDER BY id")
                .bind("s", salonId).bind("d", debitId).map((rs, ctx) -> new Take(rs.getLong(1), rs.getLong(2))).list();
    }

    /** The points of a positive entry that {@code expiry} entries wrote off. */
    public long expiredOf(long salonId, long creditId) {
        return h.createQuery("SELECT COALESCE(SUM(c.amount), 0) FROM bonus_consumption c JOIN bonus_ledger d ON d.id = c.debit_id "
                        + "WHERE c.salon_id = :s AND c.credit_id = :c AND d.kind = 'expiry'")
                .bind("s", salonId).bind("c", creditId).mapTo(Long.class).one();
    }

    /** One entry by id. */
    public Optional<LedgerEntry> entry(long salonId, long id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM bonus_ledger l WHERE l.salon_id = :s AND l.id = :id")
                .bind("s", salonId).bind("id", id).map((rs, ctx) -> entry(rs)).findOne();
    }

    private static LedgerEntry entry(ResultSet rs) throws SQLException {
        return new LedgerEntry(rs.getLong(1), rs.getLong(2), Kind.of(rs.getString(3)), rs.getLong(4), rs.getLong(5), instant(rs, 6),
                nullableLong(rs, 7), nullableLong(rs, 8), nullableLong(rs, 9), rs.getString(10), rs.getString(11), rs.getString(12),
                Instant.ofEpochMilli(rs.getLong(13)));
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Long millis = nullableLong(rs, column);
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
