package app.atelier.plugins.reminders.plan;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a planned row is for. Each kind has its own template and the placeholders that make sense
 * in it: a birthday greeting has no visit, so {@code {date}} in its template is refused when saved.
 */
public enum Kind {
    /** Right after booking, with links to confirm or cancel. */
    BOOKING_CONFIRMATION(true, true, Set.of("confirmLink", "cancelLink")),
    /** Some time before the visit: "please confirm". */
    CONFIRMATION_REQUEST(true, true, Set.of("confirmLink", "cancelLink")),
    /** At each configured offset before the visit. */
    REMINDER(true, true, Set.of("confirmLink", "cancelLink")),
    /** Not a message at its due time but an action: cancel an unconfirmed visit, then tell the client. */
    CONFIRMATION_DEADLINE(true, true, Set.of("bookingLink")),
    /** After a no-show or a late cancellation, when nothing else is booked. */
    FOLLOW_UP(true, false, Set.of("bookingLink")),
    /** Some hours after a completed visit. */
    REVIEW_REQUEST(true, false, Set.of("reviewLink", "bookingLink")),
    /** A service's interval after a completed visit with it, when nothing else is booked. */
    REPEAT_INVITATION(true, false, Set.of("bookingLink", "service")),
    /** On the client's birthday, once a year. */
    BIRTHDAY(false, false, Set.of("bookingLink", "birthdayGift")),
    /** A sleeping client, once per last visit. */
    REACTIVATION(false, false, Set.of("bookingLink", "lastVisitDate")),
    /** Before a client's bonus points expire, when the bonus plugin is active; one per offset and expiry moment. */
    BONUS_EXPIRY(false, false, Set.of("bookingLink", "points", "expiryDate"));

    /** Placeholders every kind may use. */
    public static final Set<String> COMMON = Set.of("clientName", "salonName", "salonAddress", "bonusBalance");
    /** Placeholders of a kind about one visit. */
    public static final Set<String> VISIT = Set.of("date", "time", "weekday", "master", "services");

    private final boolean aboutVisit;
    private final boolean timedToStart;
    private final Set<String> own;

    Kind(boolean aboutVisit, boolean timedToStart, Set<String> own) {
        this.aboutVisit = aboutVisit;
        this.timedToStart = timedToStart;
        this.own = own;
    }

    /** The kind's name in URLs, keys and JSON: {@code booking_confirmation}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether rows of this kind belong to one visit. */
    public boolean aboutVisit() {
        return aboutVisit;
    }

    /** Whether its due time is counted back from the visit's start (and moves when the visit moves). */
    public boolean timedToStart() {
        return timedToStart;
    }

    /** Every placeholder a template of this kind may contain. */
    public Set<String> placeholders() {
        Set<String> all = new LinkedHashSet<>(COMMON);
        if (aboutVisit) {
            all.addAll(VISIT);
        }
        all.addAll(own);
        return Set.copyOf(all);
    }

    /** The kind with this key, if any. */
    public static Optional<Kind> of(String key) {
        for (Kind k : values()) {
            if (k.key().equals(key)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** All keys, for error messages. */
    public static List<String> keys() {
        return java.util.Arrays.stream(values()).map(Kind::key).toList();
    }
}
