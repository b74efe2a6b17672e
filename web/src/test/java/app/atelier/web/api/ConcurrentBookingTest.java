package app.atelier.web.api;

import static app.atelier.web.api.ApiTestSupport.PROBLEM_JSON;
import static app.atelier.web.api.ApiTestSupport.count;
import static app.atelier.web.api.ApiTestSupport.createClient;
import static app.atelier.web.api.ApiTestSupport.createService;
import static app.atelier.web.api.ApiTestSupport.createStaff;
import static app.atelier.web.api.ApiTestSupport.expect;
import static app.atelier.web.api.ApiTestSupport.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.web.testing.ConcurrentRequests;
import app.atelier.web.testing.ConcurrentRequests.Answer;
import app.atelier.web.testing.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No double booking under concurrency: 50 requests for the same master and time released at once
 * by a start gate; the database transaction decides, so exactly one wins.
 */
class ConcurrentBookingTest {
    private static final int REQUESTS = 50;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path root;
    static TestServer server;
    static String owner;
    static long client;
    static long cut;

    @BeforeAll
    static void start() {
        server = TestServer.start(root);
        owner = server.salonWithOwner("rush", "rush-basic", List.of());
        client = createClient(server, owner, "Rush Client", null);
        cut = createService(server, owner, "Rush cut", "Hair", 60, 100000);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Sends {@code REQUESTS} bookings at once, each built by {@code body}, and returns the answers in order. */
    private static List<Answer> fire(IntFunction<Map<String, Object>> body, String label) throws Exception {
        return ConcurrentRequests.post(server, owner, "/api/v1/visits", REQUESTS, body::apply, label);
    }

    @Test
    void fiftyBookingsOfTheSameMasterAndTimeLeaveExactlyOneVisit() throws Exception {
        long master = createStaff(server, owner, "Rush Master");
        List<Answer> answers = fire(i -> Map.of("clientId", client, "staffId", master, "start", "2026-12-02T12:00",
                "items", List.of(service(cut)), "channel", "online"), "same master and time");

        List<Answer> created = answers.stream().filter(a -> a.status() == 201).toList();
        List<Answer> conflicts = answers.stream().filter(a -> a.status() == 409).toList();
        assertEquals(1, created.size(), () -> "created: " + statuses(answers));
        assertEquals(REQUESTS - 1, conflicts.size(), () -> "conflicts: " + statuses(answers));
        for (Answer c : conflicts) {
            assertTrue(c.contentType().startsWith(PROBLEM_JSON), c.contentType());
            JsonNode problem = JSON.readTree(c.body());
            assertEquals(409, problem.path("status").asInt(), c.body());
            assertTrue(problem.path("detail").isTextual(), c.body());
        }
        long winner = JSON.readTree(created.get(0).body()).path("id").asLong();

        JsonNode stored = expect(server.call("GET", "/api/v1/visits?from=2026-12-01&to=2026-12-08&staffId=" + master,
                owner, null), 200);
        assertEquals(1, stored.size(), stored.toString());
        assertEquals(winner, stored.get(0).path("id").asLong());
        assertEquals("booked", stored.get(0).path("status").asText());
        // the losers left nothing behind: one visit row, one item row, one booking event
        assertEquals(1, count(server, "SELECT count(*) FROM visit WHERE staff_id = ?", master));
        assertEquals(1, count(server, "SELECT count(*) FROM visit_item WHERE visit_id IN (SELECT id FROM visit WHERE staff_id = ?)",
                master));
        assertEquals(1, count(server, "SELECT count(*) FROM outbox_event WHERE type = 'visit.booked' AND subject_id = ?", winner));
    }

    @Test
    void fiftyConcurrentBookingsOfDifferentTimesAllSucceed() throws Exception {
        // the control: concurrency alone makes nothing fail (no SQLITE_BUSY, no spurious 409)
        long master = createStaff(server, owner, "Busy Master");
        List<Answer> answers = fire(i -> Map.of("clientId", client, "staffId", master,
                "start", String.format("2026-12-%02dT%02d:00", 10 + i / 10, 9 + i % 10),
                "items", List.of(service(cut))), "same master, different times");
        assertEquals(REQUESTS, answers.stream().filter(a -> a.status() == 201).count(), () -> statuses(answers));
        assertEquals(REQUESTS, count(server, "SELECT count(*) FROM visit WHERE staff_id = ?", master));
    }

    private static String statuses(List<Answer> answers) {
        return answers.stream().map(a -> a.status() + (a.status() >= 500 ? " " + a.body() : "")).toList().toString();
    }
}
