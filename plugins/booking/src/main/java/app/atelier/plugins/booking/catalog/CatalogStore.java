package app.atelier.plugins.booking.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Jdbi;

/** The salon's online rules per service (pause after it, bookable online) and per master (which services). */
public final class CatalogStore {

    /**
     * A service's online rule.
     *
     * @param bufferMinutes the pause after it, or {@code null} for the salon default
     * @param online        whether clients may book it online
     */
    public record ServiceRule(Integer bufferMinutes, boolean online) {
        public static final ServiceRule DEFAULT = new ServiceRule(null, true);
    }

    private final Jdbi db;

    public CatalogStore(Jdbi db) {
        this.db = db;
    }

    /** Every service of the salon that has a rule, by service id. */
    public Map<Long, ServiceRule> serviceRules(long salonId) {
        Map<Long, ServiceRule> rules = new HashMap<>();
        db.useHandle(h -> h.createQuery("SELECT service_id, buffer_minutes, online FROM booking_service WHERE salon_id = :s")
                .bind("s", salonId).map((rs, ctx) -> {
                    int buffer = rs.getInt(2);
                    Integer value = rs.wasNull() ? null : buffer;
                    return Map.entry(rs.getLong(1), new ServiceRule(value, rs.getInt(3) != 0));
                }).forEach(e -> rules.put(e.getKey(), e.getValue())));
        return rules;
    }

    public void saveServiceRule(long salonId, long serviceId, ServiceRule rule) {
        db.useHandle(h -> h.createUpdate("""
                        INSERT INTO booking_service (salon_id, service_id, buffer_minutes, online) VALUES (:s, :id, :b, :o)
                        ON CONFLICT (salon_id, service_id) DO UPDATE SET buffer_minutes = excluded.buffer_minutes,
                            online = excluded.online""")
                .bind("s", salonId).bind("id", serviceId).bind("b", rule.bufferMinutes()).bind("o", rule.online() ? 1 : 0)
                .execute());
    }

    /** For each master with a list, the services they take online; masters not in the map take all. */
    public Map<Long, Set<Long>> staffServices(long salonId) {
        Map<Long, Set<Long>> result = new HashMap<>();
        db.useHandle(h -> h.createQuery("SELECT staff_id, service_id FROM booking_staff_service WHERE salon_id = :s")
                .bind("s", salonId).map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .forEach(e -> result.computeIfAbsent(e.getKey(), k -> new TreeSet<>()).add(e.getValue())));
        return result;
    }

    /** Replaces a master's list; an empty list means "takes every service". One transaction. */
    public void saveStaffServices(long salonId, long staffId, List<Long> serviceIds) {
        db.useTransaction(h -> {
            h.createUpdate("DELETE FROM booking_staff_service WHERE salon_id = :s AND staff_id = :st")
                    .bind("s", salonId).bind("st", staffId).execute();
            for (long serviceId : new TreeSet<>(serviceIds)) {
                h.createUpdate("INSERT INTO booking_staff_service (salon_id, staff_id, service_id) VALUES (:s, :st, :sv)")
                        .bind("s", salonId).bind("st", staffId).bind("sv", serviceId).execute();
            }
        });
    }
}
