package app.atelier.core.tasks;

import app.atelier.core.auth.Principal;
import app.atelier.core.auth.Role;
import app.atelier.core.common.ForbiddenException;
import app.atelier.core.common.NotFoundException;
import app.atelier.core.common.Validator;
import app.atelier.core.db.Database;
import app.atelier.core.salons.SalonService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Staff tasks of a salon. Every query is scoped by the caller's salon: another salon's task is not
 * found, another salon's client or user is refused as input. Owners and administrators (and API
 * keys) manage every task; a master sees only the tasks assigned to them, may create tasks (for
 * themselves) and mark their own done or undone.
 */
public final class TaskService {
    public static final int MAX_LIMIT = 500;
    public static final int MAX_FROM_REPORT = 500;
    private static final Set<String> PATCHABLE = Set.of("title", "notes", "clientId", "assigneeId", "due", "done");

    private final Database db;
    private final Clock clock;
    private final SalonService salons;

    public TaskService(Database db, Clock clock, SalonService salons) {
        this.db = db;
        this.clock = clock;
        this.salons = salons;
    }

    public Task create(Principal caller, TaskInput in) {
        long salonId = caller.requireSalon();
        Validator v = new Validator();
        v.text(in.title(), "title", Validator.MAX_TEXT);
        v.length(in.notes(), "notes", Validator.MAX_LONG_TEXT);
        LocalDate due = TaskFields.date(in.due(), "due", v);
        Long assignee = in.assigneeId();
        if (caller.role() == Role.MASTER) {
            v.require(assignee == null || assignee == caller.userId(), "assigneeId", "a master's tasks are their own");
            assignee = caller.userId();
        }
        v.check();
        Long assigneeId = assignee;
        long id = db.write(h -> {
            TaskRows.requireClient(h, salonId, in.clientId(), "clientId");
            TaskRows.requireUser(h, salonId, assigneeId, "assigneeId");
            return TaskRows.insert(h, clock.millis(), salonId, in.title().strip(), TaskFields.blankToNull(in.notes()), in.clientId(),
                    assigneeId, due, "manual",
                    caller.userId());
        });
        return get(caller, id);
    }

    /** Tasks by filters ({@code null} = any), open first, then by due date (undated last). */
    public TaskPage list(Principal caller, Long assigneeId, Long clientId, Boolean done, String dueFrom, String dueTo,
                         int limit, int offset) {
        long salonId = caller.requireSalon();
        Validator v = new Validator();
        v.require(limit >= 1 && limit <= MAX_LIMIT, "limit", "must be 1 to " + MAX_LIMIT);
        v.require(offset >= 0, "offset", "must not be negative");
        LocalDate from = TaskFields.date(dueFrom, "dueFrom", v);
        LocalDate to = TaskFields.date(dueTo, "dueTo", v);
        v.check();
        StringBuilder where = new StringBuilder();
        Map<String, Object> args = new LinkedHashMap<>();
        Long assignee = caller.role() == Role.MASTER ? Long.valueOf(caller.userId()) : assigneeId;
        if (assignee != null) {
            where.append(" AND t.assignee_id = :assignee");
            args.put("assignee", assignee);
        }
        if (clientId != null) {
            where.append(" AND t.client_id = :client");
            args.put("client", clientId);
        }
        if (done != null) {
            where.append(done ? " AND t.done_at IS NOT NULL" : " AND t.done_at IS NULL");
        }
        if (from != null) {
            where.append(" AND t.due_date >= :due_from");
            args.put("due_from", from.toString());
        }
        if (to != null) {
            where.append(" AND t.due_date <= :due_to");
            args.put("due_to", to.toString());
        }
        return db.read(h -> {
            long total = h.createQuery("SELECT count(*) FROM task t WHERE t.salon_id = :salon" + where)
                    .bindMap(args).bind("salon", salonId).mapTo(Long.class).one();
            List<Task> tasks = TaskRows.select(h, salonId, today(salonId), where + " ORDER BY CASE WHEN t.done_at IS NULL THEN 0 ELSE 1 END,"
                    + " CASE WHEN t.due_date IS NULL THEN 1 ELSE 0 END, t.due_date, t.id LIMIT :limit OFFSET :offset",
                    TaskRows.withPaging(args, limit, offset));
            return new TaskPage(tasks, total, limit, offset);
        });
    }

    /**
     * The caller's list for a day (default: today in the salon's zone): their open tasks due that
     * day or earlier (overdue first) or undated, then those due that day and already done.
     */
    public List<Task> mine(Principal caller, String day) {
        long salonId = caller.requireSalon();
        Validator v = new Validator();
        LocalDate date = TaskFields.date(day, "date", v);
        v.check();
        LocalDate d = date == null ? today(salonId) : date;
        return db.read(h -> TaskRows.select(h, salonId, today(salonId), """
                 AND t.assignee_id = :me
                 AND ((t.done_at IS NULL AND (t.due_date IS NULL OR t.due_date <= :day)) OR (t.done_at IS NOT NULL AND t.due_date = :day))
                ORDER BY CASE WHEN t.done_at IS NULL THEN 0 ELSE 1 END, CASE WHEN t.due_date IS NULL THEN 1 ELSE 0 END,
                         t.due_date, t.id""", Map.of("me", caller.userId(), "day", d.toString())));
    }

