package app.atelier.core.dashboard;

import app.atelier.core.db.Database;
import app.atelier.core.salons.SalonService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The dashboard's sums, computed in SQL: one statement for money, one for new clients, whatever
 * the size of the salon's history (the month's bills are found through the bill index on
 * (salon, completed_at), then kept to visits that started in the period).
 */
public final class DashboardService {
    private final Database db;
    private final Clock clock;
    private final SalonService salons;

    public DashboardService(Database db, Clock clock, SalonService salons) {
        this.db = db;
        this.clock = clock;
        this.salons = salons;
    }

    /** Today's and this month's figures in the salon's zone. */
    public DayFigures today(long salonId) {
        ZoneId zone = salons.get(salonId).zone();
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        long dayStart = today.atStartOfDay(zone).toInstant().toEpochMilli();
        long dayEnd = today.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        long monthStart = today.withDayOfMonth(1).atStartOfDay(zone).toInstant().toEpochMilli();
        long monthEnd = today.withDayOfMonth(1).plusMonths(1).atStartOfDay(zone).toInstant().toEpochMilli();
        return db.read(h -> {
            long[] money = h.createQuery("""
                            SELECT COALESCE(SUM(CASE WHEN v.start_at >= :day_start AND v.start_at < :day_end THEN b.paid ELSE 0 END), 0),
                                   COALESCE(SUM(b.paid), 0)
                            FROM visit v JOIN bill b ON b.visit_id = v.id
                            WHERE v.salon_id = :s AND v.status = 'completed' AND v.start_at >= :month_start AND v.start_at < :month_end
                              AND NOT EXISTS (SELECT 1 FROM visit_refund r WHERE r.visit_id = v.id)""")
                    .bind("s", salonId).bind("day_start", dayStart).bind("day_end", dayEnd)
                    .bind("month_start", monthStart).bind("month_end", monthEnd)
                    .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)}).one();
            // a new client is one whose first visit (not cancelled) falls in the period, not a new record:
            // clients entered in bulk or long before they come are not "new" to the salon's day
            long[] clients = h.createQuery("""
                            SELECT COALESCE(SUM(CASE WHEN f.first_at >= :day_start AND f.first_at < :day_end THEN 1 ELSE 0 END), 0),
                                   COUNT(*)
                            FROM (SELECT v.client_id, MIN(v.start_at) AS first_at FROM visit v
                                  WHERE v.salon_id = :s AND v.status <> 'cancelled' AND v.start_at >= :month_start AND v.start_at < :month_end
                                    AND NOT EXISTS (SELECT 1 FROM visit e WHERE e.salon_id = v.salon_id AND e.client_id = v.client_id
                                                    AND e.status <> 'cancelled' AND e.start_at < :month_start)
                                  GROUP BY v.client_id) f""")
                    .bind("s", salonId).bind("day_start", dayStart).bind("day_end", dayEnd).bind("month_start", monthStart)
                    .bind("month_end", monthEnd)
                    .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)}).one();
            return new DayFigures(money[0], money[1], clients[0], clients[1]);
        });
    }
}
