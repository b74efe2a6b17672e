package app.atelier.core.tasks;

import app.atelier.core.common.InvalidInputException;
import app.atelier.core.common.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** SQL for tasks: always scoped by salon, with the client's name and the assignee's email joined in. */
final class TaskRows {
    private TaskRows() {
    }

    static long insert(Handle h, long now, long salonId, String title, String notes, Long clientId, Long assigneeId, LocalDate due,
                        String origin, long createdBy) {
        return h.createUpdate("""
                        INSERT INTO task (salon_id, title, notes, client_id, assignee_id, due_date, origin, created_by, created_at, updated_at)
                        VALUES (:salon, :title, :notes, :client, :assignee, :due, :origin, :by, :now, :now)""")
                .bind("salon", salonId).bind("title", title).bind("notes", notes)
                .bindByType("client", clientId, Long.class).bindByType("assignee", assigneeId, Long.class)
                .bind("due", due == null ? null : due.toString()).bind("origin", origin).bind("by", createdBy).bind("now", now)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }


    static Task find(Handle h, long salonId, LocalDate today, long id) {
        return select(h, salonId, today, " AND t.id = :id", Map.of("id", id)).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("task"));
    }


    static List<Task> select(Handle h, long salonId, LocalDate today, String whereAndOrder, Map<String, Object> args) {
        var q = h.createQuery("""
                        SELECT t.*, c.name AS client_name, u.email AS assignee_email FROM task t
                        LEFT JOIN client c ON c.id = t.client_id AND c.salon_id = t.salon_id
                        LEFT JOIN app_user u ON u.id = t.assignee_id
                        WHERE t.salon_id = :salon""" + whereAndOrder).bind("salon", salonId);
        args.forEach((k, value) -> {
            if (value instanceof List<?> list) {
                q.bindList(k, list);
            } else {
                q.bind(k, value);
            }
        });
        return q.map((rs, ctx) -> map(rs, today)).list();
    }


    static Map<String, Object> withPaging(Map<String, Object> args, int limit, int offset) {
        Map<String, Object> all = new LinkedHashMap<>(args);
        all.put("limit", limit);
        all.put("offset", offset);
        return all;
    }


    static Task map(ResultSet rs, LocalDate today) throws SQLException {
        String due = rs.getString("due_date");
        LocalDate dueDate = due == null ? null : LocalDate.parse(due);
        Long doneAt = nullableLong(rs, "done_at");
        return new Task(rs.getLong("id"), rs.getString("title"), rs.getString("notes"), nullableLong(rs, "client_id"),
                rs.getString("client_name"), nullableLong(rs, "assignee_id"), rs.getString("assignee_email"), dueDate,
                doneAt != null, doneAt == null ? null : Instant.ofEpochMilli(doneAt), nullableLong(rs, "done_by"),
                doneAt == null && dueDate != null && dueDate.isBefore(today), rs.getString("origin"),
                nullableLong(rs, "created_by"), Instant.ofEpochMilli(rs.getLong("created_at")),
                Instant.ofEpochMilli(rs.getLong("updated_at")));
    }


    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }


    static void requireClient(Handle h, long salonId, Long clientId, String field) {
        if (clientId != null && h.createQuery("SELECT count(*) FROM client WHERE id = :id AND salon_id = :s AND deleted_at IS NULL")
                .bind("id", clientId).bind("s", salonId).mapTo(Integer.class).one() == 0) {
            throw InvalidInputException.of(field, "no such client in this salon");
        }
    }


    static void requireUser(Handle h, long salonId, Long userId, String field) {
        if (userId != null && h.createQuery("SELECT count(*) FROM app_user WHERE id = :id AND salon_id = :s")
                .bind("id", userId).bind("s", salonId).mapTo(Integer.class).one() == 0) {
            throw InvalidInputException.of(field, "no such user in this salon");
        }
    }
}
