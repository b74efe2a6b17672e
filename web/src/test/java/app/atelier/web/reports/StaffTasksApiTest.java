package app.atelier.web.reports;

import static app.atelier.web.reports.ReportSalon.problemFields;
import static app.atelier.web.testing.SalonFixture.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.web.testing.TestServer;
import app.atelier.web.testing.TestServer.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Staff tasks over HTTP: by hand, from the lost-clients report, "my tasks for today", the master's
 * limits, tenant isolation endpoint by endpoint, and bad input answered 400 problem+json. (Test
 * server's today: 1 December 2026 in Moscow.)
 */
class StaffTasksApiTest {
    @TempDir
    static Path root;
    static TestServer server;
    static ReportSalon salon;
    static ReportSalon other;
    static long anna;
    static long clara;
    static long stranger;

    @BeforeAll
    static void start() {
        server = TestServer.start(root);
        salon = new ReportSalon(server, "tasks");
        other = new ReportSalon(server, "other-tasks");
        anna = salon.clientFrom("Anna", "instagram");
        clara = salon.clientFrom("Clara", null);
        stranger = other.clientFrom("Stranger", null);
        salon.visit(clara, salon.alina, "2026-06-01T12:00", salon.haircut, false);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Reply call(String method, String path, String token, Object body) {
        return server.call(method, path, token, body);
    }

    static Map<String, Object> body(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void byHandThenTickedOffInMyTasks() {
        JsonNode task = ok(call("POST", "/api/v1/tasks", salon.owner, body("title", "Ask Anna for a review", "clientId", anna,
                "assigneeId", salon.adminId, "due", "2026-12-01")), 201);
        long id = task.get("id").asLong();
        assertEquals("Anna", task.get("clientName").asText());
        assertEquals(false, task.get("done").asBoolean());
        JsonNode mine = ok(call("GET", "/api/v1/tasks/mine", salon.admin, null), 200);
        assertTrue(ids(mine.get("tasks")).contains(id));
        assertTrue(!ids(ok(call("GET", "/api/v1/tasks/mine", salon.owner, null), 200).get("tasks")).contains(id));
        assertEquals(true, ok(call("PATCH", "/api/v1/tasks/" + id, salon.admin, body("done", true)), 200).get("done").asBoolean());
        JsonNode undone = ok(call("PATCH", "/api/v1/tasks/" + id, salon.owner, body("done", false, "assigneeId", null,
                "due", "2026-12-05")), 200);
        assertEquals(false, undone.get("done").asBoolean());
        assertTrue(undone.path("assigneeId").isMissingNode() || undone.get("assigneeId").isNull());
        assertEquals("2026-12-05", undone.get("due").asText());
        assertEquals(id, ok(call("GET", "/api/v1/tasks/" + id, salon.admin, null), 200).get("id").asLong());
        assertTrue(ids(ok(call("GET", "/api/v1/tasks?clientId=" + anna + "&done=false", salon.owner, null), 200).get("tasks"))
                .contains(id));
        assertEquals(204, call("DELETE", "/api/v1/tasks/" + id, salon.owner, null).status());
        problemFields(call("GET", "/api/v1/tasks/" + id, salon.owner, null), 404);
    }

    @Test
    void fromTheLostClientsReport() {
        JsonNode lost = ok(call("GET", "/api/v1/reports/lost-clients", salon.owner, null), 200);
        List<Long> clients = new ArrayList<>();
        lost.get("clients").forEach(c -> clients.add(c.get("clientId").asLong()));
        assertEquals(List.of(clara), clients);
        JsonNode made = ok(call("POST", "/api/v1/tasks/from-report", salon.owner, body("clientIds", clients,
                "title", "Call {name}: sleeping for {daysSinceLastVisit} days", "assigneeId", salon.adminId, "due", "2026-12-02")), 201);
        assertEquals(1, made.get("created").asInt());
        assertEquals("Call Clara: sleeping for 183 days", made.get("tasks").get(0).get("title").asText());
        assertEquals("report", made.get("tasks").get(0).get("origin").asText());
        problemFields(call("POST", "/api/v1/tasks/from-report", salon.master, body("clientIds", List.of(clara), "title", "x")), 403);
    }

    @Test
    void aMasterSeesAndTicksOnlyTheirOwn() {
        long own = ok(call("POST", "/api/v1/tasks", salon.master, body("title", "Order brow tint")), 201).get("id").asLong();
        long adminsTask = ok(call("POST", "/api/v1/tasks", salon.owner, body("title", "admin's", "assigneeId", salon.adminId)), 201)
                .get("id").asLong();
        assertEquals(List.of(own), ids(ok(call("GET", "/api/v1/tasks", salon.master, null), 200).get("tasks")));
        problemFields(call("GET", "/api/v1/tasks/" + adminsTask, salon.master, null), 404);
        ok(call("PATCH", "/api/v1/tasks/" + own, salon.master, body("done", true)), 200);
        problemFields(call("PATCH", "/api/v1/tasks/" + own, salon.master, body("title", "renamed")), 403);
        problemFields(call("DELETE", "/api/v1/tasks/" + own, salon.master, null), 403);
    }

    @Test
    void noSalonReachesAnothersTasks() {
        long id = ok(call("POST", "/api/v1/tasks", salon.owner, body("title", "Call Anna", "clientId", anna)), 201).get("id").asLong();
        problemFields(call("GET", "/api/v1/tasks/" + id, other.owner, null), 404);
        problemFields(call("PATCH", "/api/v1/tasks/" + id, other.owner, body("done", true)), 404);
        problemFields(call("DELETE", "/api/v1/tasks/" + id, other.owner, null), 404);
        assertTrue(!ids(ok(call("GET", "/api/v1/tasks", other.owner, null), 200).get("tasks")).contains(id));
        assertEquals(List.of("clientId"), problemFields(call("POST", "/api/v1/tasks", other.owner, body("title", "x", "clientId", anna)), 400));
        assertEquals(List.of("assigneeId"), problemFields(call("POST", "/api/v1/tasks", other.owner, body("title", "x",
                "assigneeId", salon.adminId)), 400));
        assertEquals(List.of("assigneeId"), problemFields(call("PATCH", "/api/v1/tasks/" + id, salon.owner, body("assigneeId", other.adminId)),
                400));
        assertEquals(List.of("clientIds[0]"), problemFields(call("POST", "/api/v1/tasks/from-report", salon.owner,
                body("clientIds", List.of(stranger), "title", "x")), 400));
        assertEquals(false, ok(call("GET", "/api/v1/tasks/" + id, salon.owner, null), 200).get("done").asBoolean());
    }

    @Test
    void badInputIsA400ProblemNamingTheField() {
        long id = ok(call("POST", "/api/v1/tasks", salon.owner, body("title", "ok")), 201).get("id").asLong();
        assertEquals(List.of("title"), problemFields(call("POST", "/api/v1/tasks", salon.owner, body()), 400));
        assertEquals(List.of("title", "due"), problemFields(call("POST", "/api/v1/tasks", salon.owner, body("title", " ", "due", "tomorrow")), 400));
        assertEquals(List.of("clientId"), problemFields(call("POST", "/api/v1/tasks", salon.owner, body("title", "x", "clientId", "anna")), 400));
        problemFields(call("POST", "/api/v1/tasks", salon.owner, "{not json"), 400);
        assertEquals(List.of("done"), problemFields(call("PATCH", "/api/v1/tasks/" + id, salon.owner, body("done", "yes")), 400));
        assertEquals(List.of("due"), problemFields(call("PATCH", "/api/v1/tasks/" + id, salon.owner, body("due", "2026-02-30")), 400));
        assertEquals(List.of("done"), problemFields(call("GET", "/api/v1/tasks?done=maybe", salon.owner, null), 400));
        assertEquals(List.of("limit"), problemFields(call("GET", "/api/v1/tasks?limit=0", salon.owner, null), 400));
        assertEquals(List.of("date"), problemFields(call("GET", "/api/v1/tasks/mine?date=today", salon.owner, null), 400));
        assertEquals(List.of("clientIds"), problemFields(call("POST", "/api/v1/tasks/from-report", salon.owner,
                body("clientIds", List.of(), "title", "x")), 400));
        problemFields(call("GET", "/api/v1/tasks/abc", salon.owner, null), 404);
        assertEquals(401, call("GET", "/api/v1/tasks", null, null).status());
    }

    private static List<Long> ids(JsonNode tasks) {
        List<Long> ids = new ArrayList<>();
        tasks.forEach(t -> ids.add(t.get("id").asLong()));
        return ids;
    }
}
