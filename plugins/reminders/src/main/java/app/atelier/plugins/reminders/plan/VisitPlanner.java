package app.atelier.plugins.reminders.plan;

import app.atelier.api.PluginContext;
import app.atelier.api.data.VisitView;
import app.atelier.plugins.reminders.RemindersSettings;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Plans a visit's messages in the plugin's table; the writing half of {@link Timing}. */
public final class VisitPlanner {
    private final PluginContext context;

    public VisitPlanner(PluginContext context) {
        this.context = context;
    }

    /**
     * Re-plans the messages timed to an open visit's start (moved or newly wanted ones), with
     * {@code reference} the moment of the change that asked for it; returns how many rows changed.
     */
    public int replan(RemindersSettings s, VisitView visit, ZoneId zone, Instant reference) {
        Instant now = context.clock().instant();
        if (Timing.begun(visit.start(), reference, now)) {
            return 0;  // rows still planned end at sending ("the visit has started")
        }
        List<Intent> wanted = Timing.timed(s, visit.clientId(), visit.id(), visit.start(), visit.status(), zone, reference);
        return context.database().inTransaction(h -> Reconcile.visit(h, visit.salonId(), visit.id(), visit.status(), wanted, now));
    }

    /**
     * A newly booked visit: the booking confirmation (when switched on) and everything timed to its
     * start; nothing for a visit that had begun when it was booked or when the event arrived
     * (history typed in afterwards). Returns whether it planned anything.
     */
    public boolean booked(RemindersSettings s, VisitView visit, ZoneId zone, Instant bookedAt) {
        Instant now = context.clock().instant();
        if (Timing.begun(visit.start(), bookedAt, now)) {
            return false;
        }
        List<Intent> wanted = new ArrayList<>(Timing.timed(s, visit.clientId(), visit.id(), visit.start(), visit.status(), zone,
                bookedAt));
        context.database().useTransaction(h -> {
            if (s.bookingConfirmation()) {
                PlanStore.insert(h, visit.salonId(), Timing.bookingConfirmation(visit.clientId(), visit.id(), visit.start(), bookedAt), now);
            }
            Reconcile.visit(h, visit.salonId(), visit.id(), visit.status(), wanted, now);
        });
        return true;
    }

    /** Ends the visit's planned rows (it was cancelled, missed or completed). */
    public int end(long salonId, long visitId, String reason) {
        Instant now = context.clock().instant();
        return context.database().inTransaction(h -> PlanStore.cancelVisit(h, salonId, visitId, PlanRow.CANCELLED, reason, now));
    }

    /** Plans one more row (idempotent by its dedup key). */
    public boolean add(long salonId, Intent intent) {
        Instant now = context.clock().instant();
        return context.database().inTransaction(h -> PlanStore.insert(h, salonId, intent, now));
    }

    /** A later visit's invitation for a service replaces a client's earlier planned one. */
    public void replaceInvitation(long salonId, Intent invitation) {
        Instant now = context.clock().instant();
        context.database().useTransaction(h -> {
            PlanStore.cancelOthers(h, salonId, invitation, "a later visit with the same service replaced it", now);
            PlanStore.insert(h, salonId, invitation, now);
        });
    }

    /** Whether the plugin cancelled this visit itself at the confirmation deadline. */
    public boolean cancelledByDeadline(long salonId, long visitId) {
        return context.database().withHandle(h -> PlanStore.cancelledByDeadline(h, salonId, visitId));
    }
}
