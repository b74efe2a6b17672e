package app.atelier.plugins.reminders.events;

import app.atelier.api.PluginContext;
import app.atelier.api.Salon;
import app.atelier.api.data.VisitView;
import app.atelier.api.events.DomainEvent;
import app.atelier.api.events.DomainEventListener;
import app.atelier.api.events.EventTypes;
import app.atelier.plugins.reminders.RemindersSettings;
import app.atelier.plugins.reminders.clients.VisitServices;
import app.atelier.plugins.reminders.plan.Kind;
import app.atelier.plugins.reminders.plan.PlanRow;
import app.atelier.plugins.reminders.plan.PlanStore;
import app.atelier.plugins.reminders.plan.Timing;
import app.atelier.plugins.reminders.plan.VisitPlanner;
import app.atelier.plugins.reminders.send.Sender;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pf4j.Extension;

/**
 * Plans messages as visits change. Each event is handled from the visit as it is now (read back
 * from the core), not from the event's payload, so a late or repeated event cannot plan for a state
 * the visit has left; every write is idempotent (dedup keys, conditional updates), because the
 * outbox delivers at least once.
 *
 * <p>The booking confirmation is queued right here rather than at the next run of the sending
 * task, so that it reaches the client at once; if that fails, the task sends it.
 */
@Extension
public final class VisitEvents implements DomainEventListener {
    private static final Set<String> TYPES = Set.of(EventTypes.VISIT_BOOKED, EventTypes.VISIT_CONFIRMED,
            EventTypes.VISIT_RESCHEDULED, EventTypes.VISIT_CANCELLED, EventTypes.VISIT_NO_SHOW, EventTypes.VISIT_COMPLETED);

    private final PluginContext context;
    private final VisitPlanner planner;
    private final VisitServices services;
    private final Sender sender;

    public VisitEvents(PluginContext context) {
        this.context = context;
        this.planner = new VisitPlanner(context);
        this.services = new VisitServices(context);
        this.sender = new Sender(context);
    }

    @Override
    public boolean accepts(String eventType) {
        return TYPES.contains(eventType);
    }

    @Override
    public void onEvent(DomainEvent event) {
        long salonId = event.salonId();
        Optional<Salon> salon = context.salonData().salon(salonId);
        Optional<VisitView> found = context.salonData().visit(salonId, event.subjectId());
        if (salon.isEmpty() || found.isEmpty()) {
            return;  // nothing left to plan for: not worth a retry
        }
        VisitView visit = found.get();
        RemindersSettings s = RemindersSettings.of(context.settings(salonId));
        Instant at = event.occurredAt();
        switch (event.type()) {
            case EventTypes.VISIT_BOOKED -> {
                if (planner.booked(s, visit, salon.get().zone(), at)) {
                    sendNow(salon.get(), s, visit.id());
                }
            }
            case EventTypes.VISIT_CONFIRMED, EventTypes.VISIT_RESCHEDULED -> planner.replan(s, visit, salon.get().zone(), at);
            case EventTypes.VISIT_CANCELLED -> cancelled(s, visit, at);
            case EventTypes.VISIT_NO_SHOW -> {
                planner.end(salonId, visit.id(), "the client did not come");
                if (s.followUp() && "no_show".equals(visit.status())) {
                    Timing.followUp(s, visit.clientId(), visit.id(), visit.start(), at).ifPresent(i -> planner.add(salonId, i));
                }
            }
            case EventTypes.VISIT_COMPLETED -> completed(salon.get(), s, visit, at);
            default -> {
                // accepts() lets only the types above through
            }
        }
    }

    private void cancelled(RemindersSettings s, VisitView visit, Instant at) {
        long salonId = visit.salonId();
        planner.end(salonId, visit.id(), "the visit was cancelled");
        if (s.followUp() && "cancelled".equals(visit.status()) && Timing.lateCancellation(s, visit.start(), at)
                && !planner.cancelledByDeadline(salonId, visit.id())) {
            Timing.followUp(s, visit.clientId(), visit.id(), visit.start(), at).ifPresent(i -> planner.add(salonId, i));
        }
    }

    private void completed(Salon salon, RemindersSettings s, VisitView visit, Instant at) {
        long salonId = salon.id();
        planner.end(salonId, visit.id(), "the visit was completed");
        if (!"completed".equals(visit.status())) {
            return;
        }
        if (s.reviewRequest()) {
            Timing.reviewRequest(s, visit.clientId(), visit.id(), visit.start(), at).ifPresent(review ->
                    planner.add(salonId, s.reviewUrl().isEmpty() ? review.skipped("no review page in the settings") : review));
        }
        if (s.repeatInvitation()) {
            Map<Long, Integer> intervals = services.intervals(salonId);
            for (VisitServices.Line line : services.of(salonId, visit.id())) {
                Integer days = intervals.get(line.serviceId());
                if (days != null) {
                    Timing.repeatInvitation(s, visit.clientId(), visit.id(), visit.start(), line.serviceId(), days, at,
                            salon.zone()).ifPresent(invitation -> planner.replaceInvitation(salonId, invitation));
                }
            }
        }
    }

    /** Queues the visit's booking confirmation now, if it is planned and due. */
    private void sendNow(Salon salon, RemindersSettings s, long visitId) {
        Instant now = context.clock().instant();
        List<PlanRow> due = context.database().withHandle(h -> PlanStore.ofVisit(h, salon.id(), visitId)).stream()
                .filter(r -> r.kind() == Kind.BOOKING_CONFIRMATION && PlanRow.PLANNED.equals(r.status())
                        && !r.dueAt().isAfter(now))
                .toList();
        for (PlanRow row : due) {
            sender.process(salon, s, row);
        }
    }
}
