package app.atelier.web.api;

import static app.atelier.web.api.ApiTestSupport.assertProblem;
import static app.atelier.web.api.ApiTestSupport.assertUnchanged;
import static app.atelier.web.api.ApiTestSupport.book;
import static app.atelier.web.api.ApiTestSupport.count;
import static app.atelier.web.api.ApiTestSupport.createClient;
import static app.atelier.web.api.ApiTestSupport.createProduct;
import static app.atelier.web.api.ApiTestSupport.createService;
import static app.atelier.web.api.ApiTestSupport.createStaff;
import static app.atelier.web.api.ApiTestSupport.errorFields;
import static app.atelier.web.api.ApiTestSupport.expect;
import static app.atelier.web.api.ApiTestSupport.product;
import static app.atelier.web.api.ApiTestSupport.service;
import static app.atelier.web.api.ApiTestSupport.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.web.testing.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The core REST contract of issue 2 item 4, end to end over HTTP against the real server, a SQLite
 * file and the proof plugin loaded as a jar from the plugins folder (its pricing step gives bills
 * a real plugin adjustment: 10 % off).
 */
class CoreApiTest {
    @TempDir
    static Path root;
    static TestServer server;
    /** Owner of salon "core", where the proof plugin is on. */
    static String owner;
    /** Owner of salon "habits", without plugins, for exact client-summary figures. */
    static String habits;

    @BeforeAll
    static void start() throws Exception {
        Files.createDirectories(root.resolve("plugins"));
        Files.copy(TestServer.proofPluginJar(), root.resolve("plugins").resolve("atelier-proof-plugin.jar"));
        server = TestServer.start(root);
        owner = server.salonWithOwner("core", "core-full", List.of("proof"));
        expect(server.call("PUT", "/api/v1/plugins/proof", owner, Map.of("enabled", true)), 200);
        habits = server.salonWithOwner("habits", "habits-plain", List.of());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    // ---- system ----

    @Test
    void healthNeedsNoAuthAndReportsVersionAndPlugins() {
        JsonNode health = expect(server.call("GET", "/health", null, null), 200);
        assertEquals("ok", health.path("status").asText());
        assertEquals(TestServer.API_VERSION, health.path("version").asText());
        JsonNode proof = null;
        for (JsonNode p : health.path("plugins")) {
            if (p.path("id").asText().equals("proof")) {
                proof = p;
            }
        }
        assertTrue(proof != null, health.toString());
        assertEquals("1.0.0", proof.path("version").asText());
        assertEquals("started", proof.path("state").asText().toLowerCase());
    }

    @Test
    void openApiDocumentListsCoreAndPluginRoutes() {
        var r = server.call("GET", "/api/openapi.json", null, null);
        JsonNode doc = expect(r, 200);
        assertTrue(r.contentType().startsWith("application/json"), r.contentType());
        assertTrue(doc.path("openapi").asText().startsWith("3."), doc.path("openapi").asText());
        JsonNode paths = doc.path("paths");
        assertTrue(paths.path("/api/v1/clients").has("get") && paths.path("/api/v1/clients").has("post"), paths.toString());
        assertTrue(paths.path("/api/v1/visits/{id}/checkout").has("post"), paths.fieldNames().toString());
        assertTrue(paths.path("/api/v1/clients/{id}").has("patch"));
        assertTrue(paths.path("/health").has("get"));
        List<String> names = new ArrayList<>();
        paths.fieldNames().forEachRemaining(names::add);
        assertTrue(names.stream().anyMatch(p -> p.startsWith("/api/v1/proof/")), "plugin routes missing: " + names);
    }

    // ---- staff, services, products ----

    @Test
    void staffRoundTripWithHoursAndDaysOff() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "  Irina  ");
        body.put("position", "colorist");
        body.put("phone", "8 912 111-22-33");
        body.put("email", "Irina@Salon.RU");
        body.put("hours", List.of(Map.of("weekday", 2, "start", "10:00", "end", "19:00"),
                Map.of("weekday", 1, "start", "09:00", "end", "18:00")));
        body.put("daysOff", List.of("2026-12-31", "2026-12-30"));
        JsonNode created = expect(server.call("POST", "/api/v1/staff", owner, body), 201);
        long id = created.path("id").asLong();
        assertEquals("Irina", created.path("name").asText());
        assertEquals("colorist", created.path("position").asText());
        assertEquals("+79121112233", created.path("phone").asText());
        assertEquals("irina@salon.ru", created.path("email").asText());
        assertTrue(created.path("active").asBoolean());
        assertEquals(2, created.path("hours").size());
        assertEquals(1, created.path("hours").get(0).path("weekday").asInt());
        assertEquals("09:00", created.path("hours").get(0).path("start").asText());
        assertEquals("18:00", created.path("hours").get(0).path("end").asText());
        assertEquals("[\"2026-12-30\",\"2026-12-31\"]", created.path("daysOff").toString());
        assertEquals(created, expect(server.call("GET", "/api/v1/staff/" + id, owner, null), 200));

