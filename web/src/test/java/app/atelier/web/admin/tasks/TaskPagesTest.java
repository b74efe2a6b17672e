package app.atelier.web.admin.tasks;

import static app.atelier.web.admin.reports.PanelSalon.english;
import static app.atelier.web.admin.reports.PanelSalon.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.core.auth.Principal;
import app.atelier.core.tasks.Task;
import app.atelier.core.tasks.TaskInput;
import app.atelier.web.admin.PanelClient;
import app.atelier.web.admin.PanelClient.Page;
import app.atelier.web.admin.reports.PanelSalon;
import app.atelier.web.testing.TestServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Staff tasks in the panel: "my tasks for today" with overdue ones (by the test clock), the
 * salon's list with filters, creating by hand with errors next to the fields, done toggles over
 * htmx, the client card's fragment, a master's own tasks only, and another salon seeing nothing.
 */
class TaskPagesTest {
    @TempDir
    static Path root;
    static TestServer server;
    static PanelSalon salon;
    static PanelSalon other;
    static long anna;
    static long vera;

    @BeforeAll
    static void start() {
        server = TestServer.start(root);
        salon = new PanelSalon(server, "task-panel");
        anna = salon.clientFrom("Anna", null);
        other = new PanelSalon(server, "task-other");
        vera = other.clientFrom("Vera", null);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Task task(Principal by, String title, Long client, Long assignee, String due) {
        return server.core().staffTasks().create(by, new TaskInput(title, null, client, assignee, due));
    }

    @Test
    void myTasksForTodayWithOverdueOnesByTheClock() {
        // today is 1 December in Moscow
        task(salon.ownerPrincipal, "Order hair dye", null, salon.adminId, "2026-12-01");
        task(salon.ownerPrincipal, "Plan the new year party", null, salon.adminId, "2026-12-03");
        task(salon.ownerPrincipal, "Owner errand", null, salon.ownerPrincipal.userId(), "2026-12-01");
        PanelClient admin = english(salon.admin());
        String mine = table(admin.get("/admin/tasks").body(), "my-tasks");
        assertTrue(mine.contains("Order hair dye"), mine);
        assertFalse(mine.contains("Plan the new year party"), "due later");
        assertFalse(mine.contains("Owner errand"), "someone else's");
        assertFalse(mine.contains("overdue"));
        // two days later the dye is overdue and the party is today
        server.clock.advance(Duration.ofDays(2));
        try {
            String later = table(admin.get("/admin/tasks").body(), "my-tasks");
            assertTrue(later.contains("Plan the new year party"), later);
            int dye = later.indexOf("Order hair dye");
            assertTrue(dye >= 0 && later.substring(dye).contains("overdue"), later);
            assertTrue(later.indexOf("Order hair dye") < later.indexOf("Plan the new year party"), "overdue first");
        } finally {
            server.clock.advance(Duration.ofDays(-2));
        }
        // the salon's list, by assignee: the owner's errand only under the owner
        String owners = table(admin.get("/admin/tasks?assignee=" + salon.ownerPrincipal.userId()).body(), "all-tasks");
        assertTrue(owners.contains("Owner errand") && !owners.contains("Order hair dye"), owners);
    }

    @Test
    void createByHandAndRefusedInputNextToTheField() {
        PanelClient admin = english(salon.admin());
        String csrf = admin.csrf();
        Page bad = admin.post("/admin/tasks", Map.of("_csrf", csrf, "title", " ", "assigneeId", String.valueOf(salon.masterId),
                "due", "2026-02-30", "notes", ""));
        assertEquals(422, bad.status(), bad.body());
        assertTrue(bad.body().contains("id=\"e-nt-title\"") && bad.body().contains("id=\"e-nt-due\""), bad.body());
        assertTrue(bad.body().contains("Enter a date such as 2026-03-31."));
        Page foreignAssignee = admin.post("/admin/tasks", Map.of("_csrf", csrf, "title", "Sweep", "assigneeId", String.valueOf(other.adminId),
                "due", "", "notes", ""));
        assertEquals(422, foreignAssignee.status());
        assertTrue(foreignAssignee.body().contains("id=\"e-nt-assigneeId\""));
        Page made = admin.post("/admin/tasks", Map.of("_csrf", csrf, "title", "Restock towels", "assigneeId", String.valueOf(salon.masterId),
                "due", "2026-12-05", "notes", "white ones"));
        assertEquals(303, made.status(), made.body());
        List<Task> found = server.core().staffTasks().list(salon.ownerPrincipal, salon.masterId, null, null, null, null, 50, 0).tasks()
                .stream().filter(t -> t.title().equals("Restock towels")).toList();
        assertEquals(1, found.size());
        assertEquals("white ones", found.get(0).notes());
        assertTrue(table(admin.get("/admin/tasks").body(), "all-tasks").contains("Restock towels"));
        // without a token nothing is made
        assertEquals(403, admin.post("/admin/tasks", Map.of("title", "No token")).status());
    }

    @Test
    void doneToggleOverHtmx() {
        Task t = task(salon.ownerPrincipal, "Call the supplier", null, salon.adminId, "2026-12-01");
        PanelClient admin = english(salon.admin());
        String csrf = admin.csrf();
        Map<String, String> htmx = Map.of("HX-Request", "true", "X-CSRF-Token", csrf);
        Page done = admin.post("/admin/tasks/" + t.id() + "/done", Map.of("done", "true", "view", "list"), htmx);
        assertEquals(200, done.status(), done.body());
        assertTrue(done.body().startsWith("<tr class=\"task done\""), done.body());
        assertFalse(done.body().contains("<html"), "a row, not a page");
        assertTrue(server.core().staffTasks().get(salon.ownerPrincipal, t.id()).done());
        assertEquals(salon.adminId, server.core().staffTasks().get(salon.ownerPrincipal, t.id()).doneBy());
        // done today: still in today's list, ticked; hidden from the open ones
        assertTrue(table(admin.get("/admin/tasks").body(), "my-tasks").contains("Call the supplier"));
        assertFalse(table(admin.get("/admin/tasks?done=false").body(), "all-tasks").contains("Call the supplier"));
        assertTrue(table(admin.get("/admin/tasks?done=true").body(), "all-tasks").contains("Call the supplier"));
        Page undone = admin.post("/admin/tasks/" + t.id() + "/done", Map.of("done", "false"), htmx);
        assertTrue(undone.body().startsWith("<tr class=\"task\""), undone.body());
        assertFalse(server.core().staffTasks().get(salon.ownerPrincipal, t.id()).done());
        // without htmx: back to the list
        Page plain = admin.post("/admin/tasks/" + t.id() + "/done", Map.of("_csrf", csrf, "done", "true", "back", "https://evil.test/"));
        assertEquals(303, plain.status());
        assertEquals("/admin/tasks", plain.location());
        assertTrue(server.core().staffTasks().get(salon.ownerPrincipal, t.id()).done());
        // a wrong token changes nothing
        Page forged = admin.post("/admin/tasks/" + t.id() + "/done", Map.of("done", "false"), Map.of("HX-Request", "true", "X-CSRF-Token", "x"));
        assertEquals(403, forged.status());
        assertTrue(server.core().staffTasks().get(salon.ownerPrincipal, t.id()).done());
    }

    @Test
    void theClientCardFragment() {
        PanelClient admin = english(salon.admin());
        String csrf = admin.csrf();
        Map<String, String> htmx = Map.of("HX-Request", "true", "X-CSRF-Token", csrf);
        // the card loads the fragment
        assertTrue(admin.get("/admin/clients/" + anna).body().contains("hx-get=\"/admin/tasks/client/" + anna + "\""));
        Page empty = admin.get("/admin/tasks/client/" + anna, htmx);
        assertEquals(200, empty.status(), empty.body());
        assertFalse(empty.body().contains("<html"));
        assertTrue(empty.body().contains("hx-post=\"/admin/tasks/client/" + anna + "\""), empty.body());
        Page added = admin.post("/admin/tasks/client/" + anna, Map.of("title", "Offer a manicure", "assigneeId", String.valueOf(salon.adminId),
                "due", "2026-12-02"), htmx);
        assertEquals(200, added.status(), added.body());
        assertTrue(table(added.body(), "client-task-rows").contains("Offer a manicure"), added.body());
        Task made = server.core().staffTasks().list(salon.ownerPrincipal, null, anna, null, null, null, 10, 0).tasks().stream()
                .filter(x -> x.title().equals("Offer a manicure")).findFirst().orElseThrow();
        assertEquals(salon.adminId, made.assigneeId());
        // refused input: htmx gets the fragment with the message (it swaps only 2xx), a plain post a 422
        Page refused = admin.post("/admin/tasks/client/" + anna, Map.of("title", "", "assigneeId", "", "due", ""), htmx);
        assertEquals(200, refused.status());
        assertTrue(refused.body().contains("id=\"e-ct-title\""), refused.body());
        assertEquals(422, admin.post("/admin/tasks/client/" + anna, Map.of("_csrf", csrf, "title", "", "assigneeId", "", "due", "")).status());
        // ticked on the card
        Page ticked = admin.post("/admin/tasks/" + made.id() + "/done", Map.of("done", "true", "view", "card"), htmx);
        assertTrue(ticked.body().startsWith("<tr class=\"task done\""));
        assertFalse(ticked.body().contains("class=\"client-link\""), "the card's rows leave out the client");
        assertTrue(admin.get("/admin/tasks/client/" + anna, htmx).body().contains("is-done"));
        // a missing client or another salon's: 404
        assertEquals(404, admin.get("/admin/tasks/client/" + vera, htmx).status());
        assertEquals(404, admin.get("/admin/tasks/client/999999", htmx).status());
        assertEquals(404, admin.post("/admin/tasks/client/" + vera, Map.of("title", "x"), htmx).status());
        assertEquals(0, server.core().staffTasks().list(other.ownerPrincipal, null, vera, null, null, null, 10, 0).total());
    }

    @Test
    void aMasterSeesOnlyTheirOwnTasks() {
        task(salon.ownerPrincipal, "Master chore", null, salon.masterId, "2026-12-01");
        Task foreign = task(salon.ownerPrincipal, "Admin chore", null, salon.adminId, "2026-12-01");
        PanelClient master = english(salon.master());
        String page = master.get("/admin/tasks?done=all").body();
        assertTrue(table(page, "my-tasks").contains("Master chore"), page);
        assertFalse(page.contains("Admin chore"), page);
        assertFalse(page.contains("id=\"f-assignee\""), "no assignee filter for a master");
        Map<String, String> htmx = Map.of("HX-Request", "true", "X-CSRF-Token", master.csrf());
        assertEquals(404, master.post("/admin/tasks/" + foreign.id() + "/done", Map.of("done", "true"), htmx).status());
        assertFalse(server.core().staffTasks().get(salon.ownerPrincipal, foreign.id()).done());
        assertEquals(403, master.get("/admin/tasks/client/" + anna, htmx).status(), "the client card is the desk's");
        // a master's new task is theirs
        assertEquals(303, master.post("/admin/tasks", Map.of("_csrf", master.csrf(), "title", "Sharpen scissors",
                "assigneeId", String.valueOf(salon.masterId), "due", "", "notes", "")).status());
        assertTrue(table(master.get("/admin/tasks").body(), "my-tasks").contains("Sharpen scissors"));
    }

    @Test
    void anotherSalonSeesNoneOfTheTasks() {
        Task t = task(salon.ownerPrincipal, "Secret alpha task", anna, salon.adminId, "2026-12-01");
        PanelClient beta = english(other.owner());
        String page = beta.get("/admin/tasks?done=all").body();
        assertFalse(page.contains("Secret alpha task") || page.contains("Anna"), page);
        assertFalse(page.contains(salon.adminEmail()), "the first salon's users are no assignees here");
        Map<String, String> htmx = Map.of("HX-Request", "true", "X-CSRF-Token", beta.csrf());
        assertEquals(404, beta.post("/admin/tasks/" + t.id() + "/done", Map.of("done", "true"), htmx).status());
        assertEquals(404, beta.get("/admin/tasks/client/" + anna, htmx).status());
        assertFalse(server.core().staffTasks().get(salon.ownerPrincipal, t.id()).done());
    }

    @Test
    void russianTexts() {
        PanelClient ru = salon.admin();
        ru.cookies.put("atelier_lang", "ru");
        String page = ru.get("/admin/tasks").body();
        assertTrue(page.contains("Мои задачи на сегодня") && page.contains("Новая задача") && page.contains("Исполнитель"), page);
        String fragment = ru.get("/admin/tasks/client/" + anna, Map.of("HX-Request", "true")).body();
        assertTrue(fragment.contains("Добавить задачу"), fragment);
    }
}
