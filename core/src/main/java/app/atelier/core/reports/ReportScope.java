package app.atelier.core.reports;

import app.atelier.api.Salon;
import app.atelier.core.common.Validator;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A validated {@link ReportQuery} in one salon: the period as the half-open instant range
 * [{@link #startMs}, {@link #endMs}) between the salon-local midnights that begin {@code from} and
 * follow {@code to}, and the filters (blank texts read as absent).
 */
public record ReportScope(long salonId, ZoneId zone, String currency, LocalDate from, LocalDate to, long startMs,
                          long endMs, Long staffId, String category, String source, String tag, long nowMs) {
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    static final int MAX_DAYS = 3700;
    static final int DEFAULT_DAYS = 30;

    /**
     * Validates the query, collecting every bad field.
     *
     * @param fromOptional whether a missing {@code from} means "all history" rather than 30 days
     */
    static ReportScope of(Salon salon, ReportQuery q, long nowMs, boolean fromOptional) {
        Validator v = new Validator();
        ZoneId zone = salon.zone();
        LocalDate today = java.time.Instant.ofEpochMilli(nowMs).atZone(zone).toLocalDate();
        LocalDate to = date(q.to(), "to", v);
        LocalDate from = date(q.from(), "from", v);
        if (v.ok()) {
            if (to == null) {
                to = today;
            }
            if (from == null) {
                from = fromOptional ? EARLIEST : to.minusDays(DEFAULT_DAYS - 1L);
            }
            v.require(!from.isAfter(to), "from", "must not be after to");
            // reports that look at all history up to "to" (lost clients, one client's categories) take any start
            v.require(fromOptional || ChronoUnit.DAYS.between(from, to) < MAX_DAYS, "from",
                    "the period must be at most " + MAX_DAYS + " days");
        }
        v.require(q.staffId() == null || q.staffId() > 0, "staffId", "must be a positive id");
        v.length(q.category(), "category", Validator.MAX_TEXT);
        v.length(q.source(), "source", Validator.MAX_TEXT);
        v.length(q.tag(), "tag", Validator.MAX_TEXT);
        v.check();
        return new ReportScope(salon.id(), zone, salon.currency(), from, to, startOf(from, zone), startOf(to.plusDays(1), zone),
                q.staffId(), blankToNull(q.category()), blankToNull(q.source()), blankToNull(q.tag()), nowMs);
    }

    private static LocalDate date(String text, String field, Validator v) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            LocalDate d = text.length() == 10 ? LocalDate.parse(text) : null;
            if (d == null) {
                v.add(field, "must be a date such as 2026-03-31");
            } else if (d.isBefore(EARLIEST) || d.isAfter(LATEST)) {
                v.add(field, "must be between " + EARLIEST + " and " + LATEST);
            } else {
                return d;
            }
        } catch (DateTimeException e) {
            v.add(field, "must be a date such as 2026-03-31");
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static long startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant().toEpochMilli();
    }

    /** The period of the same number of days that ends the day before {@code from}. */
    public ReportScope previous() {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        LocalDate pFrom = from.minusDays(days);
        LocalDate pTo = from.minusDays(1);
        return new ReportScope(salonId, zone, currency, pFrom, pTo, startOf(pFrom, zone), startMs, staffId, category, source,
                tag, nowMs);
    }

    /** The local date of an instant. */
    public LocalDate localDate(long epochMs) {
        return java.time.Instant.ofEpochMilli(epochMs).atZone(zone).toLocalDate();
    }

    /** The calendar months the period touches, oldest first. */
    List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /**
     * A SQL expression giving the index in {@link #months()} of the instant {@code column} (which
     * lies inside the period): the month boundaries are salon-local midnights turned into literals.
     */
    String monthIndexSql(String column) {
        List<YearMonth> months = months();
        if (months.size() == 1) {
            return "0";
        }
        StringBuilder sql = new StringBuilder("CASE");
        for (int i = 1; i < months.size(); i++) {
            sql.append(" WHEN ").append(column).append(" < ").append(startOf(months.get(i).atDay(1), zone))
                    .append(" THEN ").append(i - 1);
        }
        return sql.append(" ELSE ").append(months.size() - 1).append(" END").toString();
    }
}
