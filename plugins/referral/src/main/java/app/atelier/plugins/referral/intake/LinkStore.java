package app.atelier.plugins.referral.intake;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** Queries on {@code referral_link}, always on the caller's handle and scoped by salon. */
public final class LinkStore {
    private static final String COLUMNS = "id, salon_id, referrer_id, referred_id, code, channel, created_by, created_at, "
            + "settled_visit_id, first_visit_paid, reversed_at";
    private static final RowMapper<Link> MAPPER = (rs, ctx) -> new Link(rs.getLong(1), rs.getLong(2), rs.getLong(3),
            rs.getLong(4), rs.getString(5), rs.getString(6), (Long) nullable(rs.getObject(7)),
            Instant.ofEpochMilli(rs.getLong(8)), (Long) nullable(rs.getObject(9)), rs.getLong(10) != 0,
            rs.getObject(11) == null ? null : Instant.ofEpochMilli(rs.getLong(11)));

    private LinkStore() {
    }

    /** A link by id. */
    public static Optional<Link> byId(Handle h, long salonId, long linkId) {
        return h.createQuery("SELECT " + COLUMNS + " FROM referral_link WHERE salon_id = :s AND id = :id")
                .bind("s", salonId).bind("id", linkId).map(MAPPER).findOne();
    }

    /** Who brought the client, if anyone. */
    public static Optional<Link> ofReferred(Handle h, long salonId, long referredId) {
        return h.createQuery("SELECT " + COLUMNS + " FROM referral_link WHERE salon_id = :s AND referred_id = :c")
                .bind("s", salonId).bind("c", referredId).map(MAPPER).findOne();
    }

    /** Everyone the client brought, oldest first. */
    public static List<Link> broughtBy(Handle h, long salonId, long referrerId) {
        return h.createQuery("SELECT " + COLUMNS + " FROM referral_link WHERE salon_id = :s AND referrer_id = :c ORDER BY id")
                .bind("s", salonId).bind("c", referrerId).map(MAPPER).list();
    }

    /** Links recorded in {@code [from, to)}, oldest first. */
    public static List<Link> recorded(Handle h, long salonId, Instant from, Instant to) {
        return h.createQuery("SELECT " + COLUMNS + " FROM referral_link WHERE salon_id = :s AND created_at >= :f "
                        + "AND created_at < :t ORDER BY id")
                .bind("s", salonId).bind("f", from.toEpochMilli()).bind("t", to.toEpochMilli()).map(MAPPER).list();
    }

    /** How many clients the referrer brought in {@code [from, to)}. */
    public static int countBy(Handle h, long salonId, long referrerId, Instant from, Instant to) {
        return h.createQuery("SELECT count(*) FROM referral_link WHERE salon_id = :s AND referrer_id = :r "
                        + "AND created_at >= :f AND created_at < :t")
                .bind("s", salonId).bind("r", referrerId).bind("f", from.toEpochMilli()).bind("t", to.toEpochMilli())
                .mapTo(Integer.class).one();
    }

    /** Records a link; returns its id. */
    static long insert(Handle h, long salonId, long referrerId, long referredId, String code, String channel, Long createdBy,
                       Instant at) {
        return h.createUpdate("""
                        INSERT INTO referral_link (salon_id, referrer_id, referred_id, code, channel, created_by, created_at)
                        VALUES (:s, :r, :c, :code, :channel, :by, :at)""")
                .bind("s", salonId).bind("r", referrerId).bind("c", referredId).bind("code", code).bind("channel", channel)
                .bind("by", createdBy).bind("at", at.toEpochMilli())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /**
     * Records the referred client's first completed visit, once: false when the link was settled
     * already (a second visit, a replay), so the caller pays nothing out.
     */
    public static boolean settle(Handle h, long salonId, long linkId, long visitId, boolean paid, Instant at) {
        return h.createUpdate("""
                        UPDATE referral_link SET settled_visit_id = :v, first_visit_paid = :p, settled_at = :at
                        WHERE id = :id AND salon_id = :s AND settled_visit_id IS NULL""")
                .bind("v", visitId).bind("p", paid ? 1 : 0).bind("at", at.toEpochMilli()).bind("id", linkId).bind("s", salonId)
                .execute() == 1;
    }

    /**
     * Reopens the referral that {@code visitId} settled, because that visit was refunded: it is as if
     * the first visit had not happened, so the client's next first visit settles it again. False when
     * the visit settled no referral (or it was reopened already).
     */
    public static boolean reopen(Handle h, long salonId, long visitId, Instant at) {
        return h.createUpdate("""
                        UPDATE referral_link SET settled_visit_id = NULL, first_visit_paid = 0, settled_at = NULL,
                            reversed_at = :at, reversed_visit_id = :v
                        WHERE salon_id = :s AND settled_visit_id = :v""")
                .bind("at", at.toEpochMilli()).bind("v", visitId).bind("s", salonId).execute() > 0;
    }

    private static Object nullable(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
