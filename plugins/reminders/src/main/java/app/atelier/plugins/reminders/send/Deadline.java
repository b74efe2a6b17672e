package app.atelier.plugins.reminders.send;

import app.atelier.api.PluginContext;
import app.atelier.api.Salon;
import app.atelier.api.data.ActionRejectedException;
import app.atelier.api.data.ClientView;
import app.atelier.api.data.VisitView;
import app.atelier.plugins.reminders.RemindersSettings;
import app.atelier.plugins.reminders.plan.PlanRow;
import app.atelier.plugins.reminders.plan.PlanStore;
import java.time.Instant;

/**
 * The confirmation deadline: a visit still only {@code booked} at the cutoff is cancelled (its time
 * frees up) and the client is told.
 *
 * <p>The row is marked as acting before the visit is cancelled, so that a crash after the cancel
 * still ends in the notice on the next round (the visit is then found cancelled by us), and so that
 * the {@code visit.cancelled} event the cancel causes neither ends this row nor plans a follow-up.
 */
final class Deadline {
    static final String ACTION = "visit cancelled: not confirmed by the cutoff";

    private final PluginContext context;
    private final Sender sender;

    Deadline(PluginContext context, Sender sender) {
        this.context = context;
        this.sender = sender;
    }

    boolean act(Salon salon, RemindersSettings s, PlanRow row, ClientView client, VisitView visit) {
        long salonId = salon.id();
        Instant now = context.clock().instant();
        switch (visit.status()) {
            case "confirmed" -> {
                sender.finish(salonId, row, PlanRow.SKIPPED, "the client confirmed in time");
                return false;
            }
            case "cancelled" -> {
                if (row.actedAt() == null) {
                    sender.finish(salonId, row, PlanRow.CANCELLED, "the visit is cancelled");
                    return false;
                }
                // cancelled by this row before a crash: the notice is still owed
                sender.queue(salon, s, row, client, visit, ACTION);
                return true;
            }
            case "booked" -> {
                if (!now.isBefore(visit.start())) {
                    sender.finish(salonId, row, PlanRow.SKIPPED, "the visit has started");
                    return false;
                }
                context.database().useTransaction(h -> PlanStore.acting(h, salonId, row.id(), now));
                try {
                    context.salonActions().cancel(salonId, visit.id());
                } catch (ActionRejectedException e) {
                    // confirmed or changed a moment ago: the next round sees what it became
                    context.database().useTransaction(h -> {
                        PlanStore.notActing(h, salonId, row.id());
                        PlanStore.failed(h, salonId, row.id(), Sender.refusal(e), now);
                    });
                    return false;
                }
                sender.queue(salon, s, row, client, visit, ACTION);
                return true;
            }
            default -> {
                sender.finish(salonId, row, PlanRow.CANCELLED, "the visit is " + visit.status().replace('_', '-'));
                return false;
            }
        }
    }
}
