package app.atelier.core.reports;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * Per master, over the period: revenue, counted visits and average bill; the clients they saw; the
 * returnability (within {@code days}) of the clients whose first visit ever was with them in the
 * period; of the clients they saw, how many later went to another master (a counted visit with
 * someone else after their last one with this master) or were lost (no visit since their last one
 * with this master, and that was more than {@code lostDays} before today); the no-show rate
 * (no-shows ÷ (completed + no-shows) of the visits that started in the period, refunded or not);
 * and occupancy: booked time (every visit not cancelled) ÷ working time (the weekly hours on each
 * day of the period that is not a day off, DST-exact). Filters: {@code staffId} keeps that master's
 * row; category, source and tag narrow the visits and clients counted.
 */
public record MasterRating(LocalDate from, LocalDate to, int days, int lostDays, List<Row> masters) implements Tabular {

    public record Row(int rank, long staffId, String name, boolean active, long revenue, long visits, Long averageBill,
                      long clients, long newClients, long newReturned, Integer newReturnRateBp, long movedToOther,
                      Integer movedToOtherBp, long lost, Integer lostBp, long noShows, long dueVisits, Integer noShowRateBp,
                      long bookedMinutes, long workingMinutes, Integer occupancyBp) {
    }

    static MasterRating compute(Handle h, ReportScope scope, int days, int lostDays) {
        Masters masters = Masters.load(h, scope.salonId());
        Map<Long, long[]> acc = new HashMap<>();
        ReportSql sql = new ReportSql(scope);
        // One pass over the visits from the period's start on (the (salon, status, start) index), grouped
        // by master and client; the bill and the refund looked up once per visit. Per pair, of the visits
        // in the period passing the master and category filters: 0 revenue, 1 visits (counted visits and
        // their bills), 2 no-shows, 3 due, 4 booked ms (every visit but the cancelled); and for 7 clients
        // seen, 8 moved to another master, 9 lost: the last counted visit with that master (the period's
        // or a later one) and whether one in the period passes the filters. A client moved on from a
        // master when their last counted visit with anyone is later than their last one with that
        // master: a window over the pairs, not a lookup per pair. The pairs are grouped by client first
        // and kept in that order, so the window reads them as they are (SQLite sorts them only once, for
        // the grouping: the window's own sort of ~150 000 pairs in a year is gone, ~15 % of the time).
        String inPeriod = "v.start_at < :end" + sql.staffFilter("v") + sql.categoryFilter("v");
        String counted = "v.status = 'completed' AND r.visit_id IS NULL";
        sql.arg("lost_before", ReportScope.startOf(scope.localDate(scope.nowMs()).minusDays(lostDays), scope.zone()));
        sql.query(h, """
                        WITH pairs AS MATERIALIZED (
                          SELECT v.staff_id, v.client_id,
                                 sum(CASE WHEN %1$s AND %2$s AND b.visit_id IS NOT NULL THEN b.total ELSE 0 END) AS revenue,
                                 sum(CASE WHEN %1$s AND %2$s AND b.visit_id IS NOT NULL THEN 1 ELSE 0 END) AS visits,
                                 sum(CASE WHEN %1$s AND v.status = 'no_show' THEN 1 ELSE 0 END) AS no_shows,
                                 sum(CASE WHEN %1$s AND v.status IN ('completed', 'no_show') THEN 1 ELSE 0 END) AS due,
                                 sum(CASE WHEN %1$s THEN v.end_at - v.start_at ELSE 0 END) AS booked,
                                 sum(CASE WHEN %1$s THEN 1 ELSE 0 END) AS in_period,
                                 max(CASE WHEN %2$s THEN v.start_at END) AS last_at,
                                 sum(CASE WHEN %1$s AND %2$s THEN 1 ELSE 0 END) AS seen
                          FROM visit v LEFT JOIN bill b ON b.visit_id = v.id LEFT JOIN visit_refund r ON r.visit_id = v.id
                          WHERE v.salon_id = :salon AND v.status IN ('booked', 'confirmed', 'completed', 'no_show')
                            AND v.start_at >= :start%3$s
                          GROUP BY v.client_id, v.staff_id ORDER BY v.client_id, v.staff_id
                        ), rated AS MATERIALIZED (
                          SELECT p.staff_id, p.revenue, p.visits, p.no_shows, p.due, p.booked, p.in_period, p.last_at, p.seen,
                                 CASE WHEN p.last_at < max(p.last_at) OVER (PARTITION BY p.client_id) THEN 1 ELSE 0 END AS moved
                          FROM pairs p
                        )
                        SELECT staff_id, sum(revenue), sum(visits), sum(no_shows), sum(due), sum(booked),
                               sum(CASE WHEN seen > 0 THEN 1 ELSE 0 END), sum(CASE WHEN seen > 0 THEN moved ELSE 0 END),
                               sum(CASE WHEN seen > 0 AND moved = 0 AND last_at < :lost_before THEN 1 ELSE 0 END)
                        FROM rated GROUP BY staff_id
                        HAVING sum(in_period) > 0 OR sum(seen) > 0""".formatted(inPeriod, counted,
                        sql.clientFilters("v.client_id")))
                .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9)})
                .forEach(r -> {
                    long[] a = acc(acc, r[0]);
                    System.arraycopy(r, 1, a, 0, 5);
                    System.arraycopy(r, 6, a, 7, 3);
                });
        // 5 new clients, 6 of them returned
        sql.query(h, "WITH " + Cohorts.cte(sql, scope, days)
                        + " SELECT staff_id, count(*), sum(returned) FROM cohort GROUP BY staff_id")
                .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                .forEach(r -> System.arraycopy(r, 1, acc(acc, r[0]), 5, 2));
        Map<Long, Long> working = workingMs(h, scope);
        List<Row> rows = new ArrayList<>();
        for (Masters.Master m : masters.byId().values()) {
            if (scope.staffId() != null && m.id() != scope.staffId()) {
                continue;
            }
            long[] a = acc.get(m.id());
            long work = working.getOrDefault(m.id(), 0L);
            if (a == null && (!m.active() || work == 0)) {
                continue;
            }
            if (a == null) {
                a = new long[10];
            }
            rows.add(new Row(0, m.id(), m.name(), m.active(), a[0], a[1], Rates.average(a[0], a[1]), a[7], a[5], a[6],
                    Rates.bp(a[6], a[5]), a[8], Rates.bp(a[8], a[7]), a[9], Rates.bp(a[9], a[7]), a[2], a[3], Rates.bp(a[2], a[3]),
                    a[4] / 60_000, work / 60_000, Rates.bp(a[4], work)));
        }
        rows.sort(Comparator.comparingLong(Row::revenue).reversed().thenComparing(Comparator.comparingLong(Row::visits).reversed())
                .thenComparing(Row::name).thenComparingLong(Row::staffId));
        List<Row> ranked = new ArrayList<>();
        for (Row r : rows) {
            ranked.add(new Row(ranked.size() + 1, r.staffId(), r.name(), r.active(), r.revenue(), r.visits(), r.averageBill(),
                    r.clients(), r.newClients(), r.newReturned(), r.newReturnRateBp(), r.movedToOther(), r.movedToOtherBp(),
                    r.lost(), r.lostBp(), r.noShows(), r.dueVisits(), r.noShowRateBp(), r.bookedMinutes(), r.workingMinutes(),
                    r.occupancyBp()));
        }
        return new MasterRating(scope.from(), scope.to(), days, lostDays, ranked);
    }

    private static long[] acc(Map<Long, long[]> acc, long staffId) {
        return acc.computeIfAbsent(staffId, k -> new long[10]);
    }

    /** Working time per master in the period: weekly hours on each local day that is not a day off. */
    private static Map<Long, Long> workingMs(Handle h, ReportScope scope) {
        record Hours(long staffId, int weekday, int start, int end) {
        }
        List<Hours> hours = h.createQuery("""
                        SELECT x.staff_id, x.weekday, x.start_minute, x.end_minute FROM staff_hours x
                        JOIN staff s ON s.id = x.staff_id WHERE s.salon_id = :s""")
                .bind("s", scope.salonId())
                .map((rs, ctx) -> new Hours(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4))).list();
        Set<String> daysOff = new HashSet<>();
        h.createQuery("""
                        SELECT x.staff_id, x.day FROM staff_day_off x JOIN staff s ON s.id = x.staff_id
                        WHERE s.salon_id = :s AND x.day >= :from AND x.day <= :to""")
                .bind("s", scope.salonId()).bind("from", scope.from().toString()).bind("to", scope.to().toString())
                .map((rs, ctx) -> rs.getLong(1) + "/" + rs.getString(2)).forEach(daysOff::add);
        Map<Long, Long> working = new HashMap<>();
        ZoneId zone = scope.zone();
        for (LocalDate day = scope.from(); !day.isAfter(scope.to()); day = day.plusDays(1)) {
            DayOfWeek weekday = day.getDayOfWeek();
            for (Hours x : hours) {
                if (x.weekday() != weekday.getValue() || daysOff.contains(x.staffId() + "/" + day)) {
                    continue;
                }
                long ms = Duration.between(day.atStartOfDay().plusMinutes(x.start()).atZone(zone),
                        day.atStartOfDay().plusMinutes(x.end()).atZone(zone)).toMillis();
                working.merge(x.staffId(), Math.max(0, ms), Long::sum);
            }
        }
        return working;
    }

    @Override
    public ReportTable table() {
        ReportTable.Builder t = new ReportTable.Builder("masters").number("rank").number("staffId").text("name")
                .money("revenue").number("visits").money("averageBill").number("clients").number("newClients")
                .number("newReturned").rate("newReturnRate").number("movedToOther").rate("movedToOtherShare")
                .number("lost").rate("lostShare").number("noShows").number("dueVisits").rate("noShowRate")
                .number("bookedMinutes").number("workingMinutes").rate("occupancy");
        for (Row r : masters) {
            t.row(r.rank(), r.staffId(), r.name(), r.revenue(), r.visits(), r.averageBill(), r.clients(), r.newClients(),
                    r.newReturned(), r.newReturnRateBp(), r.movedToOther(), r.movedToOtherBp(), r.lost(), r.lostBp(),
                    r.noShows(), r.dueVisits(), r.noShowRateBp(), r.bookedMinutes(), r.workingMinutes(), r.occupancyBp());
        }
        return t.build();
    }
}
