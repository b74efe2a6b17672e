package app.atelier.plugins.reminders.send;

import app.atelier.api.data.ClientStats;
import app.atelier.api.data.ClientView;
import app.atelier.api.data.VisitView;
import app.atelier.plugins.reminders.RemindersSettings;
import app.atelier.plugins.reminders.plan.Kind;
import app.atelier.plugins.reminders.plan.PlanRow;
import app.atelier.plugins.reminders.plan.Timing;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Whether a due row should still go, looked at the moment it is due (things change between
 * planning and sending: the visit is confirmed, the client books again, a kind is switched off).
 * Pure: the facts are looked up by the caller.
 */
public final class Checks {
    private Checks() {
    }

    /**
     * Why the row ends without being sent.
     *
     * @param status {@code skipped} (it did not apply) or {@code cancelled} (its subject went away)
     * @param reason for the history
     */
    public record Stop(String status, String reason) {
        static Stop skipped(String reason) {
            return new Stop(PlanRow.SKIPPED, reason);
        }

        static Stop cancelled(String reason) {
            return new Stop(PlanRow.CANCELLED, reason);
        }
    }

    /** Whether the kind is switched on. */
    public static boolean enabled(RemindersSettings s, Kind kind) {
        return switch (kind) {
            case BOOKING_CONFIRMATION -> s.bookingConfirmation();
            case CONFIRMATION_REQUEST -> s.confirmationRequest();
            case REMINDER -> s.reminders();
            case CONFIRMATION_DEADLINE -> s.deadline();
            case FOLLOW_UP -> s.followUp();
            case REVIEW_REQUEST -> s.reviewRequest();
            case REPEAT_INVITATION -> s.repeatInvitation();
            case BIRTHDAY -> s.birthday();
            case REACTIVATION -> s.reactivation();
            case BONUS_EXPIRY -> s.bonusExpiry();
        };
    }

    /**
     * Checks a due row against the present. {@code visit} is null for rows without a visit;
     * {@code stats} is only consulted for the kinds that need it.
     */
    public static Optional<Stop> stop(RemindersSettings s, PlanRow row, Optional<ClientView> client, VisitView visit,
                                      java.util.function.Supplier<ClientStats> stats, Instant now, ZoneId zone) {
        if (!enabled(s, row.kind())) {
            return Optional.of(Stop.skipped("switched off in the settings"));
        }
        if (client.isEmpty()) {
            return Optional.of(Stop.cancelled("the client was deleted"));
        }
        if (row.visitId() != null && visit == null) {
            return Optional.of(Stop.cancelled("the visit no longer exists"));
        }
        Optional<Stop> byKind = switch (row.kind()) {
            case BOOKING_CONFIRMATION, REMINDER -> open(visit).or(() -> started(visit, now));
            case CONFIRMATION_REQUEST -> open(visit).or(() -> started(visit, now))
                    .or(() -> "confirmed".equals(visit.status()) ? Optional.of(Stop.skipped("the client confirmed the visit"))
                            : Optional.empty());
            case CONFIRMATION_DEADLINE -> Optional.empty(); // an action with its own checks
            case FOLLOW_UP, REPEAT_INVITATION -> stats.get().nextVisit() != null
                    ? Optional.of(Stop.skipped("the client has a visit booked")) : Optional.empty();
            case REVIEW_REQUEST -> !"completed".equals(visit.status())
                    ? Optional.of(Stop.cancelled("the visit is no longer completed"))
                    : s.reviewUrl().isEmpty() ? Optional.of(Stop.skipped("no review page in the settings")) : Optional.empty();
            case BIRTHDAY -> birthday(client.get(), now, zone);
            case REACTIVATION -> reactivation(row, stats.get());
            case BONUS_EXPIRY -> Optional.empty(); // the points are looked up by the sender (another plugin's data)
        };
        if (byKind.isPresent()) {
            return byKind;
        }
        if (row.kind() != Kind.CONFIRMATION_DEADLINE && !client.get().messageConsent()) {
            return Optional.of(Stop.skipped("no consent"));
        }
        return Optional.empty();
    }

    private static Optional<Stop> open(VisitView visit) {
        return "booked".equals(visit.status()) || "confirmed".equals(visit.status()) ? Optional.empty()
                : Optional.of(Stop.cancelled("the visit is " + visit.status().replace('_', '-')));
    }

    private static Optional<Stop> started(VisitView visit, Instant now) {
        return now.isBefore(visit.start()) ? Optional.empty() : Optional.of(Stop.skipped("the visit has started"));
    }

    private static Optional<Stop> birthday(ClientView client, Instant now, ZoneId zone) {
        LocalDate today = now.atZone(zone).toLocalDate();
        return client.birthday() != null && Timing.celebratedOn(client.birthday(), today) ? Optional.empty()
                : Optional.of(Stop.cancelled("the client's birthday is no longer today"));
    }

    private static Optional<Stop> reactivation(PlanRow row, ClientStats stats) {
        boolean same = stats.lastVisit() != null && Long.toString(stats.lastVisit().getEpochSecond()).equals(row.slot());
        return same && stats.nextVisit() == null ? Optional.empty()
                : Optional.of(Stop.skipped("the client came back or booked meanwhile"));
    }
}
