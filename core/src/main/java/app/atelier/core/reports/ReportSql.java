package app.atelier.core.reports;

import java.time.Instant;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatements;

/**
 * SQL fragments shared by the reports. Where a join must run in one order (the small side first,
 * the big table searched by its key), the query says {@code a CROSS JOIN b WHERE …}: SQLite keeps
 * that order, PostgreSQL reads it as any inner join. ReportQueryPlansTest keeps the plans honest. Values travel as named parameters ({@code :salon},
 * {@code :start}, {@code :end}, {@code :now} and the filters' {@code :f_*}); the only literals
 * spliced into SQL are numbers computed here (zone offsets, month boundaries). Every fragment is
 * portable between SQLite and PostgreSQL.
 */
final class ReportSql {
    private final ReportScope scope;
    private final Map<String, Object> args = new LinkedHashMap<>();

    ReportSql(ReportScope scope) {
        this.scope = scope;
        args.put("salon", scope.salonId());
        args.put("start", scope.startMs());
        args.put("end", scope.endMs());
        args.put("now", scope.nowMs());
        if (scope.staffId() != null) {
            args.put("f_staff", scope.staffId());
        }
        if (scope.category() != null) {
            args.put("f_category", scope.category());
        }
        if (scope.source() != null) {
            args.put("f_source", scope.source());
        }
        if (scope.tag() != null) {
            args.put("f_tag", scope.tag());
        }
    }

    ReportSql arg(String name, Object value) {
        args.put(name, value);
        return this;
    }

    /** A query with every parameter bound; parameters a statement does not use are allowed. */
    Query query(Handle h, String sql) {
        Query q = h.createQuery(sql);
        q.getConfig(SqlStatements.class).setUnusedBindingAllowed(true);
        return q.bindMap(args);
    }

    /** Visit {@code v} of this salon counts: completed and not refunded. */
    static String done(String v) {
        return v + ".salon_id = :salon AND " + v + ".status = 'completed' AND " + notRefunded(v);
    }

    static String notRefunded(String v) {
        return "NOT EXISTS (SELECT 1 FROM visit_refund r_" + v + " WHERE r_" + v + ".visit_id = " + v + ".id)";
    }

    /** A CTE {@code refunded}: the clients of the salon with at least one refunded visit (few). */
    static String refundedCte() {
        return "refunded AS MATERIALIZED (SELECT DISTINCT client_id FROM visit_refund WHERE salon_id = :salon)";
    }

    /**
     * A CTE of per-client aggregates over the counted visits {@code v} matching {@code where}, needing
     * {@link #refundedCte()} before it. One pass over the covering index by client; refunds are
     * checked per client, not per visit: only the few clients with a refund are read again, visit by
     * visit, without their refunded visits. {@code having} (may be empty) filters the clients.
     * {@code where} must not put a bare range on {@code v.start_at} (write {@code v.start_at + 0}):
     * SQLite would then read the (salon, status, start) index and sort every visit by client, three
     * times slower than the pass in client order.
     */
    static String perClientCte(String name, String aggregates, String where, String having) {
        String select = "SELECT v.client_id, " + aggregates + " FROM visit v WHERE v.salon_id = :salon AND v.status = 'completed'"
                + where;
        return name + " AS MATERIALIZED (\n  " + select
                + "\n  GROUP BY v.client_id HAVING v.client_id NOT IN (SELECT client_id FROM refunded)"
                + (having.isEmpty() ? "" : " AND " + having)
                + "\n  UNION ALL\n  " + select + " AND v.client_id IN (SELECT client_id FROM refunded) AND " + notRefunded("v")
                + "\n  GROUP BY v.client_id" + (having.isEmpty() ? "" : " HAVING " + having) + ")";
    }

    /**
     * What client {@code clientId} spent: the totals of the bills of their counted visits that started
     * before {@code :cut}. When {@code :cut} is not before today's end every bill counts, and the sum
     * comes from the bill index alone (less the refunded bills); otherwise each visit is checked.
     */
    String spent(String clientId, long cutMs) {
        arg("cut", cutMs);
        if (cutMs > scope.nowMs()) {
            return "((SELECT COALESCE(sum(sb.total), 0) FROM bill sb WHERE sb.salon_id = :salon AND sb.client_id = " + clientId + ")"
                    + " - (SELECT COALESCE(sum(rb.total), 0) FROM visit_refund sr JOIN bill rb ON rb.visit_id = sr.visit_id"
                    + " WHERE sr.salon_id = :salon AND sr.client_id = " + clientId + "))";
        }
        return "(SELECT COALESCE(sum(sb.total), 0) FROM visit sv CROSS JOIN bill sb WHERE " + done("sv") + " AND sv.client_id = "
                + clientId + " AND sv.start_at < :cut AND sb.visit_id = sv.id)";
    }

