package app.atelier.plugins.reminders.clients;

import app.atelier.api.PluginContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The services of visits, recorded by {@link ServicesAtCheckout} when a visit is completed, and the
 * salon's "invite again after N days" per service. The plugin API shows a visit without its
 * services, so before checkout a visit's services are unknown here and {services} is empty.
 */
public final class VisitServices {
    /** The longest repeat interval: two years. */
    public static final int MAX_DAYS = 730;

    private final PluginContext context;

    public VisitServices(PluginContext context) {
        this.context = context;
    }

    /** A recorded service of a visit. */
    public record Line(long serviceId, String name) {
    }

    public List<Line> of(long salonId, long visitId) {
        return context.database().withHandle(h -> h.createQuery(
                        "SELECT service_id, name FROM reminders_visit_service WHERE salon_id = :s AND visit_id = :v ORDER BY position")
                .bind("s", salonId).bind("v", visitId).map((rs, ctx) -> new Line(rs.getLong(1), rs.getString(2))).list());
    }

    /** Every service with an interval: service id → days. */
    public Map<Long, Integer> intervals(long salonId) {
        return context.database().withHandle(h -> h.createQuery(
                        "SELECT service_id, days FROM reminders_service_repeat WHERE salon_id = :s")
                .bind("s", salonId).reduceRows(new java.util.TreeMap<Long, Integer>(), (map, row) -> {
                    map.put(row.getColumn("service_id", Long.class), row.getColumn("days", Integer.class));
                    return map;
                }));
    }

    public Optional<Integer> interval(long salonId, long serviceId) {
        return Optional.ofNullable(intervals(salonId).get(serviceId));
    }

    /** Whether {@code days} is an interval a salon may set. */
    public static boolean validDays(int days) {
        return days >= 1 && days <= MAX_DAYS;
    }

    /** Sets a service's interval, or removes it with {@code null}. */
    public void setInterval(long salonId, long serviceId, Integer days, java.time.Instant now) {
        context.database().useHandle(h -> {
            if (days == null) {
                h.execute("DELETE FROM reminders_service_repeat WHERE salon_id = ? AND service_id = ?", salonId, serviceId);
            } else {
                h.execute("""
                        INSERT INTO reminders_service_repeat (salon_id, service_id, days, updated_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT (salon_id, service_id) DO UPDATE SET days = excluded.days, updated_at = excluded.updated_at""",
                        salonId, serviceId, days, now.toEpochMilli());
            }
        });
    }
}
