package app.atelier.plugins.reminders.history;

import app.atelier.api.PluginContext;
import app.atelier.api.Salon;
import app.atelier.api.data.ClientView;
import app.atelier.api.data.VisitView;
import app.atelier.plugins.reminders.plan.PlanRow;
import app.atelier.plugins.reminders.plan.PlanStore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What was planned, sent, skipped and why, as the REST history routes and the panel's pages read
 * it: a salon-local day, a client, and the visits whose confirmation request went unanswered.
 * Every read is scoped by the salon.
 */
public final class PlanHistory {
    /** At most this many rows per answer: a day or a client never has more in practice. */
    public static final int LIMIT = 500;

    private final PluginContext context;

    public PlanHistory(PluginContext context) {
        this.context = context;
    }

    /**
     * A visit still booked, starting later, whose confirmation request went out unanswered.
     *
     * @param client  the visit's client, or {@code null} when deleted
     * @param request the last request sent about it
     */
    public record Unanswered(VisitView visit, ClientView client, PlanRow request) {
    }

    /** The salon's today, on its own clock. */
    public LocalDate today(Salon salon) {
        return context.clock().instant().atZone(salon.zone()).toLocalDate();
    }

    /** Rows due on a salon-local day, any status, earliest first. */
    public List<PlanRow> dueOn(Salon salon, LocalDate day) {
        ZoneId zone = salon.zone();
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
        return context.database().withHandle(h -> PlanStore.dueBetween(h, salon.id(), from, to, LIMIT));
    }

    /** A client's rows, newest due first. */
    public List<PlanRow> ofClient(long salonId, long clientId) {
        return context.database().withHandle(h -> PlanStore.ofClient(h, salonId, clientId, LIMIT));
    }

    /** Upcoming booked visits whose confirmation request went unanswered, by start. */
    public List<Unanswered> unconfirmed(long salonId) {
        Instant now = context.clock().instant();
        List<PlanRow> requests = context.database().withHandle(h -> PlanStore.sentRequests(h, salonId, now, LIMIT));
        Map<Long, Unanswered> byVisit = new LinkedHashMap<>();
        for (PlanRow row : requests) {
            VisitView visit = context.salonData().visit(salonId, row.visitId()).orElse(null);
            if (visit == null || !"booked".equals(visit.status()) || !visit.start().isAfter(now)) {
                continue;  // answered (confirmed or cancelled), or already begun
            }
            ClientView client = context.salonData().client(salonId, visit.clientId()).orElse(null);
            byVisit.put(visit.id(), new Unanswered(visit, client, row));  // a moved visit's later request replaces the earlier one
        }
        return new ArrayList<>(byVisit.values());
    }
}
