package app.atelier.core.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Lost and sleeping clients as of the end of {@code to} (visits after it are ignored, so the report
 * can look back). A client is <b>lost</b> when their last visit is more than {@code thresholdDays}
 * calendar days before {@code to}; <b>sleeping</b> when not lost, with at least three visits, and the
 * days since the last visit exceed {@code k} times their usual interval (first to last visit, in
 * calendar days, divided by the visits minus one). Deleted clients and clients with an upcoming
 * booked or confirmed visit are left out. {@code from}, when given, leaves out clients whose last
 * visit was before it. Filters: source and tag on the client; {@code category}: the client had a
 * service of it; {@code staffId}: it is the client's favourite master (most visits, ties to the
 * latest). Sorted by {@code value} (total spent, the default), {@code lastVisit} (longest ago first)
 * or {@code visits}.
 */
public record LostClients(LocalDate asOf, int thresholdDays, BigDecimal k, String sort, long total, long lost,
                          long sleeping, long totalValue, int limit, int offset, List<Row> clients) implements Tabular {

    public static final List<String> SORTS = List.of("value", "lastVisit", "visits");

    /**
     * @param status             {@code lost} or {@code sleeping}
     * @param usualIntervalDays  mean days between visits (one decimal); {@code null} for one visit
     * @param totalSpent         bill totals of the counted visits up to {@code asOf}, minor units
     */
    public record Row(long clientId, String name, String phone, String status, long visits, LocalDate firstVisit,
                      LocalDate lastVisit, long daysSinceLastVisit, BigDecimal usualIntervalDays, long totalSpent,
                      Long favouriteMasterId, String favouriteMasterName) {
    }

    private static final Map<String, String> ORDER = Map.of(
            "value", "%1$sspent DESC, %1$sclient_id",
            "lastVisit", "%1$slast_at, %1$sclient_id",
            "visits", "%1$sn DESC, %1$sspent DESC, %1$sclient_id");

    static LostClients compute(Handle h, ReportScope scope, boolean fromGiven, int thresholdDays, BigDecimal k, String sort,
                               int limit, int offset) {
        long asOf = scope.endMs();
        long toDay = scope.to().toEpochDay();
        ReportSql sql = new ReportSql(scope)
                .arg("as_of", asOf)
                .arg("lost_before", ReportScope.startOf(scope.to().minusDays(thresholdDays), scope.zone()))
                .arg("since", scope.startMs())
                .arg("k100", k.movePointRight(2).longValueExact())
                .arg("to_day", toDay)
                .arg("limit", limit).arg("offset", offset);
        long historyStart = ReportScope.startOf(ReportScope.EARLIEST, scope.zone());
        String lastDay = sql.localMillis("max(v.start_at)", historyStart, asOf) + " / " + Cohorts.DAY;
        String firstDay = sql.localMillis("min(v.start_at)", historyStart, asOf) + " / " + Cohorts.DAY;
        String favourite = """
                (SELECT x.staff_id FROM visit x WHERE %s AND x.client_id = %%s AND x.start_at < :as_of
                 GROUP BY x.staff_id ORDER BY count(*) DESC, max(x.start_at) DESC, x.staff_id LIMIT 1)"""
                .formatted(ReportSql.done("x"));
        StringBuilder filters = new StringBuilder(sql.clientFilters("a.client_id"));
        if (scope.category() != null) {
            filters.append(" AND EXISTS (SELECT 1 FROM visit cv CROSS JOIN visit_item ci WHERE ")
                    .append(ReportSql.done("cv")).append(" AND cv.client_id = a.client_id AND cv.start_at < :as_of")
                    .append(" AND ci.salon_id = cv.salon_id AND ci.visit_id = cv.id AND ci.category = :f_category)");
        }
        if (scope.staffId() != null) {
            filters.append(" AND ").append(favourite.formatted("a.client_id")).append(" = :f_staff");
        }
        String order = ORDER.get(sort);
        String lostOrSleeping = "(max(v.start_at) < :lost_before OR (count(*) >= 3 AND (:to_day - " + lastDay + ") * (count(*) - 1) * 100"
                + " > :k100 * (" + lastDay + " - " + firstDay + ")))" + (fromGiven ? " AND max(v.start_at) >= :since" : "");
        String query = "WITH " + ReportSql.refundedCte() + ",\n"
                + ReportSql.perClientCte("agg", "count(*) AS n, min(v.start_at) AS first_at, max(v.start_at) AS last_at",
                        // "+ 0": a bare range on start_at would let SQLite read the (salon, status, start)
                        // index and sort every visit by client, instead of one pass in client order
                        " AND v.start_at + 0 < :as_of", lostOrSleeping) + """
                , cand AS MATERIALIZED (
                  SELECT a.client_id, a.n, a.first_at, a.last_at,
                         CASE WHEN a.last_at < :lost_before THEN 'lost' ELSE 'sleeping' END AS status
                  FROM agg a
                  WHERE EXISTS (SELECT 1 FROM client c WHERE c.id = a.client_id AND c.deleted_at IS NULL)
                    AND NOT EXISTS (SELECT 1 FROM visit o WHERE o.salon_id = :salon AND o.status IN ('booked', 'confirmed')
                                    AND o.client_id = a.client_id AND o.start_at >= :now)%s
                ), valued AS MATERIALIZED (
                  SELECT cand.*, %s AS spent
                  FROM cand
                )
                SELECT p.client_id, c.name, c.phone, p.status, p.n, p.first_at, p.last_at, p.spent,
                       p.total_rows, p.lost_rows, p.total_value, %s AS favourite
                FROM (SELECT valued.*, count(*) OVER () AS total_rows,
                             sum(CASE WHEN status = 'lost' THEN 1 ELSE 0 END) OVER () AS lost_rows,
                             sum(spent) OVER () AS total_value
                      FROM valued ORDER BY %s LIMIT :limit OFFSET :offset) p
                JOIN client c ON c.id = p.client_id
                ORDER BY %s"""
                .formatted(filters, sql.spent("cand.client_id", asOf), favourite.formatted("p.client_id"), order.formatted(""),
                        order.formatted("p."));
        long[] totals = new long[3];
        Masters masters = Masters.load(h, scope.salonId());
        List<Row> rows = sql.query(h, query).map((rs, ctx) -> {
            totals[0] = rs.getLong("total_rows");
            totals[1] = rs.getLong("lost_rows");
            totals[2] = rs.getLong("total_value");
            long n = rs.getLong("n");
            LocalDate first = scope.localDate(rs.getLong("first_at"));
            LocalDate last = scope.localDate(rs.getLong("last_at"));
            BigDecimal interval = n < 2 ? null : BigDecimal.valueOf(last.toEpochDay() - first.toEpochDay())
                    .divide(BigDecimal.valueOf(n - 1), 1, RoundingMode.HALF_UP);
            Long fav = rs.getObject("favourite") == null ? null : rs.getLong("favourite");
            return new Row(rs.getLong("client_id"), rs.getString("name"), rs.getString("phone"), rs.getString("status"), n,
                    first, last, toDay - last.toEpochDay(), interval, rs.getLong("spent"), fav, fav == null ? null : masters.name(fav));
        }).list();
        if (rows.isEmpty() && offset > 0) {
            // the page is past the end: the totals still describe the whole list
            long[] whole = sql.arg("limit", 1).arg("offset", 0).query(h, query)
                    .map((rs, ctx) -> new long[] {rs.getLong("total_rows"), rs.getLong("lost_rows"), rs.getLong("total_value")})
                    .findFirst().orElse(new long[3]);
            System.arraycopy(whole, 0, totals, 0, 3);
        }
        return new LostClients(scope.to(), thresholdDays, k, sort, totals[0], totals[1], totals[0] - totals[1], totals[2],
                limit, offset, rows);
    }

    @Override
    public ReportTable table() {
        ReportTable.Builder t = new ReportTable.Builder("lost-clients").number("clientId").text("name").text("phone")
                .text("status").number("visits").date("firstVisit").date("lastVisit").number("daysSinceLastVisit")
                .number("usualIntervalDays").money("totalSpent").number("favouriteMasterId").text("favouriteMaster");
        for (Row r : clients) {
            t.row(r.clientId(), r.name(), r.phone(), r.status(), r.visits(), r.firstVisit(), r.lastVisit(),
                    r.daysSinceLastVisit(), r.usualIntervalDays(), r.totalSpent(), r.favouriteMasterId(), r.favouriteMasterName());
        }
        return t.build();
    }
}