        JsonNode changed = expect(server.call("PUT", "/api/v1/staff/" + id, owner, Map.of("name", "Irina K",
                "hours", List.of(Map.of("weekday", 5, "start", "20:00", "end", "26:00")))), 200);
        assertEquals("Irina K", changed.path("name").asText());
        assertEquals("colorist", changed.path("position").asText(), "fields not sent are kept");
        assertEquals(1, changed.path("hours").size());
        assertEquals("26:00", changed.path("hours").get(0).path("end").asText());
        assertEquals(created.path("daysOff"), changed.path("daysOff"));
        assertEquals(changed, expect(server.call("GET", "/api/v1/staff/" + id, owner, null), 200));

        JsonNode bad = assertProblem(server.call("PUT", "/api/v1/staff/" + id, owner,
                Map.of("hours", List.of(Map.of("weekday", 8, "start", "10:00", "end", "12:00")))), 400);
        assertTrue(errorFields(bad).contains("hours[0].weekday"), bad.toString());
        assertEquals(changed, expect(server.call("GET", "/api/v1/staff/" + id, owner, null), 200));

        assertTrue(ids(server.call("GET", "/api/v1/staff", owner, null).json()).contains(id));
        expect(server.call("DELETE", "/api/v1/staff/" + id, owner, null), 204);
        assertFalse(expect(server.call("GET", "/api/v1/staff/" + id, owner, null), 200).path("active").asBoolean());
        assertFalse(ids(server.call("GET", "/api/v1/staff", owner, null).json()).contains(id));
        assertTrue(ids(server.call("GET", "/api/v1/staff?all=true", owner, null).json()).contains(id));

