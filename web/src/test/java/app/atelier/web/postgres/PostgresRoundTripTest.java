package app.atelier.web.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.core.db.Database;
import app.atelier.web.testing.MutableClock;
import app.atelier.web.testing.PostgresSchema;
import app.atelier.web.testing.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same application on PostgreSQL, over HTTP: the services' SQL runs unchanged there. Masters,
 * services, products and clients are created, changed, searched and removed; a visit is booked,
 * moved, refused on overlap, quoted and checked out (idempotently, with a debt); and a restart finds
 * everything again.
 */
@EnabledIfEnvironmentVariable(named = PostgresSchema.ENV, matches = ".+")
class PostgresRoundTripTest {
    @TempDir
    static Path root;
    static String url;
    static MutableClock clock = new MutableClock(Instant.parse("2026-12-01T06:00:00Z"));
    static TestServer server;
    static String owner;
    static String other;

    @BeforeAll
    static void start() {
        url = PostgresSchema.fresh(PostgresRoundTripTest.class);
        server = TestServer.start(root, clock, url);
        owner = server.salonWithOwner("round-pg", "round-pg-basic", List.of());
        other = server.salonWithOwner("other-pg", "other-pg-basic", List.of());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode expect(TestServer.Reply r, int status) {
        assertEquals(status, r.status(), () -> "status of " + r.body());
        return r.json();
    }

    private static JsonNode call(String method, String path, Object body, int status) {
        return expect(server.call(method, path, owner, body), status);
    }

    private static List<Long> ids(JsonNode list) {
        List<Long> ids = new ArrayList<>();
        list.forEach(n -> ids.add(n.path("id").asLong()));
        return ids;
    }

    @Test
    void catalogAndStaffCrud() {
        assertEquals(Database.POSTGRESQL, server.core().db().vendor());
        long service = call("POST", "/api/v1/services", Map.of("name", "Colour", "category", "Hair", "durationMinutes", 90,
                "price", 9_000_000_000L), 201).path("id").asLong();
        assertEquals(9_000_000_000L, call("GET", "/api/v1/services/" + service, null, 200).path("price").asLong());
        assertEquals(95, call("PUT", "/api/v1/services/" + service, Map.of("durationMinutes", 95), 200).path("durationMinutes").asInt());
        call("DELETE", "/api/v1/services/" + service, null, 204);
        assertFalse(call("GET", "/api/v1/services/" + service, null, 200).path("active").asBoolean());
        assertFalse(ids(call("GET", "/api/v1/services", null, 200)).contains(service));
        assertTrue(ids(call("GET", "/api/v1/services?all=true", null, 200)).contains(service));

        long product = call("POST", "/api/v1/products", Map.of("name", "Oil", "price", 99000), 201).path("id").asLong();
        assertEquals("Oil 50 ml", call("PUT", "/api/v1/products/" + product, Map.of("name", "Oil 50 ml"), 200).path("name").asText());
        call("DELETE", "/api/v1/products/" + product, null, 204);
        assertTrue(ids(call("GET", "/api/v1/products?all=true", null, 200)).contains(product));

        JsonNode master = call("POST", "/api/v1/staff", Map.of("name", "Irina", "position", "stylist", "phone", "8 912 345-67-89",
                "hours", List.of(Map.of("weekday", 2, "start", "10:00", "end", "19:00"), Map.of("weekday", 1, "start", "22:00", "end", "26:00")),
                "daysOff", List.of("2026-12-31", "2026-12-25")), 201);
        long id = master.path("id").asLong();
        assertEquals("+79123456789", master.path("phone").asText());
        assertEquals(1, master.path("hours").get(0).path("weekday").asInt());
        assertEquals("[\"2026-12-25\",\"2026-12-31\"]", master.path("daysOff").toString());
        JsonNode changed = call("PUT", "/api/v1/staff/" + id, Map.of("name", "Irina K", "daysOff", List.of()), 200);
        assertEquals("Irina K", changed.path("name").asText());
        assertEquals(0, changed.path("daysOff").size());
        assertEquals(2, changed.path("hours").size());
        call("DELETE", "/api/v1/staff/" + id, null, 204);
        assertFalse(ids(call("GET", "/api/v1/staff", null, 200)).contains(id));
        assertTrue(ids(call("GET", "/api/v1/staff?all=true", null, 200)).contains(id));
        // another salon's rows are not found
        expect(server.call("GET", "/api/v1/staff/" + id, other, null), 404);
    }

    @Test
    void clientsAreSearchedInAnyCaseByNamePhoneAndEmailAndSoftDeleted() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "  Алёна   Петрова ");
        body.put("phone", "+7 (916) 111-22-33");
        body.put("email", "Alena.P@Example.com");
        body.put("birthday", "1990-05-31");
        body.put("tags", List.of("vip", "colour"));
        body.put("consent", true);
        JsonNode created = call("POST", "/api/v1/clients", body, 201);
        long id = created.path("id").asLong();
        assertEquals("Алёна Петрова", created.path("name").asText());
        assertEquals("[\"colour\",\"vip\"]", created.path("tags").toString());
        assertTrue(created.path("consent").asBoolean());
        call("POST", "/api/v1/clients", Map.of("name", "Boris 100%_off"), 201);

