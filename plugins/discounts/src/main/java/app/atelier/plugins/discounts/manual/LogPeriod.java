package app.atelier.plugins.discounts.manual;

import app.atelier.plugins.discounts.input.Fields;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The stretch of the manual discount log someone asks for, {@code [from, to)}: read from the
 * {@code from} and {@code to} a person typed (salon-local dates, both days included, or instants), by
 * default the last 30 days, at most a year. The REST API and the panel page read it here.
 */
public record LogPeriod(Instant from, Instant to) {
    /** The most rows one answer reads; a longer log asks for a shorter period. */
    public static final int MAX_ROWS = 2000;
    private static final Duration MAX_RANGE = Duration.ofDays(367);
    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

    /**
     * @param now the salon's "now", from the injected clock
     * @throws app.atelier.plugins.discounts.input.InvalidInput naming {@code from} or {@code to}
     */
    public static LogPeriod parse(String from, String to, ZoneId zone, Instant now) {
        Fields f = new Fields();
        Instant end = bound(f, to, "to", zone, true, now.plus(Duration.ofDays(1)));
        Instant start = bound(f, from, "from", zone, false, end.minus(Duration.ofDays(31)));
        f.check();
        if (!end.isAfter(start) || Duration.between(start, end).compareTo(MAX_RANGE) > 0) {
            f.error("to", "period", "must be after from and at most a year later");
        }
        f.check();
        return new LogPeriod(start, end);
    }

    /** A date means the start of that day (for {@code to}: of the next day, so the day is included). */
    private static Instant bound(Fields f, String value, String field, ZoneId zone, boolean end, Instant otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        Instant instant;
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                instant = (end ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
            } else {
                instant = Instant.parse(value);
            }
        } catch (DateTimeParseException e) {
            f.error(field, "dateOrInstant", "must be a date such as 2026-12-01 or an instant such as 2026-12-01T09:00:00Z");
            return otherwise;
        }
        // rows are kept as epoch milliseconds: a far-off year would overflow them
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            f.error(field, "years", "must be between the years 1900 and 9999");
            return otherwise;
        }
        return instant;
    }
}
