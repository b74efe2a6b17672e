package app.atelier.plugins.discounts.manual;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** {@code discounts_manual_log}: append-only, scoped by salon. Writes go through the checkout's handle only. */
public final class ManualLog {
    private static final String COLUMNS = "id, visit_id, client_id, user_id, entry, amount, percent_bp, requested_amount, reason, created_at";

    private ManualLog() {
    }

    /** Appends a row inside the caller's transaction. */
    static void append(Handle h, long salonId, ManualLogEntry e) {
        h.createUpdate("""
                        INSERT INTO discounts_manual_log (salon_id, visit_id, client_id, user_id, entry, amount, percent_bp,
                        requested_amount, reason, created_at) VALUES (:s, :v, :c, :u, :e, :a, :p, :r, :why, :at)""")
                .bind("s", salonId).bind("v", e.visitId()).bind("c", e.clientId()).bind("u", e.userId()).bind("e", e.entry())
                .bind("a", e.amount()).bind("p", e.percent()).bind("r", e.requestedAmount()).bind("why", e.reason())
                .bind("at", e.at().toEpochMilli()).execute();
    }

    /** The rows of one visit, inside the caller's transaction. */
    static List<ManualLogEntry> ofVisit(Handle h, long salonId, long visitId) {
        return h.createQuery("SELECT " + COLUMNS + " FROM discounts_manual_log WHERE salon_id = :s AND visit_id = :v ORDER BY id")
                .bind("s", salonId).bind("v", visitId).map((rs, ctx) -> row(rs)).list();
    }

    /** Rows written in {@code [from, to)}, oldest first, at most {@code limit}. */
    public static List<ManualLogEntry> between(Jdbi db, long salonId, Instant from, Instant to, int limit) {
        return db.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " " + """
                         FROM discounts_manual_log WHERE salon_id = :s AND created_at >= :from AND created_at < :to
                         ORDER BY created_at, id LIMIT :limit""")
                .bind("s", salonId).bind("from", from.toEpochMilli()).bind("to", to.toEpochMilli()).bind("limit", limit)
                .map((rs, ctx) -> row(rs)).list());
    }

    private static ManualLogEntry row(ResultSet rs) throws SQLException {
        return new ManualLogEntry(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getObject(4) == null ? null : rs.getLong(4),
                rs.getString(5), rs.getLong(6), rs.getObject(7) == null ? null : rs.getLong(7),
                rs.getObject(8) == null ? null : rs.getLong(8), rs.getString(9), Instant.ofEpochMilli(rs.getLong(10)));
    }
}
