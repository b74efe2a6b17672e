package app.atelier.core.visits;

import app.atelier.core.common.InvalidInputException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/** Reads the times people type: salon-local wall time, or an instant with an offset. */
public final class SalonTime {
    // instants are stored as epoch milliseconds: far-off years would overflow them
    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private SalonTime() {
    }

    /**
     * Parses {@code text} as an instant; a time without offset is read in {@code zone}. A local time
     * that does not exist (skipped by a DST change) is refused rather than silently shifted.
     */
    public static Instant parse(String text, ZoneId zone, String field) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of(field, "is required");
        }
        if (text.length() > 40) {
            throw InvalidInputException.of(field, "is not a date and time");
        }
        try {
            return inRange(OffsetDateTime.parse(text).toInstant(), field);
        } catch (DateTimeParseException ignored) {
            // not with an offset: try salon-local wall time below
        }
        try {
            LocalDateTime local = LocalDateTime.parse(text);
            ZonedDateTime zoned = ZonedDateTime.ofLocal(local, zone, null);
            if (!zoned.toLocalDateTime().equals(local)) {
                throw InvalidInputException.of(field, "does not exist in " + zone + " (the clocks change then)");
            }
            return inRange(zoned.toInstant(), field);
        } catch (DateTimeException e) {
            throw InvalidInputException.of(field, "must be a date and time such as 2026-12-01T12:00");
        }
    }

    private static Instant inRange(Instant instant, String field) {
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw InvalidInputException.of(field, "must be between the years 1900 and 9999");
        }
        return instant;
    }
}
