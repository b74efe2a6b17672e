package app.atelier.plugins.booking.book;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/**
 * What this plugin remembers of the visits it booked: their services (the core's visit view has
 * none), the pause after them, the phone and the channel.
 */
public final class BookingStore {

    /**
     * One visit booked here.
     *
     * @param serviceIds    the services, in order
     * @param bufferMinutes the pause after the visit
     */
    public record Booked(long visitId, String phone, List<Long> serviceIds, int bufferMinutes, String channel) {
    }

    /** A visit booked here and when. */
    public record Recent(Booked booked, Instant at) {
    }

    private final Jdbi db;
    private final Clock clock;

    public BookingStore(Jdbi db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public void record(long salonId, Booked b) {
        db.useHandle(h -> h.createUpdate("""
                        INSERT INTO booking_visit (salon_id, visit_id, phone, service_ids, buffer_minutes, channel, created_at)
                        VALUES (:s, :v, :p, :ids, :b, :c, :t)""")
                .bind("s", salonId).bind("v", b.visitId()).bind("p", b.phone())
                .bind("ids", b.serviceIds().stream().map(String::valueOf).collect(Collectors.joining(",")))
                .bind("b", b.bufferMinutes()).bind("c", b.channel()).bind("t", clock.millis()).execute());
    }

    public Optional<Booked> find(long salonId, long visitId) {
        return db.withHandle(h -> h.createQuery("""
                        SELECT visit_id, phone, service_ids, buffer_minutes, channel FROM booking_visit
                        WHERE salon_id = :s AND visit_id = :v""")
                .bind("s", salonId).bind("v", visitId)
                .map((rs, ctx) -> booked(rs)).findOne());
    }

    /** The visits booked here, newest first, at most {@code limit}. */
    public List<Recent> recent(long salonId, int limit) {
        return db.withHandle(h -> h.createQuery("""
                        SELECT visit_id, phone, service_ids, buffer_minutes, channel, created_at FROM booking_visit
                        WHERE salon_id = :s ORDER BY created_at DESC, visit_id DESC LIMIT :l""")
                .bind("s", salonId).bind("l", limit)
                .map((rs, ctx) -> new Recent(booked(rs), Instant.ofEpochMilli(rs.getLong(6)))).list());
    }

    /** The recorded pause of each of these visits that was booked here. */
    public Map<Long, Integer> buffers(long salonId, List<Long> visitIds) {
        Map<Long, Integer> result = new HashMap<>();
        if (visitIds.isEmpty()) {
            return result;
        }
        // chunks keep the IN list far below any driver's parameter limit
        for (int i = 0; i < visitIds.size(); i += 500) {
            List<Long> chunk = visitIds.subList(i, Math.min(visitIds.size(), i + 500));
            db.useHandle(h -> h.createQuery("SELECT visit_id, buffer_minutes FROM booking_visit WHERE salon_id = :s "
                            + "AND visit_id IN (<ids>)").bind("s", salonId).bindList("ids", chunk)
                    .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getInt(2)))
                    .forEach(e -> result.put(e.getKey(), e.getValue())));
        }
        return result;
    }

    /** The services of each of these visits that was booked here. */
    public Map<Long, List<Long>> services(long salonId, List<Long> visitIds) {
        Map<Long, List<Long>> result = new HashMap<>();
        for (int i = 0; i < visitIds.size(); i += 500) {
            List<Long> chunk = visitIds.subList(i, Math.min(visitIds.size(), i + 500));
            db.useHandle(h -> h.createQuery("SELECT visit_id, service_ids FROM booking_visit WHERE salon_id = :s "
                            + "AND visit_id IN (<ids>)").bind("s", salonId).bindList("ids", chunk)
                    .map((rs, ctx) -> Map.entry(rs.getLong(1), ids(rs.getString(2))))
                    .forEach(e -> result.put(e.getKey(), e.getValue())));
        }
        return result;
    }

    /** A row whose first columns are visit_id, phone, service_ids, buffer_minutes, channel. */
    private static Booked booked(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Booked(rs.getLong(1), rs.getString(2), ids(rs.getString(3)), rs.getInt(4), rs.getString(5));
    }

    private static List<Long> ids(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.stream(text.split(",")).map(Long::parseLong).toList();
    }
}
