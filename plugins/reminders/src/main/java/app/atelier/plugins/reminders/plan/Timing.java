package app.atelier.plugins.reminders.plan;

import app.atelier.plugins.reminders.RemindersSettings;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When each kind of message is due. Pure: settings, facts and the reference moment in, intents
 * out; every calendar rule in the salon's zone.
 */
public final class Timing {
    /** How long a follow-up, an invitation or a review request stays worth sending. */
    static final Duration LATER_LIFETIME = Duration.ofDays(3);
    public static final String BOOKED_TOO_LATE = "its time had passed when it was planned (the visit was booked or moved later)";
    /** A no-show, cancellation or completion recorded longer than this after the visit's start is old news (history typed in later). */
    static final Duration STALE = Duration.ofDays(2);

    private Timing() {
    }

    /**
     * Whether a visit had already begun when it was booked or changed: at the event's moment or at
     * {@code now}, whichever is later (an event can be delivered late). Nothing is planned for such
     * a visit, not even as skipped: it is history typed in afterwards (the demo's half year, a visit
     * entered after the client came), and a row per message would only fill the day's list.
     */
    public static boolean begun(Instant start, Instant eventAt, Instant now) {
        return !start.isAfter(eventAt) || !start.isAfter(now);
    }

    /**
     * The messages timed to a visit's start that an open visit should have: the confirmation request
     * (only while {@code booked}), the reminders and the confirmation deadline (only while
     * {@code booked}). {@code reference} is the moment the visit was booked or moved: a time
     * already past then, for a visit still ahead, is recorded as skipped rather than sent late (so
     * the log answers "why no reminder?"); a visit that had begun by then gets nothing at all.
     */
    public static List<Intent> timed(RemindersSettings s, long clientId, long visitId, Instant start, String status,
                                     ZoneId zone, Instant reference) {
        List<Intent> intents = new ArrayList<>();
        boolean booked = "booked".equals(status);
        if (!booked && !"confirmed".equals(status) || !start.isAfter(reference)) {
            return intents;
        }
        Instant cutoff = s.deadline() ? start.minus(Duration.ofHours(s.deadlineHours())) : start;
        if (s.confirmationRequest() && booked) {
            Instant due = s.confirmationOffset().before(start, zone);
            Intent request = new Intent(Kind.CONFIRMATION_REQUEST, clientId, visitId, s.confirmationOffset().label(), start,
                    due, cutoff, null);
            if (!due.isBefore(cutoff)) {
                request = request.skipped("it would come after the confirmation cutoff");
            } else if (due.isBefore(reference)) {
                request = request.skipped(BOOKED_TOO_LATE);
            }
            intents.add(request);
        }
        if (s.reminders()) {
            for (Offset offset : s.reminderOffsets()) {
                Instant due = offset.before(start, zone);
                Intent reminder = new Intent(Kind.REMINDER, clientId, visitId, offset.label(), start, due, start, null);
                intents.add(due.isBefore(reference) ? reminder.skipped(BOOKED_TOO_LATE) : reminder);
            }
        }
        if (s.deadline() && booked) {
            Intent deadline = new Intent(Kind.CONFIRMATION_DEADLINE, clientId, visitId, s.deadlineHours() + "h", start, cutoff,
                    start, null);
            intents.add(cutoff.isBefore(reference) ? deadline.skipped("the visit was booked or moved after the cutoff") : deadline);
        }
        return intents;
    }

    /** The booking confirmation: at once, pointless once the visit has started. */
    public static Intent bookingConfirmation(long clientId, long visitId, Instant start, Instant bookedAt) {
        return new Intent(Kind.BOOKING_CONFIRMATION, clientId, visitId, "-", start, bookedAt, start, null);
    }

    /** Whether a cancellation at {@code cancelledAt} of a visit starting at {@code start} is late. */
    public static boolean lateCancellation(RemindersSettings s, Instant start, Instant cancelledAt) {
        return Duration.between(cancelledAt, start).compareTo(Duration.ofHours(s.lateCancellationHours())) < 0;
    }

    /**
     * The follow-up after a no-show or a late cancellation that happened at {@code at}; none when that
     * was entered days after the visit (history typed in later needs no follow-up, and no row).
     */
    public static Optional<Intent> followUp(RemindersSettings s, long clientId, long visitId, Instant start, Instant at) {
        if (at.isAfter(start.plus(STALE))) {
            return Optional.empty();
        }
        Instant due = at.plus(Duration.ofHours(s.followUpDelayHours()));
        return Optional.of(new Intent(Kind.FOLLOW_UP, clientId, visitId, "-", start, due, due.plus(LATER_LIFETIME), null));
    }

    /** The review request after a visit completed at {@code completedAt}; none when completed days after it. */
    public static Optional<Intent> reviewRequest(RemindersSettings s, long clientId, long visitId, Instant start,
                                                 Instant completedAt) {
        if (completedAt.isAfter(start.plus(STALE))) {
            return Optional.empty();
        }
        Instant due = completedAt.plus(Duration.ofHours(s.reviewDelayHours()));
        return Optional.of(new Intent(Kind.REVIEW_REQUEST, clientId, visitId, "-", start, due, due.plus(LATER_LIFETIME), null));
    }

