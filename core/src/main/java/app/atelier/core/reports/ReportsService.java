package app.atelier.core.reports;

import app.atelier.api.Salon;
import app.atelier.core.common.InvalidInputException;
import app.atelier.core.common.Validator;
import app.atelier.core.db.Database;
import app.atelier.core.salons.SalonService;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The owner's reports over the visit history. Each report is computed by a few aggregate queries
 * (no query per client or per visit) on a reader connection, in the salon's time zone.
 *
 * <p>Unless a report says otherwise it counts <b>counted visits</b>: completed and not refunded.
 * Revenue is the completed bill's total (after discounts, debt included), in minor units. Rates are
 * basis points (10 000 = 100 %). See each result type for its definitions and what the filters of
 * {@link ReportQuery} narrow.
 */
public final class ReportsService {
    public static final int MAX_ROWS = 100_000;

    private final Database db;
    private final Clock clock;
    private final SalonService salons;

    public ReportsService(Database db, Clock clock, SalonService salons) {
        this.db = db;
        this.clock = clock;
        this.salons = salons;
    }

    /** @param days the return window: 1 to 365 days (30, 60 and 90 are the usual); null for 30 */
    public Returnability returnability(long salonId, ReportQuery q, Integer days) {
        int window = window(days, new Validator());
        return read(h -> Returnability.compute(h, scope(h, salonId, q, false), window));
    }

    /**
     * @param thresholdDays lost after this many days without a visit, 1 to 3650; null for 90
     * @param k             sleeping after k × the usual interval, 1 to 20 with at most two decimals; null for 2
     * @param sort          {@code value} (default), {@code lastVisit} or {@code visits}
     * @param limit         rows, 1 to {@value #MAX_ROWS}; null for 100
     */
    public LostClients lostClients(long salonId, ReportQuery q, Integer thresholdDays, String k, String sort, Integer limit,
                                   Integer offset) {
        Validator v = new Validator();
        int threshold = thresholdDays == null ? 90 : thresholdDays;
        v.require(threshold >= 1 && threshold <= 3650, "thresholdDays", "must be 1 to 3650");
        BigDecimal factor = new BigDecimal(2);
        if (k != null && !k.isBlank()) {
            try {
                factor = new BigDecimal(k.strip());
                v.require(factor.compareTo(BigDecimal.ONE) >= 0 && factor.compareTo(new BigDecimal(20)) <= 0
                        && factor.stripTrailingZeros().scale() <= 2, "k", "must be a number from 1 to 20 with at most two decimals");
            } catch (NumberFormatException e) {
                v.add("k", "must be a number such as 2 or 1.5");
            }
        }
        String order = sort == null || sort.isBlank() ? "value" : sort;
        v.require(LostClients.SORTS.contains(order), "sort", "must be one of " + String.join(", ", LostClients.SORTS));
        int rows = limit(limit, 100, v);
        int skip = offset(offset, v);
        v.check();
        BigDecimal kk = factor.setScale(2, java.math.RoundingMode.UNNECESSARY);
        boolean fromGiven = q.from() != null && !q.from().isBlank();
        return read(h -> LostClients.compute(h, scope(h, salonId, q, true), fromGiven, threshold, kk, order, rows, skip));
    }

    public Sources sources(long salonId, ReportQuery q, Integer days) {
        int window = window(days, new Validator());
        return read(h -> Sources.compute(h, scope(h, salonId, q, false), window));
    }

    /** @param by {@code revenue} (default), {@code visits} or {@code averageBill} */
    public TopClients topClients(long salonId, ReportQuery q, String by, Integer limit) {
        Validator v = new Validator();
        String measure = by == null || by.isBlank() ? "revenue" : by;
        v.require(TopClients.MEASURES.contains(measure), "by", "must be one of " + String.join(", ", TopClients.MEASURES));
        int rows = limit(limit, 20, v);
        v.check();
        return read(h -> TopClients.compute(h, scope(h, salonId, q, false), measure, rows));
    }

    /** @param lostDays a client is lost to a master after this many days without any visit; null for 90 */
    public MasterRating masters(long salonId, ReportQuery q, Integer days, Integer lostDays) {
        Validator v = new Validator();
        int lost = lostDays == null ? 90 : lostDays;
        v.require(lost >= 1 && lost <= 3650, "lostDays", "must be 1 to 3650");
        int window = window(days, v);
        return read(h -> MasterRating.compute(h, scope(h, salonId, q, false), window, lost));
    }

    public CategoryGaps categoryGaps(long salonId, ReportQuery q, Integer limit, Integer offset) {
        Validator v = new Validator();
        int rows = limit(limit, 100, v);
        int skip = offset(offset, v);
        v.check();
        return read(h -> CategoryGaps.compute(h, scope(h, salonId, q, false), rows, skip));
    }

    /** The categories one client used up to {@code to} (default today) and those never used. */
    public ClientCategories clientCategories(long salonId, long clientId, String to) {
        return read(h -> ClientCategories.compute(h, scope(h, salonId, ReportQuery.period(null, to), true), clientId));
    }

    public Activity activity(long salonId, ReportQuery q) {
        return read(h -> Activity.compute(h, scope(h, salonId, q, false)));
    }

    // tests look at every statement the reports run (their query plans) through this
    private volatile org.jdbi.v3.core.statement.SqlLogger sqlLogger;

    void sqlLogger(org.jdbi.v3.core.statement.SqlLogger logger) {
        this.sqlLogger = logger;
    }

    /**
     * Runs the report on a reader connection (on SQLite memory-mapped, see {@link Database}: the reports
     * walk large index ranges).
     */
    private <R> R read(org.jdbi.v3.core.HandleCallback<R, RuntimeException> callback) {
        return db.read(h -> {
            org.jdbi.v3.core.statement.SqlLogger logger = sqlLogger;
            if (logger != null) {
                h.getConfig(org.jdbi.v3.core.statement.SqlStatements.class).setSqlLogger(logger);
            }
            return callback.withHandle(h);
        });
    }

    private ReportScope scope(Handle h, long salonId, ReportQuery q, boolean fromOptional) {
        Salon salon = salons.get(salonId);
        ReportScope scope = ReportScope.of(salon, q, clock.millis(), fromOptional);
        if (scope.staffId() != null && h.createQuery("SELECT count(*) FROM staff WHERE id = :id AND salon_id = :s")
                .bind("id", scope.staffId()).bind("s", salonId).mapTo(Integer.class).one() == 0) {
            throw InvalidInputException.of("staffId", "no such master in this salon");
        }
        return scope;
    }

    private static int window(Integer days, Validator v) {
        int window = days == null ? 30 : days;
        v.require(window >= 1 && window <= 365, "days", "must be 1 to 365 (30, 60 or 90 are the usual)");
        v.check();
        return window;
    }

    private static int limit(Integer limit, int defaultValue, Validator v) {
        int rows = limit == null ? defaultValue : limit;
        v.require(rows >= 1 && rows <= MAX_ROWS, "limit", "must be 1 to " + MAX_ROWS);
        return rows;
    }

    private static int offset(Integer offset, Validator v) {
        int skip = offset == null ? 0 : offset;
        v.require(skip >= 0, "offset", "must not be negative");
        return skip;
    }

    /** The names of the reports, as in {@code /api/v1/reports/<name>}. */
    public static List<String> names() {
        return List.of("returnability", "lost-clients", "sources", "top-clients", "masters", "category-gaps", "activity");
    }
}