        for (String q : List.of("АЛЕНА", "петр", "111-22", "89161112233", "alena.p@", "EXAMPLE")) {
            JsonNode page = call("GET", "/api/v1/clients?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), null, 200);
            assertTrue(page.toString().contains("\"id\":" + id), () -> q + " -> " + page);
        }
        // LIKE wildcards in the query are literal characters
        JsonNode literal = call("GET", "/api/v1/clients?q=" + URLEncoder.encode("0%_", StandardCharsets.UTF_8), null, 200);
        assertTrue(literal.toString().contains("Boris"), literal::toString);
        JsonNode none = call("GET", "/api/v1/clients?q=" + URLEncoder.encode("%", StandardCharsets.UTF_8), null, 200);
        assertFalse(none.toString().contains("Алёна"), none::toString);

        JsonNode patched = call("PATCH", "/api/v1/clients/" + id, Map.of("notes", "likes tea", "phone", ""), 200);
        assertEquals("likes tea", patched.path("notes").asText());
        assertFalse(patched.hasNonNull("phone"), patched::toString);
        call("DELETE", "/api/v1/clients/" + id, null, 204);
        call("GET", "/api/v1/clients/" + id, null, 404);
        assertEquals("likes tea", call("GET", "/api/v1/clients/" + id + "/export", null, 200).path("client").path("notes").asText());
        expect(server.call("GET", "/api/v1/clients/" + id + "/export", other, null), 404);
    }

