package app.atelier.web.api;

import static app.atelier.web.api.ApiTestSupport.book;
import static app.atelier.web.api.ApiTestSupport.createService;
import static app.atelier.web.api.ApiTestSupport.createStaff;
import static app.atelier.web.api.ApiTestSupport.errorFields;
import static app.atelier.web.api.ApiTestSupport.expect;
import static app.atelier.web.api.ApiTestSupport.assertProblem;
import static app.atelier.web.api.ApiTestSupport.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.web.admin.PanelClient;
import app.atelier.web.testing.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Narrowing the client list by tag, source, money spent and last visit, over the API and in the
 * panel. The salon is in Auckland (UTC+13 in November), so a visit on a salon-local day starts on
 * the UTC day before: the last-visit dates must be the salon's.
 */
class ClientFilterTest {
    @TempDir
    static Path root;
    static TestServer server;
    static String owner;

    @BeforeAll
    static void history() {
        server = TestServer.start(root);
        String op = server.operatorToken();
        expect(server.call("POST", "/api/v1/platform/tariffs", op, Map.of("name", "plain", "plugins", List.of())), 201);
        expect(server.call("POST", "/api/v1/platform/salons", op, Map.of("slug", "akl", "name", "Auckland Hair",
                "timezone", "Pacific/Auckland", "currency", "NZD", "country", "NZ", "locale", "en-NZ", "tariff", "plain",
                "owner", Map.of("email", "owner@akl.test", "password", "owner-secret-1"))), 201);
        owner = server.login("owner@akl.test", "owner-secret-1");
        long master = createStaff(server, owner, "Mere");
        long cut = createService(server, owner, "Cut", "Hair", 60, 100_00);
        long colour = createService(server, owner, "Colour", "Hair", 60, 300_00);

        long anna = client("Anna", "instagram", List.of("vip"));
        long boris = client("Boris", "walk-in", List.of());
        client("Vera", "instagram", List.of("vip"));          // never visited
        long gleb = client("Gleb", "walk-in", List.of("regular"));

        paid(book(server, owner, anna, master, "2026-11-10T10:00", List.of(service(colour))), 300_00);
        paid(book(server, owner, boris, master, "2026-10-01T10:00", List.of(service(cut))), 100_00);
        // 09:00 on 16 November in Auckland is 20:00 UTC on the 15th
        paid(book(server, owner, boris, master, "2026-11-16T09:00", List.of(service(cut))), 100_00);
        long refunded = paid(book(server, owner, gleb, master, "2026-11-12T10:00", List.of(service(colour))), 300_00);
        expect(server.call("POST", "/api/v1/visits/" + refunded + "/refund", owner, Map.of("reason", "unhappy")), 201);
        // a booked (not completed) visit counts for neither spend nor last visit
        book(server, owner, gleb, master, "2026-11-20T10:00", List.of(service(cut)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void tagAndSourceNarrowTheList() {
        assertEquals(List.of("Anna", "Vera"), names("tag=vip"));
        assertEquals(List.of("Boris", "Gleb"), names("source=walk-in"));
        assertEquals(List.of("Vera"), names("tag=vip&q=ver"));
        assertEquals(List.of(), names("tag=nobody"));
    }

    @Test
    void spendCountsCompletedVisitsThatWereNotRefunded() {
        assertEquals(List.of("Anna", "Boris"), names("minSpent=10000"));
        assertEquals(List.of("Boris", "Gleb", "Vera"), names("maxSpent=20000"), "Gleb's refunded visit is not spend");
        assertEquals(List.of("Boris"), names("minSpent=20000&maxSpent=20000"));
    }

    @Test
    void lastVisitIsTheSalonLocalDateOfTheLastCompletedVisit() {
        assertEquals(List.of("Anna", "Gleb"), names("lastVisitTo=2026-11-15"),
                "Boris's last visit is on the 16th in Auckland although it starts on the 15th in UTC; Gleb's booked visit does not count");
        assertEquals(List.of("Boris"), names("lastVisitFrom=2026-11-16"));
        assertEquals(List.of("Anna", "Boris", "Gleb"), names("lastVisitFrom=2026-11-01"), "Vera never visited");
    }

    @Test
    void badFiltersAreFieldErrors() {
        assertEquals(List.of("lastVisitFrom"), badFilter("lastVisitFrom=16.11.2026"));
        assertEquals(List.of("minSpent"), badFilter("minSpent=lots"));
        assertEquals(List.of("maxSpent"), badFilter("minSpent=500&maxSpent=100"));
        assertEquals(List.of("lastVisitTo"), badFilter("lastVisitFrom=2026-11-10&lastVisitTo=2026-11-01"));
    }

    @Test
    void thePanelFiltersWithMoneyInDollarsAndShowsBadFieldsNextToThem() {
        PanelClient panel = PanelClient.session(server, "owner@akl.test", "owner-secret-1");
        PanelClient.Page vip = panel.get("/admin/clients?tag=vip&minSpent=100");
        assertEquals(200, vip.status(), vip.body());
        assertTrue(vip.body().contains(">Anna<") && !vip.body().contains(">Vera<") && !vip.body().contains(">Boris<"), vip.body());
        assertTrue(vip.body().contains("<option value=\"regular\""), "the tags in use are the choices");

        PanelClient.Page bad = panel.get("/admin/clients?minSpent=abc&lastVisitFrom=2026-11-10&lastVisitTo=2026-11-01");
        assertEquals(422, bad.status());
        assertTrue(bad.body().contains("id=\"f-minSpent-error\""), bad.body());
        assertTrue(bad.body().contains("value=\"abc\""), "what was typed stays in the field");

        PanelClient.Page order = panel.get("/admin/clients?minSpent=200&maxSpent=100");
        assertEquals(422, order.status());
        assertTrue(order.body().contains("id=\"f-maxSpent-error\""), "the core's check lands next to its field: " + order.body());
    }

    private static List<String> badFilter(String query) {
        return errorFields(assertProblem(server.call("GET", "/api/v1/clients?" + query, owner, null), 400));
    }

    private static long client(String name, String source, List<String> tags) {
        return expect(server.call("POST", "/api/v1/clients", owner, Map.of("name", name, "source", source, "tags", tags)), 201)
                .get("id").asLong();
    }

    private static long paid(JsonNode visit, long amount) {
        long id = visit.get("id").asLong();
        expect(server.call("POST", "/api/v1/visits/" + id + "/checkout", owner, Map.of("payments",
                List.of(Map.of("method", "card", "amount", amount))), Map.of("Idempotency-Key", "pay-" + id)), 201);
        return id;
    }

    private static List<String> names(String query) {
        JsonNode page = expect(server.call("GET", "/api/v1/clients?" + query, owner, null), 200);
        List<String> names = new ArrayList<>();
        page.path("clients").forEach(c -> names.add(c.path("name").asText()));
        assertEquals(names.size(), page.path("total").asInt(), "total counts the same matches");
        return names;
    }
}
