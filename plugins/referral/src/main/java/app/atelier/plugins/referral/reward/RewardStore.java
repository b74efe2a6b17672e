package app.atelier.plugins.referral.reward;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** Queries on {@code referral_reward}, on the caller's handle (the checkout's inside a checkout), scoped by salon. */
public final class RewardStore {
    private static final String COLUMNS = "id, link_id, client_id, kind, points, basis_points, earned_visit_id, created_at, "
            + "used_visit_id, used_amount, cancelled_at, wallet_key, reversed_at, taken_back, shortfall";
    private static final RowMapper<Reward> MAPPER = (rs, ctx) -> new Reward(rs.getLong(1), rs.getLong(2), rs.getLong(3),
            rs.getString(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), Instant.ofEpochMilli(rs.getLong(8)),
            longOrNull(rs.getObject(9)), longOrNull(rs.getObject(10)), rs.getObject(11) != null, rs.getString(12),
            rs.getObject(13) == null ? null : Instant.ofEpochMilli(rs.getLong(13)), longOrNull(rs.getObject(14)),
            longOrNull(rs.getObject(15)));

    private RewardStore() {
    }

    /** The client's rewards as a referrer, oldest first. */
    public static List<Reward> ofClient(Handle h, long salonId, long clientId) {
        return h.createQuery("SELECT " + COLUMNS + " FROM referral_reward WHERE salon_id = :s AND client_id = :c ORDER BY id")
                .bind("s", salonId).bind("c", clientId).map(MAPPER).list();
    }

    /** The rewards earned by these referrals (at most one not reversed each), oldest first, for a report. */
    public static List<Reward> ofLinks(Handle h, long salonId, Collection<Long> linkIds) {
        if (linkIds.isEmpty()) {
            return List.of();
        }
        return h.createQuery("SELECT " + COLUMNS + " FROM referral_reward WHERE salon_id = :s AND link_id IN (<links>) ORDER BY id")
                .bind("s", salonId).bindList("links", List.copyOf(linkIds)).map(MAPPER).list();
    }

    /** The client's oldest discount that no visit used yet: the one their next visit gets. */
    public static Optional<Reward> oldestPending(Handle h, long salonId, long clientId) {
        return h.createQuery("SELECT " + COLUMNS + " FROM referral_reward WHERE salon_id = :s AND client_id = :c "
                        + "AND kind = 'discount' AND used_visit_id IS NULL AND cancelled_at IS NULL ORDER BY id")
                .bind("s", salonId).bind("c", clientId).map(MAPPER).findFirst();
    }

    /** Every reward of one referral, oldest first (earlier ones were reversed). */
    public static List<Reward> ofLink(Handle h, long salonId, long linkId) {
        return h.createQuery("SELECT " + COLUMNS + " FROM referral_reward WHERE salon_id = :s AND link_id = :l ORDER BY id")
                .bind("s", salonId).bind("l", linkId).map(MAPPER).list();
    }

    /** The rewards a visit earned that no refund reversed yet. */
    static List<Reward> liveEarnedBy(Handle h, long salonId, long visitId) {
        return h.createQuery("SELECT " + COLUMNS + " FROM referral_reward WHERE salon_id = :s AND earned_visit_id = :v "
                        + "AND reversed_at IS NULL ORDER BY id")
                .bind("s", salonId).bind("v", visitId).map(MAPPER).list();
    }

    /** Reversed points rewards whose points the wallet has not taken back yet (the bonus feature was off), oldest first. */
    static List<Reward> awaitingTakeBack(Handle h, long salonId, Long linkId) {
        var query = h.createQuery("SELECT " + COLUMNS + " FROM referral_reward WHERE salon_id = :s AND kind = 'points' "
                        + "AND reversed_at IS NOT NULL AND taken_back_at IS NULL" + (linkId == null ? "" : " AND link_id = :l")
                        + " ORDER BY id")
                .bind("s", salonId);
        if (linkId != null) {
            query.bind("l", linkId);
        }
        return query.map(MAPPER).list();
    }

    static void insertPoints(Handle h, long salonId, long linkId, long clientId, long points, long walletEntryId, String walletKey,
                             long earnedVisitId, Instant at) {
        h.execute("""
                INSERT INTO referral_reward (salon_id, link_id, client_id, kind, points, wallet_entry_id, wallet_key, earned_visit_id,
                    created_at)
                VALUES (?, ?, ?, 'points', ?, ?, ?, ?, ?)""", salonId, linkId, clientId, points, walletEntryId, walletKey,
                earnedVisitId, at.toEpochMilli());
    }

    /**
     * Marks a reward reversed by the refund of its earning visit; an unused discount is withdrawn
     * with it. False when it was reversed already.
     */
    static boolean markReversed(Handle h, long salonId, long rewardId, Instant at) {
        return h.createUpdate("""
                        UPDATE referral_reward SET reversed_at = :at,
                            cancelled_at = CASE WHEN kind = 'discount' AND used_visit_id IS NULL THEN :at ELSE cancelled_at END
                        WHERE id = :id AND salon_id = :s AND reversed_at IS NULL""")
                .bind("at", at.toEpochMilli()).bind("id", rewardId).bind("s", salonId).execute() == 1;
    }

    /** Records what the wallet took back of a reversed points reward, once. */
    static boolean recordTakeBack(Handle h, long salonId, long rewardId, long takenBack, long shortfall, Instant at) {
        return h.createUpdate("""
                        UPDATE referral_reward SET taken_back = :t, shortfall = :sf, taken_back_at = :at
                        WHERE id = :id AND salon_id = :s AND reversed_at IS NOT NULL AND taken_back_at IS NULL""")
                .bind("t", takenBack).bind("sf", shortfall).bind("at", at.toEpochMilli()).bind("id", rewardId).bind("s", salonId)
                .execute() == 1;
    }

    static void insertDiscount(Handle h, long salonId, long linkId, long clientId, long basisPoints, long earnedVisitId,
                               Instant at) {
        h.execute("""
                INSERT INTO referral_reward (salon_id, link_id, client_id, kind, basis_points, earned_visit_id, created_at)
                VALUES (?, ?, ?, 'discount', ?, ?, ?)""", salonId, linkId, clientId, basisPoints, earnedVisitId, at.toEpochMilli());
    }

    /** Marks a pending discount used by a visit; false when another visit used it first. */
    static boolean markUsed(Handle h, long salonId, long rewardId, long visitId, long amount, Instant at) {
        return h.createUpdate("""
                        UPDATE referral_reward SET used_visit_id = :v, used_amount = :a, used_at = :at
                        WHERE id = :id AND salon_id = :s AND used_visit_id IS NULL AND cancelled_at IS NULL""")
                .bind("v", visitId).bind("a", amount).bind("at", at.toEpochMilli()).bind("id", rewardId).bind("s", salonId)
                .execute() == 1;
    }

    private static Long longOrNull(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
