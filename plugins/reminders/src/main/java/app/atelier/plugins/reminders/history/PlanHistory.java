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
    /** At most this many rows per answer (the REST routes' largest page, and the unanswered requests). */
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

    /**
     * One page of a day's or a client's rows, with the counts of the whole day or client (never of
     * the page alone), so that a page can say "showing 1–100 of 954".
     *
     * @param rows   the page
     * @param counts rows per status over the whole scope, every status present
     * @param status the status the page is limited to, or {@code null} for any
     * @param offset how many matching rows come before the page
     * @param total  how many rows match (of {@code status}, or all)
     */
    public record Slice(List<PlanRow> rows, Map<String, Integer> counts, String status, int offset, int total) {
        public Slice {
            rows = List.copyOf(rows);
            counts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        }

        /** Whether rows match beyond this page. */
        public boolean more() {
            return offset + rows.size() < total;
        }
    }

    /** Rows due on a salon-local day, earliest first: {@code limit} of {@code status} (null: any) after {@code offset}. */
    public Slice dueOn(Salon salon, LocalDate day, String status, int offset, int limit) {
        ZoneId zone = salon.zone();
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
        return slice(salon.id(), PlanStore.Scope.due(from, to), status, offset, limit);
    }

    /** A client's rows, newest due first: {@code limit} of {@code status} (null: any) after {@code offset}. */
    public Slice ofClient(long salonId, long clientId, String status, int offset, int limit) {
        return slice(salonId, PlanStore.Scope.client(clientId), status, offset, limit);
    }

    private Slice slice(long salonId, PlanStore.Scope scope, String status, int offset, int limit) {
        return context.database().withHandle(h -> {
            Map<String, Integer> counts = PlanStore.counts(h, salonId, scope);
            int total = status == null ? counts.values().stream().mapToInt(Integer::intValue).sum() : counts.getOrDefault(status, 0);
            return new Slice(PlanStore.list(h, salonId, scope, status, offset, limit), counts, status, offset, total);
        });
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
