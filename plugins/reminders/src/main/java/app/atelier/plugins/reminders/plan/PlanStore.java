package app.atelier.plugins.reminders.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * SQL over {@code reminders_plan}, always scoped by salon. Every status change is conditional on
 * the row still being {@code planned}, so two writers (the event listener and the sending task)
 * never overwrite each other's outcome.
 */
public final class PlanStore {
    private static final String COLUMNS = """
            id, salon_id, client_id, visit_id, kind, slot, visit_start, due_at, expires_at, status, reason, channel,
            message_id, dedup_key, created_at, updated_at, acted_at""";
    private static final int MAX_REASON = 500;

    private PlanStore() {
    }

    /** Inserts the intent unless a row with its dedup key exists; returns whether it inserted. */
    public static boolean insert(Handle h, long salonId, Intent i, Instant now) {
        String status = i.skipReason() == null ? PlanRow.PLANNED : PlanRow.SKIPPED;
        // ON CONFLICT … DO NOTHING is spelled the same on SQLite and PostgreSQL
        return h.createUpdate("""
                        INSERT INTO reminders_plan (salon_id, client_id, visit_id, kind, slot, visit_start, due_at, expires_at,
                                                    status, reason, dedup_key, created_at, updated_at)
                        VALUES (:s, :c, :v, :kind, :slot, :start, :due, :expires, :status, :reason, :key, :now, :now)
                        ON CONFLICT (salon_id, dedup_key) DO NOTHING""")
                .bind("s", salonId).bind("c", i.clientId()).bind("v", i.visitId()).bind("kind", i.kind().key())
                .bind("slot", i.slot()).bind("start", millis(i.visitStart())).bind("due", i.dueAt().toEpochMilli())
                .bind("expires", millis(i.expiresAt())).bind("status", status).bind("reason", clip(i.skipReason()))
                .bind("key", i.dedupKey()).bind("now", now.toEpochMilli()).execute() == 1;
    }

    /** Moves a planned row to the intent's time (the visit moved); false if it was no longer planned. */
    public static boolean move(Handle h, long salonId, long id, Intent i, Instant now) {
        return h.createUpdate("""
                        UPDATE reminders_plan SET visit_start = :start, due_at = :due, expires_at = :expires, dedup_key = :key,
                               status = :status, reason = :reason, updated_at = :now
                        WHERE id = :id AND salon_id = :s AND status = 'planned' AND acted_at IS NULL""")
                .bind("start", millis(i.visitStart())).bind("due", i.dueAt().toEpochMilli()).bind("expires", millis(i.expiresAt()))
                .bind("key", i.dedupKey()).bind("status", i.skipReason() == null ? PlanRow.PLANNED : PlanRow.SKIPPED)
                .bind("reason", clip(i.skipReason())).bind("now", now.toEpochMilli()).bind("id", id).bind("s", salonId)
                .execute() == 1;
    }

    /** Ends a planned row with a status and reason; false if another writer ended it first. */
    public static boolean finish(Handle h, long salonId, long id, String status, String reason, Instant now) {
        return h.createUpdate("""
                        UPDATE reminders_plan SET status = :status, reason = :reason, updated_at = :now
                        WHERE id = :id AND salon_id = :s AND status = 'planned'""")
                .bind("status", status).bind("reason", clip(reason)).bind("now", now.toEpochMilli())
                .bind("id", id).bind("s", salonId).execute() == 1;
    }

    /**
     * Records the queued message ({@code status} {@code queued}, or {@code done} for an action that
     * also told the client); false if the row had been ended meanwhile.
     */
    public static boolean queued(Handle h, long salonId, long id, String status, String note, String channel, long messageId,
                                 Instant now) {
        return h.createUpdate("""
                        UPDATE reminders_plan SET status = :status, channel = :channel, message_id = :m, reason = :note,
                               updated_at = :now
                        WHERE id = :id AND salon_id = :s AND status = 'planned'""")
                .bind("status", status).bind("note", clip(note))
                .bind("channel", channel).bind("m", messageId).bind("now", now.toEpochMilli())
                .bind("id", id).bind("s", salonId).execute() == 1;
    }

