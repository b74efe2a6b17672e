package app.atelier.web.api;

import static app.atelier.web.api.ApiTestSupport.assertProblem;
import static app.atelier.web.api.ApiTestSupport.assertUnchanged;
import static app.atelier.web.api.ApiTestSupport.book;
import static app.atelier.web.api.ApiTestSupport.createClient;
import static app.atelier.web.api.ApiTestSupport.createProduct;
import static app.atelier.web.api.ApiTestSupport.createService;
import static app.atelier.web.api.ApiTestSupport.createStaff;
import static app.atelier.web.api.ApiTestSupport.expect;
import static app.atelier.web.api.ApiTestSupport.product;
import static app.atelier.web.api.ApiTestSupport.service;
import static app.atelier.web.api.ApiTestSupport.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.web.testing.TestServer;
import app.atelier.web.testing.TestServer.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tenant isolation endpoint by endpoint: salon B's credentials (its owner's token and its API key)
 * on salon A's ids answer 404, exactly as a missing id, and change nothing anywhere in the database.
 * Every endpoint is also called with B's own ids to prove the path is right (anything but 404).
 */
class TenantIsolationTest {
    @TempDir
    static Path root;
    static TestServer server;
    static Salon a;
    static Salon b;
    static final AtomicInteger KEYS = new AtomicInteger();

    /** One salon's credentials and one row of each kind. */
    record Salon(String owner, String apiKey, long client, long staff, long service, long product, long visit, long apiKeyId) {
        Map<String, Long> ids() {
            Map<String, Long> ids = new LinkedHashMap<>();
            ids.put("client", client);
            ids.put("staff", staff);
            ids.put("service", service);
            ids.put("product", product);
            ids.put("visit", visit);
            ids.put("apiKey", apiKeyId);
            return ids;
        }
    }

    /** A salon-scoped route with an id; {@code ownerOnly} routes refuse an API key (an admin) with 403 first. */
    record Endpoint(String method, String template, Object body, boolean ownerOnly) {
        String path(Salon s) {
            String path = template;
            for (Map.Entry<String, Long> e : s.ids().entrySet()) {
                path = path.replace("{" + e.getKey() + "}", String.valueOf(e.getValue()));
            }
            return path;
        }

        Reply call(Salon target, String token) {
            Map<String, String> headers = template.endsWith("/checkout")
                    ? Map.of("Idempotency-Key", "isolation-" + KEYS.incrementAndGet()) : Map.of();
            return server.call(method, path(target), token, body, headers);
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "/api/v1/clients/{client}", null, false),
            new Endpoint("PATCH", "/api/v1/clients/{client}", Map.of("name", "Mallory", "notes", "changed by B"), false),
            new Endpoint("GET", "/api/v1/clients/{client}/export", null, false),
            new Endpoint("GET", "/api/v1/clients/{client}/summary", null, false),
            new Endpoint("GET", "/api/v1/clients/{client}/messages", null, false),
            new Endpoint("GET", "/api/v1/staff/{staff}", null, false),
            new Endpoint("PUT", "/api/v1/staff/{staff}", Map.of("name", "Mallory", "active", false), true),
            new Endpoint("GET", "/api/v1/services/{service}", null, false),
            new Endpoint("PUT", "/api/v1/services/{service}", Map.of("price", 1, "name", "Mallory"), true),
            new Endpoint("GET", "/api/v1/products/{product}", null, false),
            new Endpoint("PUT", "/api/v1/products/{product}", Map.of("price", 1, "name", "Mallory"), true),
            new Endpoint("GET", "/api/v1/visits/{visit}", null, false),
            new Endpoint("POST", "/api/v1/visits/{visit}/quote", Map.of(), false),
            new Endpoint("POST", "/api/v1/visits/{visit}/reschedule", Map.of("start", "2026-12-20T10:00"), false),
            new Endpoint("PUT", "/api/v1/visits/{visit}/items", Map.of("items", List.of(Map.of("productId", 1, "quantity", 1))), false),
            new Endpoint("POST", "/api/v1/visits/{visit}/confirm", null, false),
            new Endpoint("POST", "/api/v1/visits/{visit}/checkout",
                    Map.of("payments", List.of(Map.of("method", "cash", "amount", 100))), false),
            new Endpoint("POST", "/api/v1/visits/{visit}/no-show", null, false),
            new Endpoint("POST", "/api/v1/visits/{visit}/cancel", null, false),
            new Endpoint("DELETE", "/api/v1/clients/{client}", null, false),
            new Endpoint("DELETE", "/api/v1/staff/{staff}", null, true),
            new Endpoint("DELETE", "/api/v1/services/{service}", null, true),
            new Endpoint("DELETE", "/api/v1/products/{product}", null, true),
            new Endpoint("DELETE", "/api/v1/api-keys/{apiKey}", null, true));