        // a deactivated master takes no new visits
        long client = createClient(server, owner, "Staff Test Client", null);
        long cut = createService(server, owner, "Staff test cut", "Hair", 30, 1000);
        JsonNode refused = assertProblem(server.call("POST", "/api/v1/visits", owner, Map.of("clientId", client, "staffId", id,
                "start", "2026-12-20T12:00", "items", List.of(service(cut)))), 400);
        assertTrue(errorFields(refused).contains("staffId"), refused.toString());
        assertProblem(server.call("GET", "/api/v1/staff/999999", owner, null), 404);
    }

    @Test
    void serviceRoundTrip() {
        JsonNode created = expect(server.call("POST", "/api/v1/services", owner, Map.of("name", "Haircut", "category", "Hair",
                "durationMinutes", 45, "price", 150000)), 201);
        long id = created.path("id").asLong();
        assertEquals("Haircut", created.path("name").asText());
        assertEquals("Hair", created.path("category").asText());
        assertEquals(45, created.path("durationMinutes").asInt());
        assertEquals(150000, created.path("price").asLong());
        assertTrue(created.path("price").isIntegralNumber(), "money is an integer of minor units");
        assertTrue(created.path("active").asBoolean());
        assertEquals(created, expect(server.call("GET", "/api/v1/services/" + id, owner, null), 200));

        JsonNode changed = expect(server.call("PUT", "/api/v1/services/" + id, owner, Map.of("price", 175000)), 200);
        assertEquals(175000, changed.path("price").asLong());
        assertEquals("Haircut", changed.path("name").asText());
        assertEquals(45, changed.path("durationMinutes").asInt());
        assertEquals(changed, expect(server.call("GET", "/api/v1/services/" + id, owner, null), 200));
        assertTrue(ids(server.call("GET", "/api/v1/services", owner, null).json()).contains(id));

        expect(server.call("DELETE", "/api/v1/services/" + id, owner, null), 204);
        assertFalse(expect(server.call("GET", "/api/v1/services/" + id, owner, null), 200).path("active").asBoolean());
        assertFalse(ids(server.call("GET", "/api/v1/services", owner, null).json()).contains(id));
        assertTrue(ids(server.call("GET", "/api/v1/services?all=true", owner, null).json()).contains(id));

        // an inactive service cannot be booked
        long client = createClient(server, owner, "Service Test Client", null);
        long master = createStaff(server, owner, "Service Test Master");
        JsonNode refused = assertProblem(server.call("POST", "/api/v1/visits", owner, Map.of("clientId", client,
                "staffId", master, "start", "2026-12-20T12:00", "items", List.of(service(id)))), 400);
        assertTrue(errorFields(refused).contains("items[0].serviceId"), refused.toString());
    }

    @Test
    void productRoundTrip() {
        JsonNode created = expect(server.call("POST", "/api/v1/products", owner, Map.of("name", "Argan oil", "price", 99000)), 201);
        long id = created.path("id").asLong();
        assertEquals("Argan oil", created.path("name").asText());
        assertEquals(99000, created.path("price").asLong());
        assertTrue(created.path("active").asBoolean());
        assertEquals(created, expect(server.call("GET", "/api/v1/products/" + id, owner, null), 200));

        JsonNode changed = expect(server.call("PUT", "/api/v1/products/" + id, owner, Map.of("name", "Argan oil 50 ml")), 200);
        assertEquals("Argan oil 50 ml", changed.path("name").asText());
        assertEquals(99000, changed.path("price").asLong());
        assertEquals(changed, expect(server.call("GET", "/api/v1/products/" + id, owner, null), 200));

        expect(server.call("DELETE", "/api/v1/products/" + id, owner, null), 204);
        assertFalse(expect(server.call("GET", "/api/v1/products/" + id, owner, null), 200).path("active").asBoolean());
        assertFalse(ids(server.call("GET", "/api/v1/products", owner, null).json()).contains(id));
        assertTrue(ids(server.call("GET", "/api/v1/products?all=true", owner, null).json()).contains(id));
    }

    // ---- clients ----

    @Test
    void clientRoundTripSearchSoftDeleteAndExport() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Анна  Петрова");
        body.put("phone", "8 912 345-67-89");
        body.put("email", " Anna.P@Example.COM ");
        body.put("birthday", "1990-05-31");
        body.put("source", "instagram");
        body.put("tags", List.of("vip", "color", "vip"));
        body.put("notes", "allergic to ammonia");
        body.put("consent", true);
        JsonNode created = expect(server.call("POST", "/api/v1/clients", owner, body), 201);
        long id = created.path("id").asLong();
        assertEquals("Анна Петрова", created.path("name").asText());
        assertEquals("+79123456789", created.path("phone").asText(), "RU number normalised to E.164");
        assertEquals("anna.p@example.com", created.path("email").asText());
        assertEquals("1990-05-31", created.path("birthday").asText());
        assertEquals("instagram", created.path("source").asText());
        assertEquals("[\"color\",\"vip\"]", created.path("tags").toString());
        assertEquals("allergic to ammonia", created.path("notes").asText());
        assertTrue(created.path("consent").asBoolean());
        assertEquals(created, expect(server.call("GET", "/api/v1/clients/" + id, owner, null), 200));
        long other = createClient(server, owner, "Борис Сидоров", "+7 916 123-45-67");

        // PATCH changes only what is sent
        JsonNode patched = expect(server.call("PATCH", "/api/v1/clients/" + id, owner,
                Map.of("notes", "prefers mornings", "tags", List.of("regular"))), 200);
        assertEquals("prefers mornings", patched.path("notes").asText());
        assertEquals("[\"regular\"]", patched.path("tags").toString());
        assertEquals("+79123456789", patched.path("phone").asText());
        assertEquals("anna.p@example.com", patched.path("email").asText());
        assertEquals(patched, expect(server.call("GET", "/api/v1/clients/" + id, owner, null), 200));

        // an invalid phone is a 400 naming the field, and the stored client is untouched
        JsonNode bad = assertProblem(server.call("PATCH", "/api/v1/clients/" + id, owner, Map.of("phone", "12345")), 400);
        assertEquals(List.of("phone"), errorFields(bad));
        assertEquals(patched, expect(server.call("GET", "/api/v1/clients/" + id, owner, null), 200));
        long clients = count(server, "SELECT count(*) FROM client");
        JsonNode badCreate = assertProblem(server.call("POST", "/api/v1/clients", owner,
                Map.of("name", "Wrong Number", "phone", "8 000 12")), 400);
        assertTrue(errorFields(badCreate).contains("phone"), badCreate.toString());
        assertEquals(clients, count(server, "SELECT count(*) FROM client"));

        // search by name (any case, Cyrillic), by phone in any format, by email
        Function<String, List<Long>> search = q -> {
            JsonNode page = expect(server.call("GET", "/api/v1/clients?q=" + java.net.URLEncoder.encode(q,
                    java.nio.charset.StandardCharsets.UTF_8), owner, null), 200);
            assertEquals(page.path("clients").size(), page.path("total").asInt(), page.toString());
            return ids(page.path("clients"));
        };
        assertEquals(List.of(id), search.apply("петрова"));
        assertEquals(List.of(id), search.apply("ПЕТР"));
        assertEquals(List.of(id), search.apply("8 (912) 345-67-89"));
        assertEquals(List.of(id), search.apply("345-67-89"));
        assertEquals(List.of(id), search.apply("example.com"));
        assertEquals(List.of(other), search.apply("сидоров"));
        assertEquals(List.of(), search.apply("nobody-at-all"));

        // the export holds everything, before and after the soft delete
        JsonNode export = expect(server.call("GET", "/api/v1/clients/" + id + "/export", owner, null), 200);
        assertEquals(id, export.path("client").path("id").asLong());
        assertEquals("Анна Петрова", export.path("client").path("name").asText());
        assertEquals("+79123456789", export.path("client").path("phone").asText());
        assertTrue(export.path("visits").isArray() && export.path("payments").isArray(), export.toString());

        expect(server.call("DELETE", "/api/v1/clients/" + id, owner, null), 204);
        assertProblem(server.call("GET", "/api/v1/clients/" + id, owner, null), 404);
        assertProblem(server.call("PATCH", "/api/v1/clients/" + id, owner, Map.of("notes", "x")), 404);
        assertProblem(server.call("DELETE", "/api/v1/clients/" + id, owner, null), 404);
        assertProblem(server.call("GET", "/api/v1/clients/" + id + "/summary", owner, null), 404);
        assertEquals(List.of(), search.apply("петрова"));
        assertEquals(List.of(other), search.apply("сидоров"));
        JsonNode after = expect(server.call("GET", "/api/v1/clients/" + id + "/export", owner, null), 200);
        assertEquals("Анна Петрова", after.path("client").path("name").asText());
        assertEquals("prefers mornings", after.path("client").path("notes").asText());
        assertTrue(after.path("client").hasNonNull("deletedAt"), after.toString());
        // a deleted client cannot be booked
        long master = createStaff(server, owner, "Client Test Master");
        long cut = createService(server, owner, "Client test cut", "Hair", 30, 1000);
        JsonNode refused = assertProblem(server.call("POST", "/api/v1/visits", owner, Map.of("clientId", id, "staffId", master,
                "start", "2026-12-21T12:00", "items", List.of(service(cut)))), 400);
        assertTrue(errorFields(refused).contains("clientId"), refused.toString());
    }

    // ---- visits ----

    @Test
    void bookingSetsEndFromDurationsAndRefusesOverlaps() {
        long client = createClient(server, owner, "Booking Client", null);
        long master = createStaff(server, owner, "Booking Master");
        long otherMaster = createStaff(server, owner, "Booking Other Master");
        long cut = createService(server, owner, "Booking cut", "Hair", 60, 200000);
        long color = createService(server, owner, "Booking color", "Hair", 90, 300000);
        long shampoo = createProduct(server, owner, "Booking shampoo", 50000);

        JsonNode visit = book(server, owner, client, master, "2026-12-02T12:00",
                List.of(service(cut), service(color), product(shampoo, 2)));
        assertEquals("booked", visit.path("status").asText());
        assertEquals(client, visit.path("clientId").asLong());
        assertEquals(master, visit.path("staffId").asLong());
        assertEquals("admin", visit.path("channel").asText());
        // 12:00 in Moscow (UTC+3) is 09:00Z; the products add no time: 60 + 90 minutes
        assertEquals(Instant.parse("2026-12-02T09:00:00Z"), Instant.parse(visit.path("start").asText()));
        assertEquals(Instant.parse("2026-12-02T11:30:00Z"), Instant.parse(visit.path("end").asText()));
        assertEquals(3, visit.path("items").size());
        assertEquals(600000, visit.path("total").asLong());
        long id = visit.path("id").asLong();
        assertEquals(visit, expect(server.call("GET", "/api/v1/visits/" + id, owner, null), 200));

        // overlapping the same master: 409, nothing stored
        long before = count(server, "SELECT count(*) FROM visit WHERE staff_id = ?", master);
        for (String start : List.of("2026-12-02T12:00", "2026-12-02T14:00", "2026-12-02T11:30", "2026-12-02T08:30Z",
                "2026-12-02T13:00+03:00")) {
            JsonNode p = assertProblem(server.call("POST", "/api/v1/visits", owner, Map.of("clientId", client, "staffId", master,
                    "start", start, "items", List.of(service(cut)))), 409);
            assertTrue(p.path("detail").asText().length() > 5, p.toString());
        }
        assertEquals(before, count(server, "SELECT count(*) FROM visit WHERE staff_id = ?", master));

        // half-open ranges: right after the visit is free; another master is free at the same time
        JsonNode next = book(server, owner, client, master, "2026-12-02T14:30", List.of(service(cut)));
        assertEquals(Instant.parse("2026-12-02T11:30:00Z"), Instant.parse(next.path("start").asText()));
        book(server, owner, client, otherMaster, "2026-12-02T12:00", List.of(service(cut)));
        // a start with an offset is taken as that instant
        JsonNode offset = book(server, owner, client, master, "2026-12-02T20:00+03:00", List.of(service(cut)));
        assertEquals(Instant.parse("2026-12-02T17:00:00Z"), Instant.parse(offset.path("start").asText()));
        assertEquals(Instant.parse("2026-12-02T18:00:00Z"), Instant.parse(offset.path("end").asText()));

        JsonNode list = expect(server.call("GET", "/api/v1/visits?from=2026-12-02&to=2026-12-03&staffId=" + master, owner, null), 200);
        assertEquals(List.of(id, next.path("id").asLong(), offset.path("id").asLong()), ids(list));
        JsonNode byClient = expect(server.call("GET", "/api/v1/visits?from=2026-12-02&to=2026-12-03&clientId=" + client, owner, null), 200);
        assertEquals(4, byClient.size());
        // a product alone takes no time and cannot be booked as a visit
        assertProblem(server.call("POST", "/api/v1/visits", owner, Map.of("clientId", client, "staffId", master,
                "start", "2026-12-03T12:00", "items", List.of(product(shampoo, 1)))), 400);
    }

    @Test
    void rescheduleConfirmCancelAndNoShowFollowTheLifecycle() {
        long client = createClient(server, owner, "Lifecycle Client", null);
        long master = createStaff(server, owner, "Lifecycle Master");
        long otherMaster = createStaff(server, owner, "Lifecycle Other Master");
        long cut = createService(server, owner, "Lifecycle cut", "Hair", 60, 100000);
        long a = book(server, owner, client, master, "2026-12-04T10:00", List.of(service(cut))).path("id").asLong();
        long b = book(server, owner, client, master, "2026-12-04T12:00", List.of(service(cut))).path("id").asLong();

        // reschedule onto another visit: 409 and the visit stays where it was
        JsonNode beforeMove = expect(server.call("GET", "/api/v1/visits/" + a, owner, null), 200);
        assertProblem(server.call("POST", "/api/v1/visits/" + a + "/reschedule", owner, Map.of("start", "2026-12-04T12:30")), 409);
        assertEquals(beforeMove, expect(server.call("GET", "/api/v1/visits/" + a, owner, null), 200));
        // moving by half an hour overlaps only itself, which is fine; duration is kept
        JsonNode moved = expect(server.call("POST", "/api/v1/visits/" + a + "/reschedule", owner,
                Map.of("start", "2026-12-04T10:30")), 200);
        assertEquals(Instant.parse("2026-12-04T07:30:00Z"), Instant.parse(moved.path("start").asText()));
        assertEquals(Instant.parse("2026-12-04T08:30:00Z"), Instant.parse(moved.path("end").asText()));
        JsonNode otherDay = expect(server.call("POST", "/api/v1/visits/" + a + "/reschedule", owner,
                Map.of("start", "2026-12-05T15:00", "staffId", otherMaster)), 200);
        assertEquals(Instant.parse("2026-12-05T12:00:00Z"), Instant.parse(otherDay.path("start").asText()));
        assertEquals(otherMaster, otherDay.path("staffId").asLong());
        assertEquals("booked", otherDay.path("status").asText());
        assertEquals(otherDay, expect(server.call("GET", "/api/v1/visits/" + a, owner, null), 200));

        // booked -> confirmed; confirming twice is a conflict
        assertEquals("confirmed", expect(server.call("POST", "/api/v1/visits/" + a + "/confirm", owner, null), 200)
                .path("status").asText());
        assertProblem(server.call("POST", "/api/v1/visits/" + a + "/confirm", owner, null), 409);
        // confirmed -> cancelled; a cancelled visit is final
        assertEquals("cancelled", expect(server.call("POST", "/api/v1/visits/" + a + "/cancel", owner, null), 200)
                .path("status").asText());
        for (String action : List.of("confirm", "cancel", "no-show")) {
            assertProblem(server.call("POST", "/api/v1/visits/" + a + "/" + action, owner, null), 409);
        }
        assertProblem(server.call("POST", "/api/v1/visits/" + a + "/reschedule", owner, Map.of("start", "2026-12-06T10:00")), 409);
        assertProblem(server.call("POST", "/api/v1/visits/" + a + "/checkout", owner, Map.of("payments", List.of()),
                Map.of("Idempotency-Key", "cancelled-" + a)), 409);
        assertEquals("cancelled", expect(server.call("GET", "/api/v1/visits/" + a, owner, null), 200).path("status").asText());
        // the cancelled visit's time is free again
        book(server, owner, client, otherMaster, "2026-12-05T15:00", List.of(service(cut)));

        // booked -> no-show; no way back
        assertEquals("no_show", expect(server.call("POST", "/api/v1/visits/" + b + "/no-show", owner, null), 200)
                .path("status").asText());
        for (String action : List.of("confirm", "cancel", "no-show")) {
            assertProblem(server.call("POST", "/api/v1/visits/" + b + "/" + action, owner, null), 409);
        }
        assertEquals("no_show", expect(server.call("GET", "/api/v1/visits/" + b, owner, null), 200).path("status").asText());
        assertProblem(server.call("POST", "/api/v1/visits/999999/confirm", owner, null), 404);
    }

    // ---- quote and checkout ----

    @Test
    void quoteWritesNothingAndCheckoutIsIdempotentWithDebt() {
        long client = createClient(server, owner, "Checkout Client", "+79161112233");
        long master = createStaff(server, owner, "Checkout Master");
        long cut = createService(server, owner, "Checkout cut", "Hair", 60, 200000);
        long care = createService(server, owner, "Checkout care", "Care", 30, 100000);
        long id = book(server, owner, client, master, "2026-12-03T11:00", List.of(service(cut), service(care)))
                .path("id").asLong();
        String checkout = "/api/v1/visits/" + id + "/checkout";

        var before = snapshot(server);
        JsonNode quote = expect(server.call("POST", "/api/v1/visits/" + id + "/quote", owner, Map.of()), 200);
        JsonNode bill = quote.path("bill");
        assertEquals(2, bill.path("lines").size());
        assertEquals(200000, bill.path("lines").get(0).path("amount").asLong());
        assertEquals(300000, bill.path("subtotal").asLong());
        assertEquals(1, bill.path("adjustments").size(), bill.toString());
        JsonNode discount = bill.path("adjustments").get(0);
        assertEquals("proof", discount.path("plugin").asText());
        assertEquals("discount", discount.path("kind").asText());
        assertEquals(-30000, discount.path("amount").asLong());
        assertTrue(discount.path("label").asText().contains("10%"), discount.toString());
        assertEquals(270000, bill.path("total").asLong());
        // a quote without a body is the same quote
        assertEquals(quote, expect(server.call("POST", "/api/v1/visits/" + id + "/quote", owner, null), 200));
        assertUnchanged(before, snapshot(server), "quote");
        JsonNode visit = expect(server.call("GET", "/api/v1/visits/" + id, owner, null), 200);
        assertEquals("booked", visit.path("status").asText());
        assertFalse(visit.has("bill"), visit.toString());

        // no Idempotency-Key: 400 naming it; overpayment: 400; neither writes anything
        Map<String, Object> pay = Map.of("payments", List.of(Map.of("method", "cash", "amount", 150000),
                Map.of("method", "card", "amount", 50000)));
        JsonNode noKey = assertProblem(server.call("POST", checkout, owner, pay), 400);
        assertTrue(errorFields(noKey).contains("Idempotency-Key"), noKey.toString());
        assertProblem(server.call("POST", checkout, owner, Map.of("payments", List.of(Map.of("method", "card", "amount", 270001))),
                Map.of("Idempotency-Key", "overpay-" + id)), 400);
        assertUnchanged(before, snapshot(server), "refused checkouts");

        // underpaid checkout: completed, the rest is the client's debt
        String key = "till-" + id;
        var first = server.call("POST", checkout, owner, pay, Map.of("Idempotency-Key", key));
        JsonNode done = expect(first, 201);
        assertEquals(id, done.path("visitId").asLong());
        assertEquals("completed", done.path("status").asText());
        assertEquals(300000, done.path("bill").path("subtotal").asLong());
        assertEquals(270000, done.path("bill").path("total").asLong());
        assertEquals(2, done.path("bill").path("lines").size());
        assertEquals("proof", done.path("bill").path("adjustments").get(0).path("plugin").asText());
        assertEquals(2, done.path("payments").size());
        assertEquals(200000, done.path("paid").asLong());
        assertEquals(70000, done.path("owed").asLong());
        JsonNode completed = expect(server.call("GET", "/api/v1/visits/" + id, owner, null), 200);
        assertEquals("completed", completed.path("status").asText());
        assertEquals(done, completed.path("bill"));
        JsonNode summary = expect(server.call("GET", "/api/v1/clients/" + client + "/summary", owner, null), 200);
        assertEquals(70000, summary.path("debt").asLong());
        assertEquals(200000, summary.path("totalSpent").asLong());
        assertEquals(1, summary.path("visitCount").asInt());

        // the same key and body: the same answer, no money moves twice
        var afterFirst = snapshot(server);
        var again = server.call("POST", checkout, owner, pay, Map.of("Idempotency-Key", key));
        assertTrue(again.status() == 200 || again.status() == 201, again.body());
        assertEquals(done, again.json());
        assertUnchanged(afterFirst, snapshot(server), "a repeated checkout");
        assertEquals(2, count(server, "SELECT count(*) FROM payment WHERE visit_id = ?", id));
        JsonNode export = expect(server.call("GET", "/api/v1/clients/" + client + "/export", owner, null), 200);
        assertEquals(2, export.path("payments").size(), export.toString());
        assertEquals(1, export.path("bills").size());
        assertEquals(270000, export.path("bills").get(0).path("total").asLong());
        assertEquals(summary, expect(server.call("GET", "/api/v1/clients/" + client + "/summary", owner, null), 200));

        // the same key with another body is a conflict; a new key on a completed visit too
        assertProblem(server.call("POST", checkout, owner, Map.of("payments", List.of(Map.of("method", "cash", "amount", 270000))),
                Map.of("Idempotency-Key", key)), 409);
        assertProblem(server.call("POST", checkout, owner, pay, Map.of("Idempotency-Key", key + "-new")), 409);
        assertProblem(server.call("POST", "/api/v1/visits/" + id + "/cancel", owner, null), 409);
        assertUnchanged(afterFirst, snapshot(server), "refused checkouts after completion");

        // the completed bill is a snapshot: later price changes do not touch it
        expect(server.call("PUT", "/api/v1/services/" + cut, owner, Map.of("price", 999900)), 200);
        assertEquals(done, expect(server.call("GET", "/api/v1/visits/" + id, owner, null), 200).path("bill"));
    }

    @Test
    void clientSummaryFigures() {
        long client = createClient(server, habits, "Habit Client", null);
        long irina = createStaff(server, habits, "Irina");
        long oleg = createStaff(server, habits, "Oleg");
        long cut = createService(server, habits, "Cut", "Hair", 60, 100000);
        long manicure = createService(server, habits, "Manicure", "Nails", 60, 80000);
        createService(server, habits, "Massage", "Spa", 30, 50000);

        long empty = createClient(server, habits, "New Client", null);
        JsonNode fresh = expect(server.call("GET", "/api/v1/clients/" + empty + "/summary", habits, null), 200);
        assertEquals(0, fresh.path("visitCount").asInt());
        assertEquals(0, fresh.path("totalSpent").asLong());
        assertEquals(0, fresh.path("averageBill").asLong());
        assertEquals(0, fresh.path("debt").asLong());
        assertFalse(fresh.hasNonNull("favouriteMaster"), fresh.toString());
        assertEquals("[\"Hair\",\"Nails\",\"Spa\"]", fresh.path("categoriesNeverUsed").toString());

        // Wednesday 11:00 with Irina, paid in full
        checkout(book(server, habits, client, irina, "2026-12-02T11:00", List.of(service(cut))), 100000);
        // Wednesday 11:00 with Irina, 30000 left unpaid
        checkout(book(server, habits, client, irina, "2026-12-09T11:00", List.of(service(manicure))), 50000);
        // Saturday 15:00 with Oleg, paid in full
        checkout(book(server, habits, client, oleg, "2026-12-12T15:00", List.of(service(cut))), 100000);
        // cancelled and open visits do not count
        long cancelled = book(server, habits, client, oleg, "2026-12-13T10:00", List.of(service(cut))).path("id").asLong();
        expect(server.call("POST", "/api/v1/visits/" + cancelled + "/cancel", habits, null), 200);
        book(server, habits, client, oleg, "2026-12-14T10:00", List.of(service(cut)));

        JsonNode s = expect(server.call("GET", "/api/v1/clients/" + client + "/summary", habits, null), 200);
        assertEquals(client, s.path("clientId").asLong());
        assertEquals("RUB", s.path("currency").asText());
        assertEquals(250000, s.path("totalSpent").asLong());
        assertEquals(3, s.path("visitCount").asInt());
        assertEquals(83333, s.path("averageBill").asLong());
        assertEquals(30000, s.path("debt").asLong());
        assertEquals("Irina", s.path("favouriteMaster").asText());
        assertEquals(irina, s.path("favouriteMasterId").asLong());
        assertEquals("[\"Hair\",\"Nails\"]", s.path("categoriesUsed").toString());
        assertEquals("[\"Spa\"]", s.path("categoriesNeverUsed").toString());
        assertEquals(Instant.parse("2026-12-12T12:00:00Z"), Instant.parse(s.path("lastVisit").asText()));
        // 2 Dec 11:00 to 12 Dec 15:00 is 10 days 4 hours over two gaps
        assertEquals(5, s.path("meanDaysBetweenVisits").asLong());
        assertEquals("[3,6]", s.path("preferredWeekdays").toString());
        assertEquals("[11,15]", s.path("preferredHours").toString());
        assertTrue(s.path("widgets").isArray());
    }

    private static void checkout(JsonNode visit, long pay) {
        long id = visit.path("id").asLong();
        JsonNode bill = expect(server.call("POST", "/api/v1/visits/" + id + "/checkout", habits,
                Map.of("payments", List.of(Map.of("method", "card", "amount", pay))),
                Map.of("Idempotency-Key", "summary-" + id)), 201);
        assertEquals(pay, bill.path("paid").asLong());
    }

    private static List<Long> ids(JsonNode array) {
        List<Long> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.path("id").asLong()));
        return ids;
    }
}
