package app.atelier.core.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * The best clients of the period, ranked by {@code revenue} (bill totals), {@code visits} or
 * {@code averageBill}, ties broken by revenue, then visits, then the older client. Counted visits
 * in the period passing all filters; the totals (and so the shares) take every such visit, the
 * ranking leaves deleted clients out.
 */
public record TopClients(LocalDate from, LocalDate to, String by, long totalRevenue, long totalVisits, long totalClients,
                         List<Row> clients) implements Tabular {

    public static final List<String> MEASURES = List.of("revenue", "visits", "averageBill");

    /**
     * @param revenueShareBp the client's revenue ÷ everyone's, basis points
     * @param visitsShareBp  the client's visits ÷ everyone's
     */
    public record Row(int rank, long clientId, String name, String phone, String source, long revenue, long visits,
                      Long averageBill, Integer revenueShareBp, Integer visitsShareBp) {
    }

    private static final Map<String, String> ORDER = Map.of(
            "revenue", "revenue DESC, visits DESC, t.client_id",
            "visits", "visits DESC, revenue DESC, t.client_id",
            // the exact average is compared through an integer scaled by 1000, no floating point
            "averageBill", "revenue * 1000 / visits DESC, revenue DESC, t.client_id");

    static TopClients compute(Handle h, ReportScope scope, String by, int limit) {
        ReportSql sql = new ReportSql(scope).arg("limit", limit);
        String where = ReportSql.done("v") + " AND " + ReportSql.inPeriod("v") + sql.visitFilters("v")
                + sql.clientFilters("v.client_id");
        long[] totals = sql.query(h, "SELECT count(*), COALESCE(sum(b.total), 0), count(DISTINCT v.client_id) FROM visit v "
                        + "JOIN bill b ON b.visit_id = v.id WHERE " + where)
                .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).one();
        List<Row> rows = new ArrayList<>();
        sql.query(h, """
                        SELECT t.client_id, c.name, c.phone, c.source, t.revenue, t.visits
                        FROM (SELECT v.client_id, sum(b.total) AS revenue, count(*) AS visits
                              FROM visit v JOIN bill b ON b.visit_id = v.id
                              WHERE %s GROUP BY v.client_id) t
                        JOIN client c ON c.id = t.client_id
                        WHERE c.deleted_at IS NULL
                        ORDER BY %s LIMIT :limit""".formatted(where, ORDER.get(by)))
                .map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                        rs.getLong(6)})
                .forEach(r -> {
                    long revenue = (Long) r[4];
                    long visits = (Long) r[5];
                    rows.add(new Row(rows.size() + 1, (Long) r[0], (String) r[1], (String) r[2], (String) r[3], revenue, visits,
                            Rates.average(revenue, visits), Rates.bp(revenue, totals[1]), Rates.bp(visits, totals[0])));
                });
        return new TopClients(scope.from(), scope.to(), by, totals[1], totals[0], totals[2], rows);
    }

    @Override
    public ReportTable table() {
        ReportTable.Builder t = new ReportTable.Builder("top-clients").number("rank").number("clientId").text("name")
                .text("phone").text("source").money("revenue").number("visits").money("averageBill").rate("revenueShare")
                .rate("visitsShare");
        for (Row r : clients) {
            t.row(r.rank(), r.clientId(), r.name(), r.phone(), r.source(), r.revenue(), r.visits(), r.averageBill(),
                    r.revenueShareBp(), r.visitsShareBp());
        }
        return t.build();
    }
}