    /** Counts a failed attempt (the reason kept for the history) and returns the attempts so far. */
    public static int failed(Handle h, long salonId, long id, String reason, Instant now) {
        h.createUpdate("""
                        UPDATE reminders_plan SET attempts = attempts + 1, reason = :reason, updated_at = :now
                        WHERE id = :id AND salon_id = :s AND status = 'planned'""")
                .bind("reason", clip(reason)).bind("now", now.toEpochMilli()).bind("id", id).bind("s", salonId).execute();
        return h.createQuery("SELECT attempts FROM reminders_plan WHERE id = :id AND salon_id = :s")
                .bind("id", id).bind("s", salonId).mapTo(Integer.class).findOne().orElse(0);
    }

    /** Marks that the row's action is being taken, before taking it (see the deadline). */
    public static void acting(Handle h, long salonId, long id, Instant now) {
        h.execute("UPDATE reminders_plan SET acted_at = ?, updated_at = ? WHERE id = ? AND salon_id = ? AND acted_at IS NULL",
                now.toEpochMilli(), now.toEpochMilli(), id, salonId);
    }

    /** The action was refused: the row is not acting after all. */
    public static void notActing(Handle h, long salonId, long id) {
        h.execute("UPDATE reminders_plan SET acted_at = NULL WHERE id = ? AND salon_id = ?", id, salonId);
    }

    /** Whether the plugin itself cancelled this visit at its confirmation deadline. */
    public static boolean cancelledByDeadline(Handle h, long salonId, long visitId) {
        return h.createQuery("""
                        SELECT count(*) FROM reminders_plan WHERE salon_id = :s AND visit_id = :v
                        AND kind = 'confirmation_deadline' AND acted_at IS NOT NULL""")
                .bind("s", salonId).bind("v", visitId).mapTo(Integer.class).one() > 0;
    }

    /** Ends every planned row of a visit (except an action under way) with a reason; returns how many. */
    public static int cancelVisit(Handle h, long salonId, long visitId, String status, String reason, Instant now) {
        return h.createUpdate("""
                        UPDATE reminders_plan SET status = :status, reason = :reason, updated_at = :now
                        WHERE salon_id = :s AND visit_id = :v AND status = 'planned' AND acted_at IS NULL""")
                .bind("status", status).bind("reason", clip(reason)).bind("now", now.toEpochMilli())
                .bind("s", salonId).bind("v", visitId).execute();
    }

    /** Ends a client's other planned rows of the intent's kind and slot (an invitation a later visit replaces). */
    public static int cancelOthers(Handle h, long salonId, Intent intent, String reason, Instant now) {
        return h.createUpdate("""
                        UPDATE reminders_plan SET status = 'cancelled', reason = :reason, updated_at = :now
                        WHERE salon_id = :s AND client_id = :c AND kind = :kind AND slot = :slot AND status = 'planned'
                        AND dedup_key <> :key""")
                .bind("reason", clip(reason)).bind("now", now.toEpochMilli()).bind("s", salonId).bind("c", intent.clientId())
                .bind("kind", intent.kind().key()).bind("slot", intent.slot()).bind("key", intent.dedupKey()).execute();
    }

    public static Optional<PlanRow> get(Handle h, long salonId, long id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM reminders_plan WHERE id = :id AND salon_id = :s")
                .bind("id", id).bind("s", salonId).map((rs, ctx) -> row(rs)).findOne();
    }

    /** Rows of a visit, oldest plan first. */
    public static List<PlanRow> ofVisit(Handle h, long salonId, long visitId) {
        return h.createQuery("SELECT " + COLUMNS + " FROM reminders_plan WHERE salon_id = :s AND visit_id = :v ORDER BY due_at, id")
                .bind("s", salonId).bind("v", visitId).map((rs, ctx) -> row(rs)).list();
    }

