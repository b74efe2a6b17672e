package app.atelier.core.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Counted visits and their revenue by salon-local weekday (1 = Monday … 7 = Sunday) and hour of the
 * visit's start, with DST taken into account: all 168 cells, then totals per weekday and per hour.
 * Every filter applies. The quiet cells are where an offer may fill the chairs.
 */
public record Activity(LocalDate from, LocalDate to, long visits, long revenue, List<Cell> cells, List<Cell> byWeekday,
                       List<Cell> byHour) implements Tabular {

    /** One weekday × hour cell; a weekday total has {@code hour} null, an hour total {@code weekday} null. */
    public record Cell(Integer weekday, Integer hour, long visits, long revenue) {
    }

    static Activity compute(Handle h, ReportScope scope) {
        ReportSql sql = new ReportSql(scope);
        String local = sql.localMillis("v.start_at");
        long[][] visits = new long[7][24];
        long[][] revenue = new long[7][24];
        sql.query(h, """
                        SELECT t.wd, t.hr, count(*), sum(t.total) FROM (
                          SELECT %s AS wd, %s AS hr, b.total
                          FROM visit v JOIN bill b ON b.visit_id = v.id
                          WHERE %s AND %s%s%s) t
                        GROUP BY t.wd, t.hr""".formatted(ReportSql.weekday(local), ReportSql.hour(local), ReportSql.done("v"),
                        ReportSql.inPeriod("v"), sql.visitFilters("v"), sql.clientFilters("v.client_id")))
                .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)})
                .forEach(r -> {
                    visits[(int) r[0] - 1][(int) r[1]] = r[2];
                    revenue[(int) r[0] - 1][(int) r[1]] = r[3];
                });
        List<Cell> cells = new ArrayList<>();
        List<Cell> byWeekday = new ArrayList<>();
        long[] hourVisits = new long[24];
        long[] hourRevenue = new long[24];
        long totalVisits = 0;
        long totalRevenue = 0;
        for (int d = 0; d < 7; d++) {
            long dv = 0;
            long dr = 0;
            for (int hr = 0; hr < 24; hr++) {
                cells.add(new Cell(d + 1, hr, visits[d][hr], revenue[d][hr]));
                dv += visits[d][hr];
                dr += revenue[d][hr];
                hourVisits[hr] += visits[d][hr];
                hourRevenue[hr] += revenue[d][hr];
            }
            byWeekday.add(new Cell(d + 1, null, dv, dr));
            totalVisits += dv;
            totalRevenue += dr;
        }
        List<Cell> byHour = new ArrayList<>();
        for (int hr = 0; hr < 24; hr++) {
            byHour.add(new Cell(null, hr, hourVisits[hr], hourRevenue[hr]));
        }
        return new Activity(scope.from(), scope.to(), totalVisits, totalRevenue, cells, byWeekday, byHour);
    }

    @Override
    public ReportTable table() {
        ReportTable.Builder t = new ReportTable.Builder("activity").number("weekday").number("hour").number("visits")
                .money("revenue");
        for (Cell c : cells) {
            t.row(c.weekday(), c.hour(), c.visits(), c.revenue());
        }
        return t.build();
    }
}
