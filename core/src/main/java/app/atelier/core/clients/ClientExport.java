package app.atelier.core.clients;

import app.atelier.core.common.Json;
import app.atelier.core.common.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * Gathers every row the core holds about one client, for a data-subject request. Reads tables
 * that other services write (visits, bills, payments, messages), always through the salon.
 */
final class ClientExport {
    // bookkeeping columns that say nothing about the person
    private static final Set<String> INTERNAL = Set.of("salon_id", "search_name", "locked_until");

    private final Json json;
    private final Clock clock;

    ClientExport(Json json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    Map<String, Object> export(Handle h, long salonId, long clientId) {
        Map<String, Object> client = h.createQuery("SELECT * FROM client WHERE id = :c AND salon_id = :s")
                .bind("c", clientId).bind("s", salonId).mapToMap().findOne()
                .map(this::clean).orElseThrow(() -> new NotFoundException("client"));
        client.put("consent", ((Number) client.get("consent")).intValue() != 0);
        client.put("tags", ClientRows.tags(h, salonId, List.of(clientId)).getOrDefault(clientId, List.of()));

        List<Map<String, Object>> visits = rows(h, """
                SELECT * FROM visit WHERE salon_id = :s AND client_id = :c ORDER BY start_at, id""", salonId, clientId);
        List<Map<String, Object>> items = rows(h, """
                SELECT vi.* FROM visit v CROSS JOIN visit_item vi
                WHERE v.salon_id = :s AND v.client_id = :c AND vi.salon_id = :s AND vi.visit_id = v.id ORDER BY vi.id""",
                salonId, clientId);
        Map<Long, List<Map<String, Object>>> itemsByVisit = new LinkedHashMap<>();
        for (Map<String, Object> item : items) {
            itemsByVisit.computeIfAbsent(((Number) item.get("visitId")).longValue(), k -> new ArrayList<>()).add(item);
        }
        for (Map<String, Object> visit : visits) {
            visit.put("items", itemsByVisit.getOrDefault(((Number) visit.get("id")).longValue(), List.of()));
        }
        List<Map<String, Object>> bills = rows(h, """
                SELECT * FROM bill WHERE salon_id = :s AND client_id = :c ORDER BY completed_at, visit_id""",
                salonId, clientId);
        for (Map<String, Object> bill : bills) {
            bill.put("snapshot", json.readMap((String) bill.get("snapshot")));
        }

        Map<String, Object> export = new LinkedHashMap<>();
        export.put("exportedAt", Instant.ofEpochMilli(clock.millis()));
        export.put("client", client);
        export.put("visits", visits);
        export.put("bills", bills);
        export.put("payments", rows(h, """
                SELECT p.* FROM payment p JOIN visit v ON v.id = p.visit_id
                WHERE v.salon_id = :s AND v.client_id = :c AND p.salon_id = :s ORDER BY p.id""", salonId, clientId));
        export.put("messages", rows(h, """
                SELECT * FROM message WHERE salon_id = :s AND client_id = :c ORDER BY id""", salonId, clientId));
        return export;
    }

    private List<Map<String, Object>> rows(Handle h, String sql, long salonId, long clientId) {
        return h.createQuery(sql).bind("s", salonId).bind("c", clientId).mapToMap().map(this::clean).list();
    }

    /** camelCase keys, instants for {@code *_at} epoch-millisecond columns, internal columns dropped. */
    private Map<String, Object> clean(Map<String, Object> row) {
        Map<String, Object> out = new LinkedHashMap<>();
        row.forEach((column, value) -> {
            if (INTERNAL.contains(column)) {
                return;
            }
            Object v = column.endsWith("_at") && value instanceof Number n ? Instant.ofEpochMilli(n.longValue()) : value;
            out.put(camel(column), v);
        });
        return out;
    }

    private static String camel(String column) {
        StringBuilder sb = new StringBuilder(column.length());
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                sb.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return sb.toString();
    }
}