    /** Planned rows due by {@code now}, earliest first. */
    public static List<PlanRow> due(Handle h, long salonId, Instant now, int limit) {
        return h.createQuery("SELECT " + COLUMNS + " FROM reminders_plan WHERE salon_id = :s AND status = 'planned' "
                        + "AND due_at <= :now ORDER BY due_at, id LIMIT :l")
                .bind("s", salonId).bind("now", now.toEpochMilli()).bind("l", limit).map((rs, ctx) -> row(rs)).list();
    }

    /**
     * Which rows a list or a count is about: those due in {@code [from, to)} (listed earliest first),
     * or those of one client (listed newest due first).
     */
    public record Scope(Instant from, Instant to, Long clientId) {
        public static Scope due(Instant from, Instant to) {
            return new Scope(from, to, null);
        }

        public static Scope client(long clientId) {
            return new Scope(null, null, clientId);
        }

        private String where() {
            // every status named, so that (salon_id, status, due_at) serves a day's range
            return clientId != null ? "salon_id = :s AND client_id = :c AND status IN (<statuses>)"
                    : "salon_id = :s AND status IN (<statuses>) AND due_at >= :from AND due_at < :to";
        }

        private <T extends org.jdbi.v3.core.statement.SqlStatement<T>> T bind(T statement, long salonId, List<String> statuses) {
            statement.bind("s", salonId).bindList("statuses", statuses);
            return clientId != null ? statement.bind("c", clientId)
                    : statement.bind("from", from.toEpochMilli()).bind("to", to.toEpochMilli());
        }
    }

    /** A page of the scope's rows of one status, or of any status when {@code status} is null. */
    public static List<PlanRow> list(Handle h, long salonId, Scope scope, String status, int offset, int limit) {
        String order = scope.clientId() != null ? "due_at DESC, id DESC" : "due_at, id";
        return scope.bind(h.createQuery("SELECT " + COLUMNS + " FROM reminders_plan WHERE " + scope.where()
                                + " ORDER BY " + order + " LIMIT :l OFFSET :o"), salonId,
                        status == null ? PlanRow.STATUSES : List.of(status))
                .bind("l", limit).bind("o", offset).map((rs, ctx) -> row(rs)).list();
    }

    /** How many of the scope's rows have each status, every status present (0 when none), in {@link PlanRow#STATUSES} order. */
    public static Map<String, Integer> counts(Handle h, long salonId, Scope scope) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        PlanRow.STATUSES.forEach(status -> counts.put(status, 0));
        scope.bind(h.createQuery("SELECT status, count(*) AS n FROM reminders_plan WHERE " + scope.where() + " GROUP BY status"),
                        salonId, PlanRow.STATUSES)
                .map((rs, ctx) -> Map.entry(rs.getString("status"), rs.getInt("n")))
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    /** Confirmation requests that went out, of visits starting at or after {@code from}. */
    public static List<PlanRow> sentRequests(Handle h, long salonId, Instant from, int limit) {
        return h.createQuery("SELECT " + COLUMNS + " FROM reminders_plan WHERE salon_id = :s AND kind = 'confirmation_request' "
                        + "AND status = 'queued' AND visit_start >= :from ORDER BY visit_start, id LIMIT :l")
                .bind("s", salonId).bind("from", from.toEpochMilli()).bind("l", limit).map((rs, ctx) -> row(rs)).list();
    }

    static PlanRow row(ResultSet rs) throws SQLException {
        return new PlanRow(rs.getLong("id"), rs.getLong("salon_id"), rs.getLong("client_id"), nullableLong(rs, "visit_id"),
                Kind.of(rs.getString("kind")).orElseThrow(), rs.getString("slot"), instant(rs, "visit_start"),
                Instant.ofEpochMilli(rs.getLong("due_at")), instant(rs, "expires_at"), rs.getString("status"),
                rs.getString("reason"), rs.getString("channel"), nullableLong(rs, "message_id"), rs.getString("dedup_key"),
                Instant.ofEpochMilli(rs.getLong("created_at")), Instant.ofEpochMilli(rs.getLong("updated_at")),
                instant(rs, "acted_at"));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Long millis = nullableLong(rs, column);
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }

    private static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    private static String clip(String reason) {
        return reason == null || reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON - 1) + "…";
    }
}
