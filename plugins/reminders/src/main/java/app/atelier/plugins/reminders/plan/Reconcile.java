package app.atelier.plugins.reminders.plan;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * Brings a visit's rows timed to its start in line with what {@link Timing#timed} wants now:
 * a planned row whose visit moved is moved (its due time re-planned), a new one is planned, a
 * planned one no longer wanted ends with the reason. Rows already queued stay as history; a
 * reminder already sent for the old time does not stop the one for the new time (their dedup
 * keys differ by the start). Idempotent: running it twice changes nothing the second time.
 */
public final class Reconcile {
    private Reconcile() {
    }

    /**
     * @param status the visit's current status, to explain why a request or deadline ended
     * @return how many rows it inserted, moved or ended
     */
    public static int visit(Handle h, long salonId, long visitId, String status, List<Intent> wanted, Instant now) {
        List<PlanRow> rows = PlanStore.ofVisit(h, salonId, visitId).stream().filter(r -> r.kind().timedToStart()
                && r.kind() != Kind.BOOKING_CONFIRMATION).toList();
        Set<String> keys = new HashSet<>();
        rows.forEach(r -> keys.add(r.dedupKey()));
        Set<Long> kept = new HashSet<>();
        int changes = 0;
        for (Intent intent : wanted) {
            if (keys.contains(intent.dedupKey())) {
                rows.stream().filter(r -> r.dedupKey().equals(intent.dedupKey())).forEach(r -> kept.add(r.id()));
                continue;
            }
            PlanRow movable = rows.stream().filter(r -> PlanRow.PLANNED.equals(r.status()) && !kept.contains(r.id())
                    && r.kind() == intent.kind() && r.slot().equals(intent.slot())).findFirst().orElse(null);
            if (movable != null && PlanStore.move(h, salonId, movable.id(), intent, now)) {
                kept.add(movable.id());
                changes++;
            } else if (PlanStore.insert(h, salonId, intent, now)) {
                changes++;
            }
        }
        for (PlanRow row : rows) {
            if (PlanRow.PLANNED.equals(row.status()) && !kept.contains(row.id())) {
                boolean confirmed = "confirmed".equals(status) && row.kind() != Kind.REMINDER;
                boolean moved = !wanted.isEmpty() && !wanted.get(0).visitStart().equals(row.visitStart());
                boolean ended = confirmed
                        ? PlanStore.finish(h, salonId, row.id(), PlanRow.SKIPPED, "the client confirmed the visit", now)
                        : PlanStore.finish(h, salonId, row.id(), PlanRow.CANCELLED,
                                moved ? "the visit moved" : "no longer wanted: the settings changed", now);
                changes += ended ? 1 : 0;
            }
        }
        return changes;
    }
}