    /** Visit {@code v} starts inside the period. */
    static String inPeriod(String v) {
        return v + ".start_at >= :start AND " + v + ".start_at < :end";
    }

    /** {@code AND}-clauses for the master and category filters on visit {@code v} ("" when none). */
    String visitFilters(String v) {
        return staffFilter(v) + categoryFilter(v);
    }

    String staffFilter(String v) {
        return scope.staffId() == null ? "" : " AND " + v + ".staff_id = :f_staff";
    }

    String categoryFilter(String v) {
        return scope.category() == null ? "" : " AND EXISTS (SELECT 1 FROM visit_item fi_" + v + " WHERE fi_" + v
                + ".salon_id = :salon AND fi_" + v + ".visit_id = " + v + ".id AND fi_" + v + ".category = :f_category)";
    }

    /** {@code AND}-clauses for the source and tag filters on the client whose id is {@code clientId}. */
    String clientFilters(String clientId) {
        StringBuilder sql = new StringBuilder();
        if (scope.source() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM client fc WHERE fc.id = ").append(clientId)
                    .append(" AND fc.source = :f_source)");
        }
        if (scope.tag() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM client_tag ft WHERE ft.client_id = ").append(clientId)
                    .append(" AND ft.tag = :f_tag)");
        }
        return sql.toString();
    }

    /**
     * The salon-local wall time of instant {@code column} as epoch milliseconds of a UTC clock showing
     * it: the column plus the zone's offset, which changes at each DST transition inside the period
     * (the transitions become a CASE over literal instants).
     */
    String localMillis(String column) {
        return localMillis(column, scope.startMs(), scope.endMs());
    }

    /** As {@link #localMillis(String)}, for instants anywhere in [{@code fromMs}, {@code toMs}). */
    String localMillis(String column, long fromMs, long toMs) {
        ZoneRules rules = scope.zone().getRules();
        Instant at = Instant.ofEpochMilli(fromMs);
        java.util.List<Long> bounds = new java.util.ArrayList<>();
        java.util.List<Long> offsets = new java.util.ArrayList<>();
        offsets.add(rules.getOffset(at).getTotalSeconds() * 1000L);
        ZoneOffsetTransition t = rules.nextTransition(at);
        while (t != null && t.getInstant().toEpochMilli() < toMs) {
            bounds.add(t.getInstant().toEpochMilli());
            offsets.add(t.getOffsetAfter().getTotalSeconds() * 1000L);
            t = rules.nextTransition(t.getInstant());
        }
        return "(" + column + " + " + offsetCase(column, bounds, offsets, 0, offsets.size() - 1) + ")";
    }

    /**
     * The offset in force at {@code column}: offsets[k] applies from bounds[k-1] on. A balanced tree
     * of CASEs, so that a long history costs a few comparisons per row, not one per transition.
     */
    private static String offsetCase(String column, java.util.List<Long> bounds, java.util.List<Long> offsets, int lo, int hi) {
        if (lo == hi) {
            return offsets.get(lo).toString();
        }
        int mid = (lo + hi + 1) / 2;
        return "CASE WHEN " + column + " < " + bounds.get(mid - 1) + " THEN " + offsetCase(column, bounds, offsets, lo, mid - 1)
                + " ELSE " + offsetCase(column, bounds, offsets, mid, hi) + " END";
    }

    /** The salon-local wall time of an instant, as {@link #localMillis(String)} computes it in SQL. */
    long localMillisOf(long epochMs) {
        return epochMs + scope.zone().getRules().getOffset(Instant.ofEpochMilli(epochMs)).getTotalSeconds() * 1000L;
    }

    /** ISO weekday (1 = Monday) of a local-millis expression; 1970-01-01 was a Thursday. */
    static String weekday(String localMillis) {
        return "((" + localMillis + " / 86400000 + 3) % 7 + 1)";
    }

    static String hour(String localMillis) {
        return "((" + localMillis + " % 86400000) / 3600000)";
    }
}
