package app.atelier.core.clients;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** SQL for client rows and their tags, always scoped by salon and excluding soft-deleted clients. */
final class ClientRows {
    private record Row(long id, String name, String phone, String email, LocalDate birthday, String source,
                       String notes, boolean consent, Instant createdAt) {
    }

    static final String BY_NAME = "search_name, id";
    static final String OLDEST_FIRST = "id";

    private ClientRows() {
    }

    /**
     * Live clients of the salon matching {@code where} and sorted by {@code orderBy} (fixed SQL
     * fragments; values come only through {@code args}), with their tags loaded in one more query.
     */
    static List<Client> query(Handle h, String where, Map<String, Object> args, String orderBy, long salonId,
                              int limit, int offset) {
        List<Row> rows = h.createQuery("SELECT * FROM client WHERE salon_id = :salon_id AND deleted_at IS NULL AND "
                        + where + " ORDER BY " + orderBy + " LIMIT :limit OFFSET :offset")
                .bindMap(args).bind("salon_id", salonId).bind("limit", limit).bind("offset", offset)
                .map((rs, ctx) -> row(rs)).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> tags = tags(h, salonId, rows.stream().map(Row::id).toList());
        List<Client> clients = new ArrayList<>(rows.size());
        for (Row r : rows) {
            clients.add(new Client(r.id(), r.name(), r.phone(), r.email(), r.birthday(), r.source(),
                    tags.getOrDefault(r.id(), List.of()), r.notes(), r.consent(), r.createdAt()));
        }
        return clients;
    }

    static long count(Handle h, String where, Map<String, Object> args, long salonId) {
        return h.createQuery("SELECT count(*) FROM client WHERE salon_id = :salon_id AND deleted_at IS NULL AND " + where)
                .bindMap(args).bind("salon_id", salonId).mapTo(Long.class).one();
    }

    /** Tags of the given clients, alphabetical, by client id. */
    static Map<Long, List<String>> tags(Handle h, long salonId, List<Long> clientIds) {
        Map<Long, List<String>> tags = new HashMap<>();
        h.createQuery("SELECT client_id, tag FROM client_tag WHERE salon_id = :s AND client_id IN (<ids>) ORDER BY tag")
                .bind("s", salonId).bindList("ids", clientIds)
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .forEach(e -> tags.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return tags;
    }

    /** Replaces the client's tag set. */
    static void writeTags(Handle h, long salonId, long clientId, List<String> tags) {
        h.createUpdate("DELETE FROM client_tag WHERE client_id = :c AND salon_id = :s")
                .bind("c", clientId).bind("s", salonId).execute();
        if (tags.isEmpty()) {
            return;
        }
        var batch = h.prepareBatch("INSERT INTO client_tag (client_id, salon_id, tag) VALUES (:c, :s, :t)");
        for (String tag : tags) {
            batch.bind("c", clientId).bind("s", salonId).bind("t", tag).add();
        }
        batch.execute();
    }

    private static Row row(ResultSet rs) throws SQLException {
        String birthday = rs.getString("birthday");
        return new Row(rs.getLong("id"), rs.getString("name"), rs.getString("phone"), rs.getString("email"),
                birthday == null ? null : LocalDate.parse(birthday), rs.getString("source"), rs.getString("notes"),
                rs.getInt("consent") != 0, Instant.ofEpochMilli(rs.getLong("created_at")));
    }
}
