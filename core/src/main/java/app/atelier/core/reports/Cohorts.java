package app.atelier.core.reports;

/**
 * The new clients of a period, the basis of returnability, the sources report and the masters'
 * own returnability: clients (passing the source and tag filters) whose first counted visit ever
 * starts inside the period, where that first visit passes the master and category filters. (Two
 * counted visits at the same first minute: the one booked first is the first visit.)
 *
 * <p>A client returned when they have another counted visit on a later salon-local calendar day no
 * more than N days after the first visit's day (first visit on 1 March, N = 30: a visit on 31
 * March is a return, one on 1 April is not). The window is still open while today is inside it:
 * such a client has not returned <em>yet</em>.
 *
 * <p>Cost: one pass over the visit index by client finds every client's first visit (cheaper than
 * asking, for each visit of a long period, whether an earlier one exists), then two index lookups
 * per new client.
 */
final class Cohorts {
    static final long DAY = 86_400_000L;

    private Cohorts() {
    }

    /**
     * 1 when the cohort row (columns prefixed by {@code alias}) has not returned and its window is
     * still open, else 0. (Not a column of the CTE: a column would repeat the return check.)
     */
    static String pending(String alias) {
        return "CASE WHEN " + alias + "returned = 0 AND " + alias + "window_end > :now_local THEN 1 ELSE 0 END";
    }

    /**
     * CTEs ending with one named {@code cohort} with one row per new client: {@code visit_id} (the
     * first visit), {@code client_id}, {@code staff_id}, {@code start_at}, {@code month_idx} (into the
     * period's months), {@code returned} (0/1) and {@code window_end} (see {@link #pending}). Also defines {@code refunded}, {@code firsts} and {@code first_visits}.
     */
    static String cte(ReportSql sql, ReportScope scope, int days) {
        long horizon = scope.endMs() + (days + 2L) * DAY;
        sql.arg("window_days", (long) days).arg("window_ms", (days + 2L) * DAY).arg("now_local", sql.localMillisOf(scope.nowMs()));
        String firstLocal = sql.localMillis("v.start_at", scope.startMs(), scope.endMs());
        String nextLocal = sql.localMillis("n.start_at", scope.startMs(), horizon);
        return ReportSql.refundedCte() + ",\n"
                + ReportSql.perClientCte("firsts", "min(v.start_at) AS first_at", "",
                        "min(v.start_at) >= :start AND min(v.start_at) < :end") + ",\n"
                + """
                first_visits AS MATERIALIZED (
                  SELECT x.client_id,
                         (SELECT min(t.id) FROM visit t
                          WHERE t.salon_id = :salon AND t.status = 'completed' AND t.client_id = x.client_id
                            AND t.start_at = x.first_at AND %s) AS visit_id
                  FROM firsts x
                ),
                cohort AS MATERIALIZED (
                    SELECT v.id AS visit_id, v.client_id, v.staff_id, v.start_at, %s AS month_idx,
                           (%s / %d + :window_days + 1) * %d AS window_end,
                           CASE WHEN EXISTS (
                             SELECT 1 FROM visit n
                             WHERE n.salon_id = :salon AND n.status = 'completed' AND n.client_id = v.client_id
                               AND n.start_at > v.start_at AND n.start_at < v.start_at + :window_ms
                               AND %s / %d > %s / %d
                               AND %s < (%s / %d + :window_days + 1) * %d
                               AND %s)
                           THEN 1 ELSE 0 END AS returned
                    FROM first_visits y CROSS JOIN visit v
                    WHERE v.id = y.visit_id AND v.salon_id = :salon%s%s
                )""".formatted(ReportSql.notRefunded("t"), scope.monthIndexSql("v.start_at"),
                firstLocal, DAY, DAY,
                nextLocal, DAY, firstLocal, DAY,
                nextLocal, firstLocal, DAY, DAY,
                ReportSql.notRefunded("n"),
                sql.visitFilters("v"), sql.clientFilters("v.client_id"));
    }
}
