package app.atelier.core.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.core.auth.PasswordHasher;
import app.atelier.core.auth.Principal;
import app.atelier.core.auth.Role;
import app.atelier.core.auth.UserService;
import app.atelier.core.common.FieldError;
import app.atelier.core.common.ForbiddenException;
import app.atelier.core.common.InvalidInputException;
import app.atelier.core.common.NotFoundException;
import app.atelier.core.db.Database;
import app.atelier.core.salons.SalonService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Staff tasks: creating by hand and from a report, "my tasks for today" in the salon's zone, who may
 * change what, and that no salon ever reads, changes or points at another salon's rows.
 */
class TaskServiceTest {
    // 20:30 UTC on 9 March is already 10 March in Kamchatka (UTC+12): "today" is the salon's day
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-09T20:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    Database db;
    TaskService tasks;
    long salon;
    long otherSalon;
    Principal owner;
    Principal admin;
    Principal master;
    Principal otherOwner;
    long anna;
    long boris;
    long stranger;

    /** The database under test: SQLite here, PostgreSQL in {@link TaskServicePostgresTest}. */
    Database open(Path dir) {
        return Database.open(dir);
    }

    @BeforeEach
    void setUp() {
        db = open(dir);
        tasks = new TaskService(db, CLOCK, new SalonService(db, CLOCK, new UserService(new PasswordHasher(), CLOCK)));
        db.write(h -> {
            long tariff = id(h, "INSERT INTO tariff (name, created_at) VALUES ('basic', 0)");
            salon = id(h, "INSERT INTO salon (slug, name, timezone, currency, country, locale, tariff_id, created_at) "
                    + "VALUES ('kam', 'Kam', 'Asia/Kamchatka', 'RUB', 'RU', 'ru', " + tariff + ", 0)");
            otherSalon = id(h, "INSERT INTO salon (slug, name, timezone, currency, country, locale, tariff_id, created_at) "
                    + "VALUES ('other', 'Other', 'Europe/Moscow', 'RUB', 'RU', 'ru', " + tariff + ", 0)");
            long staff = id(h, "INSERT INTO staff (salon_id, name, created_at) VALUES (" + salon + ", 'Alina', 0)");
            owner = user(h, "owner@kam.test", Role.OWNER, salon, null);
            admin = user(h, "admin@kam.test", Role.ADMIN, salon, null);
            master = user(h, "alina@kam.test", Role.MASTER, salon, staff);
            otherOwner = user(h, "owner@other.test", Role.OWNER, otherSalon, null);
            anna = id(h, "INSERT INTO client (salon_id, name, phone, created_at, updated_at) VALUES (" + salon + ", 'Anna', '+79120000001', 0, 0)");
            boris = id(h, "INSERT INTO client (salon_id, name, created_at, updated_at) VALUES (" + salon + ", 'Boris', 0, 0)");
            stranger = id(h, "INSERT INTO client (salon_id, name, created_at, updated_at) VALUES (" + otherSalon + ", 'Stranger', 0, 0)");
            // Anna's last counted visit: 10 January 2026 at 11:00 Kamchatka; a later refunded one does not count
            long v1 = id(h, "INSERT INTO visit (salon_id, client_id, staff_id, start_at, end_at, status, channel, created_at, updated_at) "
                    + "VALUES (" + salon + ", " + anna + ", " + staff + ", 1768000000000, 1768003600000, 'completed', 'admin', 0, 0)");
            long v2 = id(h, "INSERT INTO visit (salon_id, client_id, staff_id, start_at, end_at, status, channel, created_at, updated_at) "
                    + "VALUES (" + salon + ", " + anna + ", " + staff + ", 1770000000000, 1770003600000, 'completed', 'admin', 0, 0)");
            h.execute("INSERT INTO visit_refund (visit_id, salon_id, client_id, amount, reason, refunded_at) VALUES (?, ?, ?, 0, 'x', 0)",
                    v2, salon, anna);
            return v1;
        });
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private static long id(Handle h, String sql) {
        return h.createUpdate(sql).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    private static Principal user(Handle h, String email, Role role, long salonId, Long staffId) {
        long id = h.createUpdate("INSERT INTO app_user (email, password_hash, role, salon_id, staff_id, created_at) "
                        + "VALUES (:e, 'x', :r, :s, :st, 0)")
                .bind("e", email).bind("r", role.key()).bind("s", salonId).bindByType("st", staffId, Long.class)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        return new Principal(id, email, role, salonId, staffId);
    }

    private static List<String> fields(InvalidInputException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void createsReadsAndTicksOffATask() {
        Task t = tasks.create(owner, new TaskInput("  Call Anna ", "about the new colour", anna, admin.userId(), "2026-03-10"));
        assertEquals("Call Anna", t.title());
        assertEquals(anna, t.clientId());
        assertEquals("Anna", t.clientName());
        assertEquals(admin.userId(), t.assigneeId());
        assertEquals("admin@kam.test", t.assigneeEmail());
        assertEquals(LocalDate.parse("2026-03-10"), t.due());
        assertFalse(t.done());
        assertFalse(t.overdue());
        assertEquals("manual", t.origin());
        assertEquals(owner.userId(), t.createdBy());

        Task done = tasks.patch(admin, t.id(), map("done", true));
        assertTrue(done.done());
        assertEquals(CLOCK.instant(), done.doneAt());
        assertEquals(admin.userId(), done.doneBy());
        Task undone = tasks.patch(owner, t.id(), map("done", false));
        assertFalse(undone.done());
        assertNull(undone.doneAt());
        Task moved = tasks.patch(owner, t.id(), map("assigneeId", null, "due", "2026-03-12", "notes", null));
        assertNull(moved.assigneeId());
        assertNull(moved.notes());
        assertEquals(LocalDate.parse("2026-03-12"), moved.due());
        tasks.delete(owner, t.id());
        assertThrows(NotFoundException.class, () -> tasks.get(owner, t.id()));
        assertThrows(NotFoundException.class, () -> tasks.delete(owner, t.id()));
    }

    @Test
    void myTasksForTodayInTheSalonsZone() {
        // today is 10 March in Kamchatka (still 9 March in UTC)
        long overdue = tasks.create(owner, new TaskInput("overdue", null, null, admin.userId(), "2026-03-09")).id();
        long today = tasks.create(owner, new TaskInput("today", null, null, admin.userId(), "2026-03-10")).id();
        long undated = tasks.create(owner, new TaskInput("undated", null, null, admin.userId(), null)).id();
        long tomorrow = tasks.create(owner, new TaskInput("tomorrow", null, null, admin.userId(), "2026-03-11")).id();
        long doneToday = tasks.create(owner, new TaskInput("done today", null, null, admin.userId(), "2026-03-10")).id();
        long doneEarlier = tasks.create(owner, new TaskInput("done earlier", null, null, admin.userId(), "2026-03-08")).id();
        long someoneElses = tasks.create(owner, new TaskInput("owner's", null, null, owner.userId(), "2026-03-10")).id();
        tasks.patch(admin, doneToday, map("done", true));
        tasks.patch(admin, doneEarlier, map("done", true));
        List<Task> mine = tasks.mine(admin, null);
        // open first (by due date, undated last), then done ones due today
        assertEquals(List.of(overdue, today, undated, doneToday), mine.stream().map(Task::id).toList());
        assertTrue(mine.get(0).overdue());
        assertFalse(mine.get(1).overdue());
        assertEquals(List.of(overdue, today, tomorrow, undated), tasks.mine(admin, "2026-03-11").stream()
                .filter(t -> !t.done()).map(Task::id).toList());
        assertEquals(List.of(someoneElses), tasks.mine(owner, null).stream().map(Task::id).toList());
    }

    @Test
    void tasksFromAReportOnePerClient() {
        List<Task> made = tasks.fromReport(owner, new TasksFromReport(List.of(anna, boris, anna),
                "Call {name} ({phone}): last visit {lastVisit}, {daysSinceLastVisit} days", "{name} — offer brows", admin.userId(),
                "2026-03-11"));
        // 10 January 2026 11:00 Kamchatka (1768000000000) → 59 days before 10 March; the refunded visit of
        // 2 February does not count. Boris never came.
        assertEquals(List.of("Call Anna (+79120000001): last visit 2026-01-10, 59 days", "Call Boris (): last visit never,  days"),
                made.stream().map(Task::title).toList());
        assertEquals("Anna — offer brows", made.get(0).notes());
        assertTrue(made.stream().allMatch(t -> "report".equals(t.origin()) && t.assigneeId() == admin.userId()));
        assertEquals(2, tasks.list(owner, null, null, null, null, null, 50, 0).total());
        List<Task> again = tasks.fromReport(owner, new TasksFromReport(List.of(anna, boris),
                "Call {name} ({phone}): last visit {lastVisit}, {daysSinceLastVisit} days", null, admin.userId(), "2026-03-12"));
        assertEquals(made.stream().map(Task::id).toList(), again.stream().map(Task::id).toList(), "the open tasks stand");
        assertEquals(2, tasks.list(owner, null, null, null, null, null, 50, 0).total(), "no second call to the same client");

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> tasks.fromReport(owner,
                new TasksFromReport(List.of(anna, stranger, 999_999L), "Call {name}", null, null, null)));
        assertEquals(List.of("clientIds[1]", "clientIds[2]"), fields(e));
        assertEquals(2, tasks.list(owner, null, null, null, null, null, 50, 0).total(), "nothing written");
        List<Long> tooMany = new ArrayList<>();
        for (long i = 1; i <= 501; i++) {
            tooMany.add(i);
        }
        assertEquals(List.of("clientIds"), fields(assertThrows(InvalidInputException.class, () -> tasks.fromReport(owner,
                new TasksFromReport(tooMany, "x", null, null, null)))));
        assertEquals(List.of("clientIds", "title", "due"), fields(assertThrows(InvalidInputException.class, () -> tasks.fromReport(owner,
                new TasksFromReport(List.of(), " ", null, null, "soon")))));
        assertThrows(ForbiddenException.class, () -> tasks.fromReport(master, new TasksFromReport(List.of(anna), "x", null, null, null)));
    }

    @Test
    void aMasterHasOnlyTheirOwnTasksAndMayOnlyTickThem() {
        Task mine = tasks.create(master, new TaskInput("ask Anna for a review", null, anna, null, null));
        assertEquals(master.userId(), mine.assigneeId(), "a master's task is theirs");
        assertEquals(List.of("assigneeId"), fields(assertThrows(InvalidInputException.class,
                () -> tasks.create(master, new TaskInput("x", null, null, admin.userId(), null)))));
        Task adminsTask = tasks.create(owner, new TaskInput("admin's", null, null, admin.userId(), null));
        assertEquals(List.of(mine.id()), tasks.list(master, null, null, null, null, null, 50, 0).tasks().stream().map(Task::id).toList());
        assertThrows(NotFoundException.class, () -> tasks.get(master, adminsTask.id()));
        assertThrows(NotFoundException.class, () -> tasks.patch(master, adminsTask.id(), map("done", true)));
        assertTrue(tasks.patch(master, mine.id(), map("done", true)).done());
        assertThrows(ForbiddenException.class, () -> tasks.patch(master, mine.id(), map("title", "mine now")));
        assertThrows(ForbiddenException.class, () -> tasks.delete(master, mine.id()));
    }

    @Test
    void noSalonReachesAnothersTasksClientsOrUsers() {
        Task t = tasks.create(owner, new TaskInput("Call Anna", null, anna, admin.userId(), null));
        assertThrows(NotFoundException.class, () -> tasks.get(otherOwner, t.id()));
        assertThrows(NotFoundException.class, () -> tasks.patch(otherOwner, t.id(), map("done", true)));
        assertThrows(NotFoundException.class, () -> tasks.delete(otherOwner, t.id()));
        assertEquals(0, tasks.list(otherOwner, null, null, null, null, null, 50, 0).total());
        assertEquals(List.of(), tasks.mine(otherOwner, null));
        // another salon's client or user cannot be named in a task
        assertEquals(List.of("clientId"), fields(assertThrows(InvalidInputException.class,
                () -> tasks.create(otherOwner, new TaskInput("x", null, anna, null, null)))));
        assertEquals(List.of("assigneeId"), fields(assertThrows(InvalidInputException.class,
                () -> tasks.create(otherOwner, new TaskInput("x", null, null, admin.userId(), null)))));
        assertEquals(List.of("assigneeId"), fields(assertThrows(InvalidInputException.class,
                () -> tasks.patch(owner, t.id(), map("assigneeId", otherOwner.userId())))));
        assertEquals(List.of("clientId"), fields(assertThrows(InvalidInputException.class,
                () -> tasks.patch(owner, t.id(), map("clientId", stranger)))));
        assertEquals(anna, tasks.get(owner, t.id()).clientId(), "unchanged");
    }

    @Test
    void badInputNamesEveryField() {
        assertEquals(List.of("title", "notes", "due"), fields(assertThrows(InvalidInputException.class,
                () -> tasks.create(owner, new TaskInput(" ", "n".repeat(5001), null, null, "2026-02-30")))));
        assertEquals(List.of("title"), fields(assertThrows(InvalidInputException.class,
                () -> tasks.create(owner, new TaskInput("t".repeat(201), null, null, null, null)))));
        long id = tasks.create(owner, new TaskInput("ok", null, null, null, null)).id();
        assertEquals(List.of("title", "clientId", "assigneeId", "due", "done"), fields(assertThrows(InvalidInputException.class,
                () -> tasks.patch(owner, id, map("title", 5, "clientId", "anna", "assigneeId", 1.5, "due", "tomorrow", "done", "yes")))));
        assertEquals(List.of("limit", "dueFrom"), fields(assertThrows(InvalidInputException.class,
                () -> tasks.list(owner, null, null, null, "03/01/2026", null, 0, 0))));
        assertEquals(List.of("date"), fields(assertThrows(InvalidInputException.class, () -> tasks.mine(owner, "today"))));
    }

    @Test
    void removingAUserKeepsTheirTasksUnassigned() {
        Task t = tasks.create(owner, new TaskInput("Call Anna", null, anna, admin.userId(), null));
        db.write(h -> h.execute("DELETE FROM app_user WHERE id = ?", admin.userId()));
        assertNull(tasks.get(owner, t.id()).assigneeId());
    }

    @Test
    void listsByFilters() {
        long a = tasks.create(owner, new TaskInput("a", null, anna, admin.userId(), "2026-03-01")).id();
        long b = tasks.create(owner, new TaskInput("b", null, boris, owner.userId(), "2026-03-20")).id();
        long c = tasks.create(owner, new TaskInput("c", null, anna, null, null)).id();
        tasks.patch(owner, b, map("done", true));
        assertEquals(List.of(a, c, b), ids(tasks.list(owner, null, null, null, null, null, 50, 0)));
        assertEquals(List.of(a, c), ids(tasks.list(owner, null, anna, null, null, null, 50, 0)));
        assertEquals(List.of(b), ids(tasks.list(owner, null, null, true, null, null, 50, 0)));
        assertEquals(List.of(a), ids(tasks.list(owner, admin.userId(), null, false, null, null, 50, 0)));
        assertEquals(List.of(b), ids(tasks.list(owner, null, null, null, "2026-03-10", "2026-03-31", 50, 0)));
        TaskPage page = tasks.list(owner, null, null, null, null, null, 1, 1);
        assertEquals(List.of(c), ids(page));
        assertEquals(3, page.total());
    }

    private static List<Long> ids(TaskPage page) {
        return page.tasks().stream().map(Task::id).toList();
    }
}