    @BeforeAll
    static void start() {
        server = TestServer.start(root);
        a = salon("salon-a", "Alice Client", "2026-12-10T12:00");
        b = salon("salon-b", "Bob Client", "2026-12-10T12:00");
    }

    private static Salon salon(String slug, String clientName, String start) {
        String owner = server.salonWithOwner(slug, "tariff-" + slug, List.of());
        long client = createClient(server, owner, clientName, null);
        long staff = createStaff(server, owner, "Master of " + slug);
        long service = createService(server, owner, "Cut at " + slug, "Hair", 60, 100000);
        long product = createProduct(server, owner, "Oil at " + slug, 20000);
        long visit = book(server, owner, client, staff, start, List.of(service(service), product(product, 1))).path("id").asLong();
        JsonNode key = expect(server.call("POST", "/api/v1/api-keys", owner, Map.of("name", "key of " + slug)), 201);
        return new Salon(owner, key.path("secret").asText(), client, staff, service, product, visit, key.path("id").asLong());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A's rows as A sees them. */
    private static Map<String, JsonNode> readA() {
        Map<String, JsonNode> rows = new LinkedHashMap<>();
        for (String path : List.of("/api/v1/clients/" + a.client, "/api/v1/clients/" + a.client + "/summary",
                "/api/v1/staff/" + a.staff, "/api/v1/services/" + a.service, "/api/v1/products/" + a.product,
                "/api/v1/visits/" + a.visit, "/api/v1/api-keys")) {
            rows.put(path, expect(server.call("GET", path, a.owner, null), 200));
        }
        return rows;
    }

    @Test
    void anotherSalonsIdsAnswer404OnEveryEndpointAndChangeNothing() {
        assertNotEquals(a.client, b.client);
        Map<String, JsonNode> aBefore = readA();
        List<String> failures = new ArrayList<>();
        for (Endpoint e : ENDPOINTS) {
            for (String caller : List.of("owner token", "API key")) {
                String token = caller.equals("owner token") ? b.owner : b.apiKey;
                var before = snapshot(server);
                Reply r = e.call(a, token);
                int expected = caller.equals("API key") && e.ownerOnly() ? 403 : 404;
                if (r.status() != expected) {
                    failures.add(e + " with B's " + caller + " on A's id: " + r.status() + " " + r.body());
                    continue;
                }
                assertProblem(r, expected);
                assertUnchanged(before, snapshot(server), e + " with B's " + caller + " on A's id");
            }
        }
        assertEquals(List.of(), failures);
        // A sees its rows exactly as before, and A's API key still works
        assertEquals(aBefore, readA());
        expect(server.call("GET", "/api/v1/auth/me", a.apiKey, null), 200);
        assertEquals("booked", readA().get("/api/v1/visits/" + a.visit).path("status").asText());

        // the same requests on a salon's own ids reach real rows, so the paths above are right; a
        // third salon takes these changes so that B's rows stay as the other tests expect them
        server.clock.advance(Duration.ofMinutes(2)); // a fresh sign-in rate-limit window
        Salon c = salon("salon-c", "Carol Client", "2026-12-10T12:00");
        for (Endpoint e : ENDPOINTS) {
            Reply r = e.call(c, c.owner);
            assertNotEquals(404, r.status(), () -> e + " with the salon's own id: " + r.body());
            assertTrue(r.status() < 500, () -> e + " with the salon's own id: " + r.body());
        }
        assertEquals(aBefore, readA());
    }

    @Test
    void listsAndFiltersNeverShowAnotherSalonsRows() {
        String[] lists = {"/api/v1/clients", "/api/v1/staff?all=true", "/api/v1/services?all=true",
                "/api/v1/products?all=true", "/api/v1/visits?from=2026-12-01&to=2027-01-01"};
        String[] kinds = {"client", "staff", "service", "product", "visit"};
        for (int i = 0; i < lists.length; i++) {
            JsonNode body = expect(server.call("GET", lists[i], b.owner, null), 200);
            JsonNode rows = body.has("clients") ? body.path("clients") : body;
            List<Long> ids = new ArrayList<>();
            rows.forEach(n -> ids.add(n.path("id").asLong()));
            long aId = a.ids().get(kinds[i]);
            long bId = b.ids().get(kinds[i]);
            assertFalse(ids.contains(aId), lists[i] + " shows A's " + kinds[i] + ": " + body);
            // A's and B's ids differ for every kind here, so the check above can fail
            assertNotEquals(aId, bId);
            assertTrue(ids.contains(bId), lists[i] + " misses B's own " + kinds[i] + ": " + body);
        }
        // searching B's clients for A's client's name finds nothing; B's own name is found
        assertEquals(0, expect(server.call("GET", "/api/v1/clients?q=Alice", b.owner, null), 200).path("total").asInt());
        assertEquals(1, expect(server.call("GET", "/api/v1/clients?q=Bob", b.owner, null), 200).path("total").asInt());
        // filtering B's visits by A's master or client gives nothing
        assertEquals(0, expect(server.call("GET", "/api/v1/visits?from=2026-12-01&to=2027-01-01&staffId=" + a.staff,
                b.owner, null), 200).size());
        assertEquals(0, expect(server.call("GET", "/api/v1/visits?from=2026-12-01&to=2027-01-01&clientId=" + a.client,
                b.owner, null), 200).size());
        // B's API keys list has only B's key
        JsonNode keys = expect(server.call("GET", "/api/v1/api-keys", b.owner, null), 200);
        List<Long> keyIds = new ArrayList<>();
        keys.forEach(k -> keyIds.add(k.path("id").asLong()));
        assertFalse(keyIds.contains(a.apiKeyId), keys.toString());
        assertTrue(keyIds.contains(b.apiKeyId), keys.toString());
        // B's API key sees the same as B's owner
        assertEquals(expect(server.call("GET", "/api/v1/staff?all=true", b.owner, null), 200),
                expect(server.call("GET", "/api/v1/staff?all=true", b.apiKey, null), 200));
    }

    @Test
    void anotherSalonsIdsInsideARequestBodyAreRefused() {
        var before = snapshot(server);
        List<Map<String, Object>> bodies = List.of(
                Map.of("clientId", a.client, "staffId", b.staff, "start", "2026-12-22T10:00", "items", List.of(service(b.service))),
                Map.of("clientId", b.client, "staffId", a.staff, "start", "2026-12-22T10:00", "items", List.of(service(b.service))),
                Map.of("clientId", b.client, "staffId", b.staff, "start", "2026-12-22T10:00", "items", List.of(service(a.service))),
                Map.of("clientId", b.client, "staffId", b.staff, "start", "2026-12-22T10:00",
                        "items", List.of(service(b.service), product(a.product, 1))));
        for (Map<String, Object> body : bodies) {
            Reply r = server.call("POST", "/api/v1/visits", b.owner, body);
            assertTrue(r.status() == 400 || r.status() == 404, () -> body + " -> " + r.status() + " " + r.body());
            assertProblem(r, r.status());
        }
        // moving B's visit onto A's master
        Reply moved = server.call("POST", "/api/v1/visits/" + b.visit + "/reschedule", b.owner,
                Map.of("start", "2026-12-23T10:00", "staffId", a.staff));
        assertTrue(moved.status() == 400 || moved.status() == 404, moved.body());
        assertProblem(moved, moved.status());
        assertUnchanged(before, snapshot(server), "bodies naming another salon's rows");
    }

    @Test
    void theOperatorHasNoSalonAndIsRefusedSalonRoutes() {
        String operator = server.operatorToken();
        var before = snapshot(server);
        for (String[] call : new String[][] {
                {"GET", "/api/v1/clients"}, {"GET", "/api/v1/clients/" + a.client}, {"GET", "/api/v1/staff"},
                {"GET", "/api/v1/services"}, {"GET", "/api/v1/products"}, {"GET", "/api/v1/visits"},
                {"GET", "/api/v1/visits/" + a.visit}, {"GET", "/api/v1/api-keys"}, {"GET", "/api/v1/plugins"},
                {"POST", "/api/v1/visits/" + a.visit + "/cancel"}, {"DELETE", "/api/v1/clients/" + a.client}}) {
            assertProblem(server.call(call[0], call[1], operator, null), 403);
        }
        assertProblem(server.call("POST", "/api/v1/clients", operator, Map.of("name", "Operator's Client")), 403);
        assertProblem(server.call("POST", "/api/v1/api-keys", operator, Map.of("name", "operator key")), 403);
        assertUnchanged(before, snapshot(server), "the operator on salon routes");
        // and salon users are refused the platform routes
        assertProblem(server.call("GET", "/api/v1/platform/salons", a.owner, null), 403);
        assertProblem(server.call("POST", "/api/v1/platform/tariffs", a.apiKey, Map.of("name", "free-for-all",
                "plugins", List.of())), 403);
        assertUnchanged(before, snapshot(server), "salon users on platform routes");
    }
}
