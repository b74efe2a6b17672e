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
            + "used_visit_id, used_amount, cancelled_at";
    private static final RowMapper<Reward> MAPPER = (rs, ctx) -> new Reward(rs.getLong(1), rs.getLong(2), rs.getLong(3),
            rs.getString(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), Instant.ofEpochMilli(rs.getLong(8)),
            longOrNull(rs.getObject(9)), longOrNull(rs.getObject(10)), rs.getObject(11) != null);

    private RewardStore() {
    }

    /** The client's rewards as a referrer, oldest first. */
    public static List<Reward> ofClient(Handle h, long salonId, long clientId) {
        return h.createQuery("SELECT " + COLUMNS + " FROM referral_reward WHERE salon_id = :s AND client_id = :c ORDER BY id")
                .bind("s", salonId).bind("c", clientId).map(MAPPER).list();
    }

    /** The rewards earned by these referrals (at most one each), for a report. */
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

    static void insertPoints(Handle h, long salonId, long linkId, long clientId, long points, long walletEntryId,
                             long earnedVisitId, Instant at) {
        h.execute("""
                INSERT INTO referral_reward (salon_id, link_id, client_id, kind, points, wallet_entry_id, earned_visit_id, created_at)
                VALUES (?, ?, ?, 'points', ?, ?, ?, ?)""", salonId, linkId, clientId, points, walletEntryId, earnedVisitId,
                at.toEpochMilli());
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

    /** Withdraws the discount a refunded visit earned, unless the referrer used it already; returns how many. */
    static int cancelEarnedBy(Handle h, long salonId, long visitId, Instant at) {
        return h.createUpdate("""
                        UPDATE referral_reward SET cancelled_at = :at
                        WHERE salon_id = :s AND earned_visit_id = :v AND kind = 'discount'
                        AND used_visit_id IS NULL AND cancelled_at IS NULL""")
                .bind("at", at.toEpochMilli()).bind("s", salonId).bind("v", visitId).execute();
    }

    private static Long longOrNull(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
