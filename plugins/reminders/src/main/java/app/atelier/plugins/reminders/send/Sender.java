package app.atelier.plugins.reminders.send;

import app.atelier.api.PluginContext;
import app.atelier.api.Salon;
import app.atelier.api.data.ActionRejectedException;
import app.atelier.api.data.ClientView;
import app.atelier.api.data.VisitView;
import app.atelier.api.notify.OutgoingMessage;
import app.atelier.plugins.reminders.RemindersSettings;
import app.atelier.plugins.reminders.bonus.PointsExpiry;
import app.atelier.plugins.reminders.clients.ChannelPrefs;
import app.atelier.plugins.reminders.clients.Recipients;
import app.atelier.plugins.reminders.plan.Kind;
import app.atelier.plugins.reminders.plan.PlanRow;
import app.atelier.plugins.reminders.plan.PlanStore;
import app.atelier.plugins.reminders.plan.Timing;
import app.atelier.plugins.reminders.plan.VisitPlanner;
import java.time.Instant;
import java.util.Optional;

/**
 * Turns one due row into a queued message in the host's notification service (which owns
 * delivery, retries, quiet hours and the delivery log).
 *
 * <p>Crash safety rests on the order of steps and on the dedup key: the message is queued with the
 * row's key first, and only then is the row marked queued. A crash in between leaves the row
 * planned; the next round queues the same key again, the host answers with the message it already
 * has, and the row is marked. Two nodes doing the same round likewise end with one message.
 */
public final class Sender {
    /** A row the notification service refused this many times is given up. */
    static final int MAX_ATTEMPTS = 3;

    private final PluginContext context;
    private final MessageBuilder messages;
    private final ChannelPrefs prefs;
    private final VisitPlanner planner;
    private final PointsExpiry pointsExpiry;

    public Sender(PluginContext context) {
        this.context = context;
        this.messages = new MessageBuilder(context);
        this.prefs = new ChannelPrefs(context);
        this.planner = new VisitPlanner(context);
        this.pointsExpiry = new PointsExpiry(context);
    }

    /** Processes a due row; returns whether it queued a message (or, for the deadline, acted). */
    public boolean process(Salon salon, RemindersSettings s, PlanRow row) {
        Instant now = context.clock().instant();
        long salonId = salon.id();
        Optional<ClientView> client = context.salonData().client(salonId, row.clientId());
        VisitView visit = row.visitId() == null ? null : context.salonData().visit(salonId, row.visitId()).orElse(null);
        if (visit != null && row.kind().timedToStart() && row.kind() != Kind.BOOKING_CONFIRMATION
                && !visit.start().equals(row.visitStart()) && isOpen(visit)) {
            // the visit moved and its event has not been handled yet: re-plan now, the moved row
            // comes due at its new time
            planner.replan(s, visit, salon.zone(), now);
            return false;
        }
        Optional<Checks.Stop> stop = Checks.stop(s, row, client, visit,
                () -> context.salonData().clientStats(salonId, row.clientId()), now, salon.zone());
        if (stop.isPresent()) {
            finish(salonId, row, stop.get().status(), stop.get().reason());
            return false;
        }
        if (row.kind() == Kind.BONUS_EXPIRY) {
            Optional<String> why = pointsGone(salonId, row);
            if (why.isPresent()) {
                finish(salonId, row, PlanRow.SKIPPED, why.get());
                return false;
            }
        }
        if (row.kind() == Kind.CONFIRMATION_DEADLINE) {
            return new Deadline(context, this).act(salon, s, row, client.get(), visit);
        }
        return queue(salon, s, row, client.get(), visit, null).isPresent();
    }

    /**
     * Queues the row's message and marks the row queued; returns the message id, or empty when the
     * row ended without a message (no consent, no address, refused). With {@code action} (what the
     * row did, e.g. cancel the visit) the row ends {@code done} with that note either way.
     */
    Optional<Long> queue(Salon salon, RemindersSettings s, PlanRow row, ClientView client, VisitView visit, String action) {
        long salonId = salon.id();
        if (!client.messageConsent()) {
            end(salonId, row, action, PlanRow.SKIPPED, "no consent");
            return Optional.empty();
        }
        String channel = prefs.of(salonId, client.id()).orElse(s.channel());
        Recipients.Result to = Recipients.of(channel, client);
        if (to.address() == null) {
            end(salonId, row, action, PlanRow.SKIPPED, to.missing() + " for channel " + channel);
            return Optional.empty();
        }
        MessageBuilder.Rendered text = messages.build(salon, s, row.kind(), row.slot(), client, visit);
        long messageId;
        try {
            messageId = context.notifications().queue(new OutgoingMessage(salonId, client.id(), channel, to.address(),
                    text.subject(), text.body(), null, row.dedupKey(), row.expiresAt()));
        } catch (RuntimeException e) {
            // e.g. an address the channel cannot use; the host's message names the field, not the text
            String reason = "the notification service refused it: " + e.getMessage();
            int attempts = context.database().inTransaction(h -> PlanStore.failed(h, salonId, row.id(), reason,
                    context.clock().instant()));
            if (attempts >= MAX_ATTEMPTS || action != null) {
                end(salonId, row, action, PlanRow.SKIPPED, reason);
            }
            return Optional.empty();
        }
        Instant now = context.clock().instant();
        String status = action == null ? PlanRow.QUEUED : PlanRow.DONE;
        String note = action == null ? null : action + "; the client was told";
        context.database().useTransaction(h -> PlanStore.queued(h, salonId, row.id(), status, note, channel, messageId, now));
        return Optional.of(messageId);
    }

    /** Ends a row that sends nothing: with its own status, or as {@code done} when it carried out an action. */
    private void end(long salonId, PlanRow row, String action, String status, String reason) {
        if (action == null) {
            finish(salonId, row, status, reason);
        } else {
            finish(salonId, row, PlanRow.DONE, action + "; no message: " + reason);
        }
    }

    void finish(long salonId, PlanRow row, String status, String reason) {
        Instant now = context.clock().instant();
        context.database().useTransaction(h -> PlanStore.finish(h, salonId, row.id(), status, reason, now));
    }

    /** Why a bonus expiry warning no longer applies: the bonus plugin went away, or the points were spent. */
    private Optional<String> pointsGone(long salonId, PlanRow row) {
        Optional<Instant> expiresAt = Timing.bonusSlotExpiry(row.slot());
        if (expiresAt.isEmpty()) {
            return Optional.of("unreadable slot " + row.slot());
        }
        java.util.OptionalLong left = pointsExpiry.remaining(salonId, row.clientId(), expiresAt.get());
        if (left.isEmpty()) {
            return Optional.of("the bonus plugin is not active");
        }
        return left.getAsLong() > 0 ? Optional.empty() : Optional.of("the points were spent or have expired");
    }

    static boolean isOpen(VisitView visit) {
        return "booked".equals(visit.status()) || "confirmed".equals(visit.status());
    }

    /** Why an action on the visit was refused, for the history. */
    static String refusal(ActionRejectedException e) {
        return e.code() + ": " + e.getMessage();
    }
}
