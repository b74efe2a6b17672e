package app.atelier.plugins.bonus.web;

import app.atelier.plugins.bonus.gifts.GiftService;
import app.atelier.plugins.bonus.gifts.Segment;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * A gift as the API and the panel's gift form read it: one client or a segment, points, a reason
 * and an optional expiry. Reading checks every field and throws one 400 ({@link Fields#check()}).
 */
public final class GiftInput {
    static final long MAX_GIFT = 1_000_000_000L;

    private GiftInput() {
    }

    /**
     * @param zone the salon's zone: a date as expiry means the end of that salon-local day
     * @param now  the injected clock's now: the expiry must come after it
     */
    public static GiftService.Request read(Fields f, ZoneId zone, Instant now) {
        Long clientId = f.number("clientId", false, 1, Long.MAX_VALUE);
        Fields s = f.object("segment");
        if ((clientId == null) == (s == null)) {
            f.error("clientId", "clientOrSegment");
        }
        Segment segment = s == null ? null : segment(s);
        Long amount = f.number("amount", true, 1, MAX_GIFT);
        String reason = f.text("reason", true, 200);
        Instant expiresAt = expiry(f, zone, now);
        f.check();
        return new GiftService.Request(clientId, segment, amount, reason, expiresAt);
    }

    private static Segment segment(Fields s) {
        String tag = s.text("tag", false, 100);
        Long min = s.number("minSpent", false, 0, ProgramInput.MAX_MONEY);
        Long max = s.number("maxSpent", false, 0, ProgramInput.MAX_MONEY);
        Long sleeping = s.number("sleepingDays", false, 1, 3650);
        if (tag == null && min == null && max == null && sleeping == null) {
            s.error("tag", "segmentEmpty");
        }
        if (min != null && max != null && min > max) {
            s.error("maxSpent", "maxBelowMin");
        }
        return new Segment(tag, min, max, sleeping == null ? null : sleeping.intValue());
    }

    /**
     * {@code 2027-01-10} means the points last through that salon-local day; an instant with an
     * offset means exactly then. Either must be in the future.
     */
    private static Instant expiry(Fields f, ZoneId zone, Instant now) {
        String text = f.text("expiresAt", false, 40);
        if (text == null) {
            return null;
        }
        Instant at;
        try {
            at = text.length() == 10 ? LocalDate.parse(text).plusDays(1).atStartOfDay(zone).toInstant()
                    : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            f.error("expiresAt", "expiry");
            return null;
        }
        if (!at.isAfter(now)) {
            f.error("expiresAt", "future");
            return null;
        }
        return at;
    }
}