    /**
     * Who a task may be assigned to, for the caller's forms: every user of the salon (a master's
     * label is their staff name) for owners and administrators; only themselves for a master.
     */
    public List<Assignee> assignees(Principal caller) {
        long salonId = caller.requireSalon();
        boolean master = caller.role() == Role.MASTER;
        long me = master ? caller.userId() : -1L;
        return db.read(h -> h.createQuery("""
                        SELECT u.id, u.email, u.role, s.name FROM app_user u
                        LEFT JOIN staff s ON s.id = u.staff_id AND s.salon_id = u.salon_id
                        WHERE u.salon_id = :salon AND (:me < 0 OR u.id = :me) ORDER BY u.id""")
                .bind("salon", salonId).bind("me", me)
                .map((rs, ctx) -> new Assignee(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list());
    }

    /** A user a task may be assigned to; {@code staffName} is set for a master linked to a staff row. */
    public record Assignee(long id, String email, String role, String staffName) {
        /** The staff name of a master, else the email. */
        public String label() {
            return staffName == null || staffName.isBlank() ? email : staffName;
        }
    }

    public Task get(Principal caller, long id) {
        long salonId = caller.requireSalon();
        Task task = db.read(h -> TaskRows.find(h, salonId, today(salonId), id));
        if (caller.role() == Role.MASTER && !Long.valueOf(caller.userId()).equals(task.assigneeId())) {
            throw new NotFoundException("task");
        }
        return task;
    }

    /**
     * Changes the fields present in {@code changes} ({@code title}, {@code notes}, {@code clientId},
     * {@code assigneeId}, {@code due}, {@code done}); a JSON null clears notes, client, assignee or due.
     * A master may change only {@code done}, on their own tasks.
     */
    public Task patch(Principal caller, long id, Map<String, Object> changes) {
        long salonId = caller.requireSalon();
        Task current = get(caller, id);
        Validator v = new Validator();
        Map<String, Object> columns = new LinkedHashMap<>();
        if (changes.containsKey("title")) {
            Object raw = changes.get("title");
            String title = TaskFields.text(raw, "title", v);
            if (raw == null || raw instanceof String) {
                v.text(title, "title", Validator.MAX_TEXT);
            }
            columns.put("title", title == null ? null : title.strip());
        }
        if (changes.containsKey("notes")) {
            String notes = TaskFields.text(changes.get("notes"), "notes", v);
            v.length(notes, "notes", Validator.MAX_LONG_TEXT);
            columns.put("notes", TaskFields.blankToNull(notes));
        }
        if (changes.containsKey("clientId")) {
            columns.put("client_id", TaskFields.id(changes.get("clientId"), "clientId", v));
        }
        if (changes.containsKey("assigneeId")) {
            columns.put("assignee_id", TaskFields.id(changes.get("assigneeId"), "assigneeId", v));
        }
        if (changes.containsKey("due")) {
            LocalDate due = TaskFields.date(TaskFields.text(changes.get("due"), "due", v), "due", v);
            columns.put("due_date", due == null ? null : due.toString());
        }
        Boolean done = null;
        if (changes.containsKey("done")) {
            if (changes.get("done") instanceof Boolean b) {
                done = b;
            } else {
                v.add("done", "must be true or false");
            }
        }
        v.check();
        if (caller.role() == Role.MASTER && !columns.isEmpty()) {
            throw new ForbiddenException("a master may only mark their own tasks done or undone");
        }
        long now = clock.millis();
        if (done != null && done != current.done()) {
            columns.put("done_at", done ? now : null);
            columns.put("done_by", done ? caller.userId() : null);
        }
        if (columns.isEmpty()) {
            return current;
        }
        columns.put("updated_at", now);
        db.write(h -> {
            if (columns.containsKey("client_id")) {
                TaskRows.requireClient(h, salonId, (Long) columns.get("client_id"), "clientId");
            }
            if (columns.containsKey("assignee_id")) {
                TaskRows.requireUser(h, salonId, (Long) columns.get("assignee_id"), "assigneeId");
            }
            StringBuilder set = new StringBuilder();
            for (String column : columns.keySet()) {
                set.append(set.isEmpty() ? "" : ", ").append(column).append(" = :").append(column);
            }
            var update = h.createUpdate("UPDATE task SET " + set + " WHERE id = :id AND salon_id = :salon")
                    .bind("id", id).bind("salon", salonId);
            columns.forEach((column, value) -> {
                if (value == null) {
                    // a typed null: PostgreSQL cannot infer the type of an untyped one in SET
                    update.bindNull(column, column.endsWith("_id") || column.endsWith("_at") || column.equals("done_by")
                            ? java.sql.Types.BIGINT : java.sql.Types.VARCHAR);
                } else {
                    update.bind(column, value);
                }
            });
            return update.execute();
        });
        return get(caller, id);
    }

    public void delete(Principal caller, long id) {
        long salonId = requireDesk(caller);
        int deleted = db.write(h -> h.execute("DELETE FROM task WHERE id = ? AND salon_id = ?", id, salonId));
        if (deleted == 0) {
            throw new NotFoundException("task");
        }
    }

    /**
     * One task per client, in one transaction; the placeholders of the title are filled per client.
     * A client who already has the same open task keeps it instead of getting a second.
     */
    public List<Task> fromReport(Principal caller, TasksFromReport in) {
        long salonId = requireDesk(caller);
        Validator v = new Validator();
        List<Long> ids = in.clientIds() == null ? List.of() : in.clientIds();
        v.require(!ids.isEmpty(), "clientIds", "must list at least one client");
        v.require(ids.size() <= MAX_FROM_REPORT, "clientIds", "must list at most " + MAX_FROM_REPORT + " clients");
        for (int i = 0; i < Math.min(ids.size(), MAX_FROM_REPORT); i++) {
            v.require(ids.get(i) != null && ids.get(i) > 0, "clientIds[" + i + "]", "must be a client id");
        }
        v.text(in.title(), "title", Validator.MAX_TEXT);
        v.length(in.notes(), "notes", Validator.MAX_LONG_TEXT);
        LocalDate due = TaskFields.date(in.due(), "due", v);
        v.check();
        Set<Long> unique = new LinkedHashSet<>(ids);
        ZoneId zone = salons.get(salonId).zone();
        LocalDate today = today(salonId);
        List<Long> created = db.write(h -> {
            TaskRows.requireUser(h, salonId, in.assigneeId(), "assigneeId");
            Map<Long, String[]> clients = new LinkedHashMap<>();
            h.createQuery("""
                            SELECT c.id, c.name, c.phone,
                                   (SELECT max(v.start_at) FROM visit v WHERE v.salon_id = :s AND v.client_id = c.id
                                    AND v.status = 'completed'
                                    AND NOT EXISTS (SELECT 1 FROM visit_refund r WHERE r.visit_id = v.id)) AS last_at
                            FROM client c WHERE c.salon_id = :s AND c.deleted_at IS NULL AND c.id IN (<ids>)""")
                    .bind("s", salonId).bindList("ids", List.copyOf(unique))
                    .map((rs, ctx) -> {
                        long last = rs.getLong(4);
                        boolean visited = !rs.wasNull();
                        LocalDate lastDay = visited ? Instant.ofEpochMilli(last).atZone(zone).toLocalDate() : null;
                        return new String[] {rs.getString(1), rs.getString(2), rs.getString(3) == null ? "" : rs.getString(3),
                                lastDay == null ? "never" : lastDay.toString(),
                                lastDay == null ? "" : Long.toString(ChronoUnit.DAYS.between(lastDay, today))};
                    })
                    .forEach(r -> clients.put(Long.parseLong(r[0]), r));
            Validator missing = new Validator();
            for (int i = 0; i < ids.size(); i++) {
                missing.require(clients.containsKey(ids.get(i)), "clientIds[" + i + "]", "no such client in this salon");
            }
            missing.check();
            List<Long> taskIds = new ArrayList<>();
            for (String[] c : clients.values()) {
                String title = cut(fill(in.title().strip(), c), Validator.MAX_TEXT);
                String notes = in.notes() == null || in.notes().isBlank() ? null : cut(fill(in.notes(), c), Validator.MAX_LONG_TEXT);
                long clientId = Long.parseLong(c[0]);
                // the same report ticked twice must not make two calls to one client: the open task stands
                Optional<Long> open = h.createQuery("""
                                SELECT id FROM task WHERE salon_id = :s AND client_id = :c AND title = :t AND done_at IS NULL
                                ORDER BY id LIMIT 1""")
                        .bind("s", salonId).bind("c", clientId).bind("t", title).mapTo(Long.class).findOne();
                taskIds.add(open.isPresent() ? open.get()
                        : TaskRows.insert(h, clock.millis(), salonId, title, notes, clientId, in.assigneeId(), due, "report", caller.userId()));
            }
            return taskIds;
        });
        return db.read(h -> TaskRows.select(h, salonId, today(salonId), " AND t.id IN (<ids>) ORDER BY t.id", Map.of("ids", created)));
    }

    private static String fill(String template, String[] c) {
        return template.replace("{name}", c[1]).replace("{phone}", c[2]).replace("{lastVisit}", c[3])
                .replace("{daysSinceLastVisit}", c[4]);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private LocalDate today(long salonId) {
        return clock.instant().atZone(salons.get(salonId).zone()).toLocalDate();
    }

    private static long requireDesk(Principal caller) {
        long salonId = caller.requireSalon();
        if (!caller.role().runsDesk()) {
            throw new ForbiddenException("only the salon's owner or administrators may do this");
        }
        return salonId;
    }

    /** Field names a PATCH may carry. */
    public static Set<String> patchable() {
        return PATCHABLE;
    }
}
