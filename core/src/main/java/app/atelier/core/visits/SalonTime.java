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
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException ignored) {
            // not with an offset: try salon-local wall time below
        }
        try {
            LocalDateTime local = LocalDateTime.parse(text);
            ZonedDateTime zoned = ZonedDateTime.ofLocal(local, zone, null);
            if (!zoned.toLocalDateTime().equals(local)) {
                throw InvalidInputException.of(field, "does not exist in " + zone + " (the clocks change then)");
            }
            return zoned.toInstant();
        } catch (DateTimeException e) {
            throw InvalidInputException.of(field, "must be a date and time such as 2026-12-01T12:00");
        }
    }
}
