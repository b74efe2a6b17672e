package app.atelier.core.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Returnability: of the clients whose first visit fell in the period (see {@link Cohorts}), how
 * many came back within {@code days}; in total, by the master of the first visit, by source, by the
 * service categories of the first visit (a client counts once in each), and by month of the first
 * visit. Also the previous period's clients (of the same length, ending the day before
 * {@code from}) and how many of them came back in this one.
 */
public record Returnability(LocalDate from, LocalDate to, int days, Group total, List<Group> byMaster,
                            List<Group> bySource, List<Group> byCategory, List<Group> byMonth, Previous previousPeriod)
        implements Tabular {

    /**
     * One group of new clients.
     *
     * @param key          master id, source, category or month ({@code 2026-03}); {@code null} for "no source"
     * @param clients      new clients in the group
     * @param returned     of them, those who came back within the days
     * @param windowOpen   of the rest, those whose window has not closed yet (they may still come)
     * @param returnRateBp returned ÷ clients in basis points; {@code null} without clients
     */
    public record Group(String key, String label, long clients, long returned, long windowOpen, Integer returnRateBp) {
        static Group of(String key, String label, long clients, long returned, long windowOpen) {
            return new Group(key, label, clients, returned, windowOpen, Rates.bp(returned, clients));
        }
    }

    /** Clients with a visit in the previous period and how many of them had one in this period. */
    public record Previous(LocalDate from, LocalDate to, long clients, long returned, Integer returnRateBp) {
    }

    static final String NO_SOURCE = "(not set)";

    static Returnability compute(Handle h, ReportScope scope, int days) {
        ReportSql sql = new ReportSql(scope);
        String cte = Cohorts.cte(sql, scope, days);
        List<Object[]> rows = sql.query(h, "WITH " + cte + """
                        
                        SELECT 'total' AS dim, NULL AS k, count(*) AS clients, sum(returned) AS returned, sum(%1$s) AS pending FROM cohort
                        UNION ALL
                        SELECT 'master', CAST(staff_id AS TEXT), count(*), sum(returned), sum(%1$s) FROM cohort GROUP BY staff_id
                        UNION ALL
                        SELECT 'source', c.source, count(*), sum(co.returned), sum(%2$s)
                        FROM cohort co JOIN client c ON c.id = co.client_id GROUP BY c.source
                        UNION ALL
                        SELECT 'category', i.category, count(*), sum(co.returned), sum(%2$s)
                        FROM cohort co CROSS JOIN visit_item i
                        WHERE i.salon_id = :salon AND i.visit_id = co.visit_id AND i.category IS NOT NULL
                          AND NOT EXISTS (SELECT 1 FROM visit_item i2 WHERE i2.salon_id = :salon AND i2.visit_id = i.visit_id
                                          AND i2.category = i.category AND i2.id < i.id)
                        GROUP BY i.category
                        UNION ALL
                        SELECT 'month', CAST(month_idx AS TEXT), count(*), sum(returned), sum(%1$s) FROM cohort GROUP BY month_idx""".formatted(
                        Cohorts.pending(""), Cohorts.pending("co.")))
                .map((rs, ctx) -> new Object[] {rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)})
                .list();
        Masters masters = Masters.load(h, scope.salonId());
        Group total = null;
        List<Group> byMaster = new ArrayList<>();
        List<Group> bySource = new ArrayList<>();
        List<Group> byCategory = new ArrayList<>();
        Map<Integer, Group> months = new HashMap<>();
        List<YearMonth> periodMonths = scope.months();
        for (Object[] r : rows) {
            String dim = (String) r[0];
            String key = (String) r[1];
            long clients = (Long) r[2];
            long returned = (Long) r[3];
            long pending = (Long) r[4];
            switch (dim) {
                case "total" -> total = Group.of(null, "all new clients", clients, returned, pending);
                case "master" -> byMaster.add(Group.of(key, masters.name(Long.parseLong(key)), clients, returned, pending));
                case "source" -> bySource.add(Group.of(key, key == null ? NO_SOURCE : key, clients, returned, pending));
                case "category" -> byCategory.add(Group.of(key, key, clients, returned, pending));
                default -> {
                    int i = Integer.parseInt(key);
                    months.put(i, Group.of(periodMonths.get(i).toString(), periodMonths.get(i).toString(), clients, returned, pending));
                }
            }
        }
        List<Group> byMonth = new ArrayList<>();
        for (int i = 0; i < periodMonths.size(); i++) {
            String m = periodMonths.get(i).toString();
            byMonth.add(months.getOrDefault(i, Group.of(m, m, 0, 0, 0)));
        }
        Comparator<Group> biggest = Comparator.comparingLong(Group::clients).reversed()
                .thenComparing(Group::label, Comparator.nullsLast(Comparator.naturalOrder()));
        byMaster.sort(biggest);
        bySource.sort(biggest);
        byCategory.sort(biggest);
        return new Returnability(scope.from(), scope.to(), days, total, byMaster, bySource, byCategory, byMonth,
                previous(h, scope));
    }

    private static Previous previous(Handle h, ReportScope scope) {
        ReportScope prev = scope.previous();
        ReportSql sql = new ReportSql(scope).arg("prev_start", prev.startMs());
        long[] counts = sql.query(h, """
                        SELECT count(*), sum(CASE WHEN EXISTS (
                                   SELECT 1 FROM visit n WHERE %s AND n.client_id = pc.client_id AND %s)
                               THEN 1 ELSE 0 END)
                        FROM (SELECT DISTINCT v.client_id FROM visit v
                              WHERE %s AND v.start_at >= :prev_start AND v.start_at < :start%s%s) pc"""
                        .formatted(ReportSql.done("n"), ReportSql.inPeriod("n"), ReportSql.done("v"),
                                sql.visitFilters("v"), sql.clientFilters("v.client_id")))
                .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)}).one();
        return new Previous(prev.from(), prev.to(), counts[0], counts[1], Rates.bp(counts[1], counts[0]));
    }

    @Override
    public ReportTable table() {
        ReportTable.Builder t = new ReportTable.Builder("returnability").text("breakdown").text("key").text("label")
                .number("clients").number("returned").number("windowOpen").rate("returnRate");
        add(t, "total", List.of(total));
        add(t, "master", byMaster);
        add(t, "source", bySource);
        add(t, "category", byCategory);
        add(t, "month", byMonth);
        t.row("previousPeriod", previousPeriod.from() + ".." + previousPeriod.to(), "clients of the previous period back in this one",
                previousPeriod.clients(), previousPeriod.returned(), null, previousPeriod.returnRateBp());
        return t.build();
    }

    private static void add(ReportTable.Builder t, String breakdown, List<Group> groups) {
        for (Group g : groups) {
            t.row(breakdown, g.key(), g.label(), g.clients(), g.returned(), g.windowOpen(), g.returnRateBp());
        }
    }
}
