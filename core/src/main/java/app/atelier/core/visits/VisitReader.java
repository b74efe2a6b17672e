package app.atelier.core.visits;

import app.atelier.core.common.NotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Reads visits with their items: two queries per page, never one per visit. */
final class VisitReader {

    private record Row(long id, long salonId, long clientId, long staffId, long start, long end, String status, String channel) {
    }

    Optional<Visit> find(Handle h, long salonId, long id) {
        List<Visit> found = load(h, h.createQuery("SELECT * FROM visit WHERE id = :id AND salon_id = :s")
                .bind("id", id).bind("s", salonId).map((rs, ctx) -> row(rs)).list());
        return found.stream().findFirst();
    }

    Visit get(Handle h, long salonId, long id) {
        return find(h, salonId, id).orElseThrow(() -> new NotFoundException("visit"));
    }

    List<Visit> list(Handle h, long salonId, Instant from, Instant to, Long staffId, Long clientId, int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM visit WHERE salon_id = :s AND start_at >= :from AND start_at < :to");
        if (staffId != null) {
            sql.append(" AND staff_id = :m");
        }
        if (clientId != null) {
            sql.append(" AND client_id = :c");
        }
        sql.append(" ORDER BY start_at, id LIMIT :l");
        var q = h.createQuery(sql.toString()).bind("s", salonId).bind("from", from.toEpochMilli()).bind("to", to.toEpochMilli())
                .bind("l", limit);
        if (staffId != null) {
            q.bind("m", staffId);
        }
        if (clientId != null) {
            q.bind("c", clientId);
        }
        return load(h, q.map((rs, ctx) -> row(rs)).list());
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(rs.getLong("id"), rs.getLong("salon_id"), rs.getLong("client_id"), rs.getLong("staff_id"),
                rs.getLong("start_at"), rs.getLong("end_at"), rs.getString("status"), rs.getString("channel"));
    }

    private static List<Visit> load(Handle h, List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<VisitItem>> items = new HashMap<>();
        h.createQuery("SELECT * FROM visit_item WHERE visit_id IN (<ids>) ORDER BY id")
                .bindList("ids", rows.stream().map(Row::id).toList())
                .map((rs, ctx) -> Map.entry(rs.getLong("visit_id"), new VisitItem(rs.getString("kind"), rs.getLong("item_id"),
                        rs.getString("name"), rs.getString("category"), rs.getLong("unit_price"), rs.getInt("quantity"),
                        rs.getInt("duration_minutes"))))
                .forEach(e -> items.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return rows.stream().map(r -> new Visit(r.id(), r.salonId(), r.clientId(), r.staffId(), Instant.ofEpochMilli(r.start()),
                Instant.ofEpochMilli(r.end()), r.status(), r.channel(), items.getOrDefault(r.id(), List.of()))).toList();
    }
}
