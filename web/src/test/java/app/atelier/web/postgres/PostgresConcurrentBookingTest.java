package app.atelier.web.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.core.db.Database;
import app.atelier.web.testing.MutableClock;
import app.atelier.web.testing.PostgresSchema;
import app.atelier.web.testing.ConcurrentRequests;
import app.atelier.web.testing.ConcurrentRequests.Answer;
import app.atelier.web.testing.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * No double booking on PostgreSQL, over the real HTTP server: 50 requests for the same master and
 * time released at once; writers run concurrently there, and the exclusion constraint decides the
 * race, so exactly one wins and every loser gets the same 409 as on SQLite.
 */
@EnabledIfEnvironmentVariable(named = PostgresSchema.ENV, matches = ".+")
class PostgresConcurrentBookingTest {
    private static final int REQUESTS = 50;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path root;
    static String url;
    static TestServer server;
    static String owner;
    static long salon;
    static long client;
    static long cut;

    @BeforeAll
    static void start() {
        url = PostgresSchema.fresh(PostgresConcurrentBookingTest.class);
        server = TestServer.start(root, new MutableClock(Instant.parse("2026-12-01T06:00:00Z")), url);
        owner = server.salonWithOwner("rush-pg", "rush-pg-basic", List.of());
        salon = server.core().salons().bySlug("rush-pg").orElseThrow().id();
        client = post("/api/v1/clients", Map.of("name", "Rush Client")).path("id").asLong();
        cut = post("/api/v1/services", Map.of("name", "Rush cut", "category", "Hair", "durationMinutes", 60, "price", 100000))
                .path("id").asLong();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode post(String path, Object body) {
        TestServer.Reply r = server.call("POST", path, owner, body);
        assertEquals(201, r.status(), r::body);
        return r.json();
    }

    private static long master(String name) {
        return post("/api/v1/staff", Map.of("name", name, "hours", List.of(Map.of("weekday", 3, "start", "10:00", "end", "20:00"))))
                .path("id").asLong();
    }

    private static long count(String sql, Object... args) {
        return server.core().db().read(h -> {
            var q = h.createQuery(sql);
            for (int i = 0; i < args.length; i++) {
                q.bind(i, args[i]);
            }
            return q.mapTo(Long.class).one();
        });
    }

    /** Sends {@code REQUESTS} bookings at once, each built by {@code body}, and returns the answers in order. */
    private static List<Answer> fire(IntFunction<Map<String, Object>> body, String label) throws Exception {
        return ConcurrentRequests.post(server, owner, "/api/v1/visits", REQUESTS, body::apply, label);
    }

    @Test
    void theServerRunsOnPostgres() {
        assertEquals(Database.POSTGRESQL, server.core().db().vendor());
    }

    @Test
    void fiftyBookingsOfTheSameMasterAndTimeLeaveExactlyOneVisit() throws Exception {
        long master = master("Rush Master");
        List<Answer> answers = fire(i -> Map.of("clientId", client, "staffId", master, "start", "2026-12-02T12:00",
                "items", List.of(Map.of("serviceId", cut)), "channel", "online"), "same master and time");

        List<Answer> created = answers.stream().filter(a -> a.status() == 201).toList();
        List<Answer> conflicts = answers.stream().filter(a -> a.status() == 409).toList();
        assertEquals(1, created.size(), () -> "created: " + statuses(answers));
        assertEquals(REQUESTS - 1, conflicts.size(), () -> "conflicts: " + statuses(answers));
        for (Answer c : conflicts) {
            assertTrue(c.contentType().startsWith("application/problem+json"), c.contentType());
            JsonNode problem = JSON.readTree(c.body());
            assertEquals(409, problem.path("status").asInt(), c.body());
            assertTrue(problem.path("type").asText().endsWith("/visit_overlap"), c.body());
        }
        long winner = JSON.readTree(created.get(0).body()).path("id").asLong();

        TestServer.Reply stored = server.call("GET", "/api/v1/visits?from=2026-12-01&to=2026-12-08&staffId=" + master, owner, null);
        assertEquals(200, stored.status(), stored::body);
        assertEquals(1, stored.json().size(), stored::body);
        assertEquals(winner, stored.json().get(0).path("id").asLong());
        // the losers left nothing behind: one visit row, one item row, one booking event
        assertEquals(1, count("SELECT count(*) FROM visit WHERE staff_id = ?", master));
        assertEquals(1, count("SELECT count(*) FROM visit_item WHERE visit_id IN (SELECT id FROM visit WHERE staff_id = ?)", master));
        assertEquals(1, count("SELECT count(*) FROM outbox_event WHERE type = 'visit.booked' AND subject_id = ?", winner));
    }

    @Test
    void fiftyConcurrentBookingsOfDifferentTimesAllSucceed() throws Exception {
        // the control: concurrency alone makes nothing fail (no pool exhaustion, no spurious 409)
        long master = master("Busy Master");
        List<Answer> answers = fire(i -> Map.of("clientId", client, "staffId", master,
                "start", String.format("2026-12-%02dT%02d:00", 10 + i / 10, 9 + i % 10),
                "items", List.of(Map.of("serviceId", cut))), "same master, different times");
        assertEquals(REQUESTS, answers.stream().filter(a -> a.status() == 201).count(), () -> statuses(answers));
        assertEquals(REQUESTS, count("SELECT count(*) FROM visit WHERE staff_id = ?", master));
    }

    @Test
    void aBookingThatRacedPastTheCheckIsStoppedByTheConstraintAndAnsweredWith409() throws Exception {
        long master = master("Raced Master");
        long start = Instant.parse("2026-12-20T09:00:00Z").toEpochMilli();
        try (Connection other = DriverManager.getConnection(url)) {
            // another writer's transaction holds an overlapping visit, not yet committed: the
            // service's own check cannot see it, so the request gets as far as its insert
            other.setAutoCommit(false);
            try (PreparedStatement insert = other.prepareStatement("""
                    INSERT INTO visit (salon_id, client_id, staff_id, start_at, end_at, status, channel, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, 'booked', 'admin', 0, 0)""")) {
                insert.setLong(1, salon);
                insert.setLong(2, client);
                insert.setLong(3, master);
                insert.setLong(4, start + 30 * 60_000);
                insert.setLong(5, start + 90 * 60_000);
                insert.executeUpdate();
            }
            CompletableFuture<TestServer.Reply> booking = CompletableFuture.supplyAsync(() -> server.call("POST",
                    "/api/v1/visits", owner, Map.of("clientId", client, "staffId", master, "start", "2026-12-20T12:00",
                            "items", List.of(Map.of("serviceId", cut)))));
            // the insert waits for the other transaction to decide
            Thread.sleep(500);
            assertTrue(!booking.isDone(), () -> "answered before the other transaction ended: " + booking.join().body());
            other.commit();
            TestServer.Reply reply = booking.get(30, TimeUnit.SECONDS);
            assertEquals(409, reply.status(), reply::body);
            assertTrue(reply.json().path("type").asText().endsWith("/visit_overlap"), reply::body);
        }
        assertEquals(1, count("SELECT count(*) FROM visit WHERE staff_id = ?", master));
        assertEquals(0, count("SELECT count(*) FROM visit_item WHERE visit_id IN (SELECT id FROM visit WHERE staff_id = ?)", master));
    }

    private static String statuses(List<Answer> answers) {
        return answers.stream().map(a -> a.status() + (a.status() >= 500 ? " " + a.body() : "")).toList().toString();
    }
}
