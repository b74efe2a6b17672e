package app.atelier.core.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jdbi.v3.core.Handle;

/**
 * The marketing report: per client source, the new clients of the period (first visit in it, see
 * {@link Cohorts}), how many came back within {@code days}, and what they have brought to date
 * (every counted visit of theirs, also after the period: the channel's clients who stay show up
 * here); next to it, all clients of that source seen in the period with their visits and revenue.
 */
public record Sources(LocalDate from, LocalDate to, int days, Row total, List<Row> sources) implements Tabular {

    /**
     * @param source            {@code null} for clients without a source
     * @param newClients        clients whose first visit was in the period
     * @param returned          of them, those who came back within the days
     * @param windowOpen        of the rest, those who still may
     * @param newClientVisits   counted visits of the new clients to date
     * @param newClientRevenue  bill totals of those visits, minor units
     * @param averageBill       newClientRevenue ÷ newClientVisits, rounded half-up
     * @param revenuePerNewClient newClientRevenue ÷ newClients
     * @param periodClients     clients of the source with a counted visit in the period (new or not)
     * @param periodVisits      their counted visits in the period
     * @param periodRevenue     bill totals of those visits
     */
    public record Row(String source, String label, long newClients, long returned, long windowOpen, Integer returnRateBp,
                      long newClientVisits, long newClientRevenue, Long averageBill, Long revenuePerNewClient,
                      long periodClients, long periodVisits, long periodRevenue) {
    }

    // a map key for "no source" (Map.entry takes no nulls); never a real source: sources are trimmed
    private static final String NULL_KEY = " ";

    private static long[] acc(Map<String, long[]> bySource, String key) {
        return bySource.computeIfAbsent(key, k -> new long[8]);
    }

    static Sources compute(Handle h, ReportScope scope, int days) {
        ReportSql sql = new ReportSql(scope);
        String cte = Cohorts.cte(sql, scope, days);
        Map<String, long[]> bySource = new HashMap<>();
        sql.query(h, "WITH " + cte + """
                        , life AS MATERIALIZED (
                          SELECT b.client_id, count(*) AS n, sum(b.total) AS revenue FROM bill b
                          WHERE b.salon_id = :salon AND b.client_id IN (SELECT client_id FROM cohort)
                          GROUP BY b.client_id
                        ), refunds AS MATERIALIZED (
                          SELECT r.client_id, count(*) AS n, sum(b.total) AS revenue
                          FROM visit_refund r JOIN bill b ON b.visit_id = r.visit_id
                          WHERE r.salon_id = :salon AND r.client_id IN (SELECT client_id FROM cohort)
                          GROUP BY r.client_id
                        )
                        SELECT c.source, count(*), sum(co.returned), sum(%s),
                               sum(l.n - COALESCE(x.n, 0)), sum(l.revenue - COALESCE(x.revenue, 0))
                        FROM cohort co JOIN client c ON c.id = co.client_id JOIN life l ON l.client_id = co.client_id
                        LEFT JOIN refunds x ON x.client_id = co.client_id
                        GROUP BY c.source""".formatted(Cohorts.pending("co.")))
                .map((rs, ctx) -> Map.entry(Objects.toString(rs.getString(1), NULL_KEY),
                        new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)}))
                .forEach(e -> System.arraycopy(e.getValue(), 0, acc(bySource, e.getKey()), 0, 5));
        sql.query(h, """
                        SELECT c.source, count(*), sum(t.n), sum(t.revenue)
                        FROM (SELECT v.client_id, count(*) AS n, sum(b.total) AS revenue
                              FROM visit v JOIN bill b ON b.visit_id = v.id
                              WHERE %s AND %s%s%s
                              GROUP BY v.client_id) t
                        JOIN client c ON c.id = t.client_id
                        GROUP BY c.source""".formatted(ReportSql.done("v"), ReportSql.inPeriod("v"), sql.visitFilters("v"),
                        sql.clientFilters("v.client_id")))
                .map((rs, ctx) -> Map.entry(Objects.toString(rs.getString(1), NULL_KEY),
                        new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)}))
                .forEach(e -> System.arraycopy(e.getValue(), 0, acc(bySource, e.getKey()), 5, 3));
        List<Row> rows = new ArrayList<>();
        long[] sum = new long[8];
        bySource.forEach((key, v) -> {
            String source = NULL_KEY.equals(key) ? null : key;
            rows.add(row(source, source == null ? Returnability.NO_SOURCE : source, v));
            for (int i = 0; i < sum.length; i++) {
                sum[i] += v[i];
            }
        });
        rows.sort(Comparator.comparingLong(Row::newClients).reversed().thenComparing(Comparator.comparingLong(Row::periodClients).reversed())
                .thenComparing(r -> Objects.requireNonNullElse(r.source(), "\uffff")));
        return new Sources(scope.from(), scope.to(), days, row(null, "all sources", sum), rows);
    }

    private static Row row(String source, String label, long[] v) {
        return new Row(source, label, v[0], v[1], v[2], Rates.bp(v[1], v[0]), v[3], v[4], Rates.average(v[4], v[3]),
                Rates.average(v[4], v[0]), v[5], v[6], v[7]);
    }

    @Override
    public ReportTable table() {
        ReportTable.Builder t = new ReportTable.Builder("sources").text("source").number("newClients").number("returned")
                .number("windowOpen").rate("returnRate").number("newClientVisits").money("newClientRevenue")
                .money("averageBill").money("revenuePerNewClient").number("periodClients").number("periodVisits")
                .money("periodRevenue");
        for (Row r : sources) {
            add(t, r);
        }
        add(t, total);
        return t.build();
    }

    private static void add(ReportTable.Builder t, Row r) {
        t.row(r.label(), r.newClients(), r.returned(), r.windowOpen(), r.returnRateBp(), r.newClientVisits(),
                r.newClientRevenue(), r.averageBill(), r.revenuePerNewClient(), r.periodClients(), r.periodVisits(),
                r.periodRevenue());
    }
}