    /**
     * The invitation to come again for a service {@code days} salon-local days after the visit's
     * day, at the message hour; none when that moment had passed by the time the visit was
     * completed (a visit entered long afterwards).
     */
    public static Optional<Intent> repeatInvitation(RemindersSettings s, long clientId, long visitId, Instant start,
                                                    long serviceId, int days, Instant completedAt, ZoneId zone) {
        LocalDate day = start.atZone(zone).toLocalDate().plusDays(days);
        Instant due = atHour(day, s.messageHour(), zone);
        if (due.isBefore(completedAt)) {
            return Optional.empty();
        }
        return Optional.of(new Intent(Kind.REPEAT_INVITATION, clientId, visitId, "s" + serviceId, start, due,
                due.plus(LATER_LIFETIME), null));
    }

    /**
     * The birthday greeting for a client born on {@code birthday}, if {@code today} is the day it is
     * celebrated: the birthday itself, or 28 February for a 29 February birthday in a common year.
     * Due at {@code due} (the message hour, or now when the day's run comes later), pointless after
     * the day ends.
     */
    public static Optional<Intent> birthday(long clientId, LocalDate birthday, LocalDate today, Instant due, ZoneId zone) {
        if (!celebratedOn(birthday, today)) {
            return Optional.empty();
        }
        Instant endOfDay = today.plusDays(1).atStartOfDay(zone).toInstant();
        return Optional.of(new Intent(Kind.BIRTHDAY, clientId, null, Integer.toString(today.getYear()), null, due, endOfDay, null));
    }

    /** When the day's client messages go: the message hour of {@code today}, or {@code now} if that has passed. */
    public static Instant dailyDue(LocalDate today, int messageHour, Instant now, ZoneId zone) {
        Instant at = atHour(today, messageHour, zone);
        return at.isAfter(now) ? at : now;
    }

    /** Whether a birthday is celebrated on this date (29 February on 28 February in a common year). */
    public static boolean celebratedOn(LocalDate birthday, LocalDate day) {
        MonthDay born = MonthDay.from(birthday);
        if (born.equals(MonthDay.of(2, 29)) && !day.isLeapYear()) {
            return MonthDay.from(day).equals(MonthDay.of(2, 28));
        }
        return MonthDay.from(day).equals(born);
    }

    /** The invitation for a sleeping client, once per last visit (its time is the slot). */
    public static Intent reactivation(long clientId, Instant lastVisit, Instant due) {
        return new Intent(Kind.REACTIVATION, clientId, null, Long.toString(lastVisit.getEpochSecond()), null, due,
                due.plus(LATER_LIFETIME), null);
    }

    /**
     * Whether a client is sleeping: something completed, nothing booked, and the last visit longer
     * ago than {@code days}, or than {@code intervalPct} percent of their usual interval between
     * visits (known from two completed visits on; 0 switches that rule off).
     */
    public static boolean sleeping(int completedVisits, Instant firstVisit, Instant lastVisit, Instant nextVisit,
                                   Instant now, int days, int intervalPct) {
        if (completedVisits < 1 || lastVisit == null || nextVisit != null) {
            return false;
        }
        Duration since = Duration.between(lastVisit, now);
        if (since.compareTo(Duration.ofDays(days)) > 0) {
            return true;
        }
        if (intervalPct <= 0 || completedVisits < 2 || firstVisit == null) {
            return false;
        }
        long usualMillis = Duration.between(firstVisit, lastVisit).toMillis() / (completedVisits - 1);
        if (usualMillis <= 0) {
            return false;
        }
        // percent of the usual interval without floating point: since * 100 > usual * pct
        return Math.multiplyExact(since.toMillis(), 100L) > Math.multiplyExact(usualMillis, (long) intervalPct);
    }

    /**
     * The warning {@code offset} before bonus points of a client expire at {@code pointsExpireAt}: at
     * the message hour of the salon-local day the offset leads to (7d before an expiry on the 20th
     * goes on the 13th). Empty when that moment is not before the expiry (an expiry early in the day
     * with a one-day offset still goes the day before, so this only drops odd settings). Recorded as
     * skipped when its time had passed at {@code now} (points credited or found later), so the
     * history tells why no warning came. The row is pointless once the points have expired.
     */
    public static Optional<Intent> bonusExpiry(int messageHour, long clientId, Offset offset, Instant pointsExpireAt,
                                               ZoneId zone, Instant now) {
        LocalDate day = offset.before(pointsExpireAt, zone).atZone(zone).toLocalDate();
        Instant due = atHour(day, messageHour, zone);
        if (!due.isBefore(pointsExpireAt)) {
            return Optional.empty();
        }
        Intent intent = new Intent(Kind.BONUS_EXPIRY, clientId, null, bonusSlot(offset, pointsExpireAt), null, due,
                pointsExpireAt, null);
        return Optional.of(due.isBefore(now) ? intent.skipped("its time had passed when the points were found") : intent);
    }

    /** The slot of a bonus expiry warning: offset and the points' expiry, e.g. {@code 7d@1767214800}. */
    public static String bonusSlot(Offset offset, Instant pointsExpireAt) {
        return offset.label() + "@" + pointsExpireAt.getEpochSecond();
    }

    /** The points' expiry named in a bonus expiry slot, if it is one. */
    public static Optional<Instant> bonusSlotExpiry(String slot) {
        int at = slot == null ? -1 : slot.indexOf('@');
        if (at < 0 || !slot.substring(at + 1).matches("[0-9]{1,12}")) {
            return Optional.empty();
        }
        return Optional.of(Instant.ofEpochSecond(Long.parseLong(slot.substring(at + 1))));
    }

    /** The start of {@code hour} o'clock salon time on {@code day} (moved forward out of a DST gap). */
    static Instant atHour(LocalDate day, int hour, ZoneId zone) {
        return ZonedDateTime.of(day, LocalTime.of(hour, 0), zone).toInstant();
    }
}
