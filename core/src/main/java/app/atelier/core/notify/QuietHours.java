package app.atelier.core.notify;

import app.atelier.api.Salon;
import app.atelier.core.common.Validator;
import app.atelier.core.db.Database;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The hours of the night when a salon sends nothing, in the salon's zone (default 21:00–09:00).
 * A message due inside the window waits for its end; equal start and end switch quiet hours off.
 */
public final class QuietHours {
    public static final Window DEFAULT = new Window(LocalTime.of(21, 0), LocalTime.of(9, 0));

    private final Database db;

    public QuietHours(Database db) {
        this.db = db;
    }

    /**
     * A quiet window; it wraps midnight when {@code start} is after {@code end}.
     *
     * @param start first quiet minute, salon-local
     * @param end   first minute messages may go again
     */
    public record Window(LocalTime start, LocalTime end) {
        boolean contains(LocalTime t) {
            if (start.equals(end)) {
                return false;
            }
            return start.isBefore(end) ? !t.isBefore(start) && t.isBefore(end) : !t.isBefore(start) || t.isBefore(end);
        }
    }

    public Window of(long salonId) {
        return db.read(h -> h.createQuery("SELECT start_minute, end_minute FROM notify_quiet_hours WHERE salon_id = :s")
                .bind("s", salonId)
                .map((rs, ctx) -> new Window(LocalTime.ofSecondOfDay(rs.getInt(1) * 60L), LocalTime.ofSecondOfDay(rs.getInt(2) * 60L)))
                .findOne()).orElse(DEFAULT);
    }

    /** Sets the window from {@code "HH:mm"} texts; equal values switch quiet hours off. */
    public Window set(long salonId, String start, String end) {
        LocalTime from = parse(start);
        LocalTime to = parse(end);
        new Validator().require(from != null, "start", "must be a time such as 21:00")
                .require(to != null, "end", "must be a time such as 09:00").check();
        db.write(h -> h.createUpdate("""
                        INSERT INTO notify_quiet_hours (salon_id, start_minute, end_minute) VALUES (:s, :a, :b)
                        ON CONFLICT (salon_id) DO UPDATE SET start_minute = excluded.start_minute, end_minute = excluded.end_minute""")
                .bind("s", salonId).bind("a", from.toSecondOfDay() / 60).bind("b", to.toSecondOfDay() / 60).execute());
        return new Window(from, to);
    }

    /** When a message due at {@code now} may go: empty if now is outside the window, else the window's end. */
    public Optional<Instant> holdUntil(Salon salon, Instant now) {
        Window window = of(salon.id());
        ZonedDateTime local = now.atZone(salon.zone());
        if (!window.contains(local.toLocalTime())) {
            return Optional.empty();
        }
        ZonedDateTime end = local.with(window.end()).withSecond(0).withNano(0);
        if (!end.isAfter(local)) {
            end = end.plusDays(1).with(window.end());
        }
        return Optional.of(end.toInstant());
    }

    private static LocalTime parse(String text) {
        try {
            return text == null || text.length() != 5 ? null : LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