    @Test
    void bookMoveRefuseOverlapQuoteAndCheckOut() {
        long client = call("POST", "/api/v1/clients", Map.of("name", "Checkout Client"), 201).path("id").asLong();
        long master = call("POST", "/api/v1/staff", Map.of("name", "Oleg"), 201).path("id").asLong();
        long cut = call("POST", "/api/v1/services", Map.of("name", "Cut", "category", "Hair", "durationMinutes", 60, "price", 200000), 201)
                .path("id").asLong();
        long care = call("POST", "/api/v1/services", Map.of("name", "Care", "category", "Care", "durationMinutes", 30, "price", 100000), 201)
                .path("id").asLong();
        long oil = call("POST", "/api/v1/products", Map.of("name", "Oil", "price", 50000), 201).path("id").asLong();

        JsonNode visit = call("POST", "/api/v1/visits", Map.of("clientId", client, "staffId", master, "start", "2026-12-03T11:00",
                "items", List.of(Map.of("serviceId", cut), Map.of("serviceId", care), Map.of("productId", oil, "quantity", 2))), 201);
        long id = visit.path("id").asLong();
        assertEquals(Instant.parse("2026-12-03T08:00:00Z"), Instant.parse(visit.path("start").asText()));
        assertEquals(Instant.parse("2026-12-03T09:30:00Z"), Instant.parse(visit.path("end").asText()));
        assertEquals(400000, visit.path("total").asLong());

        // the service's own check refuses an overlap; back to back is fine
        JsonNode clash = expect(server.call("POST", "/api/v1/visits", owner, Map.of("clientId", client, "staffId", master,
                "start", "2026-12-03T12:00", "items", List.of(Map.of("serviceId", cut)))), 409);
        assertTrue(clash.path("type").asText().endsWith("/visit_overlap"), clash::toString);
        long next = call("POST", "/api/v1/visits", Map.of("clientId", client, "staffId", master, "start", "2026-12-03T12:30",
                "items", List.of(Map.of("serviceId", cut))), 201).path("id").asLong();
        // moving into the next visit is refused, moving elsewhere works, cancelling frees the time
        expect(server.call("POST", "/api/v1/visits/" + id + "/reschedule", owner, Map.of("start", "2026-12-03T12:00")), 409);
        JsonNode moved = call("POST", "/api/v1/visits/" + id + "/reschedule", Map.of("start", "2026-12-03T09:00"), 200);
        assertEquals(Instant.parse("2026-12-03T06:00:00Z"), Instant.parse(moved.path("start").asText()));
        assertEquals("cancelled", call("POST", "/api/v1/visits/" + next + "/cancel", null, 200).path("status").asText());
        call("POST", "/api/v1/visits", Map.of("clientId", client, "staffId", master, "start", "2026-12-03T12:30",
                "items", List.of(Map.of("serviceId", care))), 201);
        assertEquals("confirmed", call("POST", "/api/v1/visits/" + id + "/confirm", null, 200).path("status").asText());
        JsonNode day = call("GET", "/api/v1/visits?from=2026-12-03&to=2026-12-04&staffId=" + master, null, 200);
        assertEquals(3, day.size(), day::toString);
        assertEquals(id, day.get(0).path("id").asLong());

        JsonNode quote = call("POST", "/api/v1/visits/" + id + "/quote", Map.of(), 200);
        assertEquals(400000, quote.path("bill").path("total").asLong(), quote::toString);

        String checkout = "/api/v1/visits/" + id + "/checkout";
        Map<String, Object> pay = Map.of("payments", List.of(Map.of("method", "cash", "amount", 250000),
                Map.of("method", "card", "amount", 100000)));
        JsonNode done = expect(server.call("POST", checkout, owner, pay, Map.of("Idempotency-Key", "pg-till-" + id)), 201);
        assertEquals("completed", done.path("status").asText());
        assertEquals(350000, done.path("paid").asLong());
        assertEquals(50000, done.path("owed").asLong());
        TestServer.Reply again = server.call("POST", checkout, owner, pay, Map.of("Idempotency-Key", "pg-till-" + id));
        assertTrue(again.status() == 200 || again.status() == 201, again::body);
        assertEquals(done, again.json());
        expect(server.call("POST", checkout, owner, pay, Map.of("Idempotency-Key", "pg-till-other-" + id)), 409);
        assertEquals(done, call("GET", "/api/v1/visits/" + id, null, 200).path("bill"));
        long payments = server.core().db().read(h -> h.createQuery("SELECT count(*) FROM payment WHERE visit_id = :v")
                .bind("v", id).mapTo(Long.class).one());
        assertEquals(2, payments);

        JsonNode summary = call("GET", "/api/v1/clients/" + client + "/summary", null, 200);
        assertEquals(350000, summary.path("totalSpent").asLong(), summary::toString);
        assertEquals(50000, summary.path("debt").asLong());
        assertEquals(1, summary.path("visitCount").asInt());
        JsonNode export = call("GET", "/api/v1/clients/" + client + "/export", null, 200);
        assertEquals(3, export.path("visits").size(), export::toString);
        assertEquals(1, export.path("bills").size());
        assertEquals(2, export.path("payments").size());

        // the outbox recorded every step, and the dispatcher fans them out on PostgreSQL too
        long events = server.core().db().read(h -> h.createQuery(
                "SELECT count(*) FROM outbox_event WHERE subject_id = :v AND type LIKE 'visit.%'").bind("v", id).mapTo(Long.class).one());
        assertEquals(4, events, "booked, rescheduled, confirmed, completed");
        server.core().events().dispatchDue(1000);
        long pending = server.core().db().read(h -> h.createQuery("SELECT count(*) FROM outbox_event WHERE fanned_out = 0")
                .mapTo(Long.class).one());
        assertEquals(0, pending);
    }

    @Test
    void aRestartOnTheSameDatabaseFindsEverythingAndMigratesNothingTwice() {
        long client = call("POST", "/api/v1/clients", Map.of("name", "Before Restart"), 201).path("id").asLong();
        server.close();
        server = TestServer.start(root, clock, url);
        owner = server.login("owner@round-pg.test", "owner-secret-1");
        assertEquals("Before Restart", call("GET", "/api/v1/clients/" + client, null, 200).path("name").asText());
        JsonNode health = expect(server.call("GET", "/health", null, null), 200);
        assertEquals("ok", health.path("status").asText());
    }
}
