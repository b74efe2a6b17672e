package app.atelier.web.loyalty.bonus;

import static app.atelier.web.testing.SalonFixture.adjustmentsOf;
import static app.atelier.web.testing.SalonFixture.ok;
import static app.atelier.web.testing.SalonFixture.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.web.testing.PluginJars;
import app.atelier.web.testing.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plugin switched off, another salon's ids, roles, program validation, the widget. */
class BonusAccessTest {
    private static final long PRICE = 1_000_000;

    @TempDir
    Path root;
    TestServer server;
    BonusSalon alpha;
    BonusSalon beta;
    long anna;

    @BeforeEach
    void start() {
        PluginJars.install(root.resolve("plugins"), "bonus");
        server = TestServer.start(root);
        alpha = BonusSalon.create(server, "alpha", List.of("bonus"), PRICE);
        beta = BonusSalon.create(server, "beta", List.of("bonus"), PRICE);
        alpha.loyaltyProgram(Map.of());
        anna = alpha.client("Anna", null);
        ok(alpha.gift(Map.of("clientId", anna, "amount", 100_000, "reason", "Welcome")), 201);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void switchedOffThereIsNoRedemptionLineNoAccrualAndNoRoute() {
        alpha.enable("bonus", false);
        int rows = count();

        long visit = alpha.book(anna, "2026-12-02T12:00");
        JsonNode quote = alpha.quote(visit, 50_000);
        assertEquals(List.of(), adjustmentsOf(quote.get("bill"), "bonus"));
        JsonNode done = ok(alpha.checkout(visit, "off", PRICE, 50_000), 201);
        assertEquals(PRICE, done.get("bill").get("total").asLong());
        problem(alpha.get("/api/v1/bonus/clients/" + anna), 404);
        assertEquals(rows, count(), "no redemption, no accrual while off");

        alpha.enable("bonus", true);
        assertEquals(100_000, alpha.balance(anna));
        assertEquals(List.of(), alpha.amounts(anna, "accrual"));
    }

    @Test
    void anotherSalonsClientsAndProgramsAreNotFound() {
        long program = ok(alpha.get("/api/v1/bonus/programs"), 200).get(0).get("id").asLong();

        problem(beta.get("/api/v1/bonus/clients/" + anna), 404);
        problem(beta.get("/api/v1/bonus/clients/" + anna + "/ledger"), 404);
        problem(beta.gift(Map.of("clientId", anna, "amount", 100, "reason", "stolen")), 404);
        assertEquals(0, ok(beta.get("/api/v1/bonus/programs"), 200).size());
        problem(beta.get("/api/v1/bonus/programs/" + program), 404);
        problem(server.call("PUT", "/api/v1/bonus/programs/" + program, beta.token(), Map.of("name", "Mine", "tiers", BonusSalon.TIERS)), 404);
        problem(server.call("DELETE", "/api/v1/bonus/programs/" + program, beta.token(), null), 404);
        assertEquals(0, ok(beta.get("/api/v1/bonus/expiring?days=365"), 200).get("clients").size());

        assertEquals(100_000, alpha.balance(anna));
        assertEquals("Loyalty", ok(alpha.get("/api/v1/bonus/programs/" + program), 200).get("name").asText());
    }

    @Test
    void mastersReadOnlyAndOnlyTheOwnerGivesPoints() {
        ok(alpha.post("/api/v1/users", Map.of("email", "admin@alpha.test", "password", "admin-secret-1", "role", "admin")), 201);
        ok(alpha.post("/api/v1/users", Map.of("email", "master@alpha.test", "password", "master-secret-1", "role", "master",
                "staffId", alpha.staffId)), 201);
        String admin = server.login("admin@alpha.test", "admin-secret-1");
        String master = server.login("master@alpha.test", "master-secret-1");
        Map<String, Object> program = Map.of("name", "Promo", "kind", "promo", "startsOn", "2026-12-20", "endsOn", "2026-12-31",
                "tiers", List.of(Map.of("minSpent", 0, "accrualBasisPoints", 1000)));

        assertEquals(200, server.call("GET", "/api/v1/bonus/clients/" + anna, master, null).status());
        problem(server.call("POST", "/api/v1/bonus/programs", master, program), 403);
        problem(server.call("POST", "/api/v1/bonus/gifts", admin, Map.of("clientId", anna, "amount", 1, "reason", "x")), 403);
        JsonNode created = ok(server.call("POST", "/api/v1/bonus/programs", admin, program), 201);
        assertEquals("promo", created.get("kind").asText());
        assertEquals("Level 1", created.get("tiers").get(0).get("name").asText());
        assertEquals(204, server.call("DELETE", "/api/v1/bonus/programs/" + created.get("id").asLong(), admin, null).status());
        assertEquals(1, ok(alpha.get("/api/v1/bonus/programs"), 200).size());
    }

    @Test
    void badProgramsAreRefusedWithEveryProblemNamed() {
        Map<String, Object> bad = new HashMap<>();
        bad.put("kind", "promo");
        bad.put("startsOn", "2026-12-31");
        bad.put("endsOn", "2026-12-01");
        bad.put("tiers", List.of(Map.of("minSpent", -1, "accrualBasisPoints", 20_000), Map.of("minSpent", 0.5)));
        bad.put("earning", Map.of("services", List.of(987_654), "products", List.of(555)));
        TestServer.Reply refused = alpha.post("/api/v1/bonus/programs", bad);
        String detail = problem(refused, 400);
        List<String> fields = new java.util.ArrayList<>();
        refused.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        for (String field : List.of("name", "endsOn", "tiers[0].minSpent", "tiers[0].accrualBasisPoints", "tiers[1].minSpent",
                "tiers[1].accrualBasisPoints", "earning.services", "earning.products")) {
            assertTrue(detail.contains(field + ":"), field + " in " + detail);
            assertTrue(fields.contains(field), field + " among the field errors " + fields);
        }
        problem(alpha.post("/api/v1/bonus/programs", "{\"name\": "), 400);
        assertEquals(1, ok(alpha.get("/api/v1/bonus/programs"), 200).size(), "nothing written");

        long id = ok(alpha.get("/api/v1/bonus/programs"), 200).get(0).get("id").asLong();
        JsonNode changed = ok(server.call("PUT", "/api/v1/bonus/programs/" + id, alpha.token(), Map.of("name", "Loyalty+",
                "tiers", List.of(Map.of("name", "Flat", "minSpent", 0, "accrualBasisPoints", 1000)), "minBill", 500_000,
                "lifetimeDays", 90, "earning", Map.of("services", List.of(alpha.serviceId)))), 200);
        assertEquals("Flat", changed.get("tiers").get(0).get("name").asText());
        assertEquals(alpha.serviceId, changed.get("earning").get("services").get(0).asLong());
        problem(server.call("PUT", "/api/v1/bonus/programs/abc", alpha.token(), Map.of("name", "x")), 404);
    }

    @Test
    void theClientCardShowsTheBonusWidget() {
        JsonNode summary = ok(alpha.get("/api/v1/clients/" + anna + "/summary"), 200);
        JsonNode widget = null;
        for (JsonNode w : summary.get("widgets")) {
            if ("bonus".equals(w.path("plugin").asText())) {
                widget = w;
            }
        }
        assertTrue(widget != null, summary.toString());
        assertEquals(100_000, widget.get("data").get("balance").asLong());
        assertEquals("Base", widget.get("data").get("tier").asText());
        assertEquals(3_000_000, widget.get("data").get("toNextTier").asLong());
        assertEquals("Бонусы", widget.get("title").asText(), "the salon speaks Russian");
        assertEquals("Баланс", widget.get("lines").get(0).get("label").asText(), "lines for people: " + widget);
        assertEquals("1 000 ₽", widget.get("lines").get(0).get("value").asText().replace(' ', ' ').replace(' ', ' ')
                .replace(",00", ""), "the balance as money, not kopecks");
    }

    @Test
    void aRefundReturnsTheRedeemedPointsAndTakesBackTheAccrual() {
        long visit = alpha.visit(anna, "2026-12-02T12:00", 100_000).get("visitId").asLong();
        assertEquals(List.of(27_000L), alpha.amounts(anna, "accrual"), "3% of the 9 000.00 paid");
        assertEquals(27_000, alpha.balance(anna));

        ok(alpha.post("/api/v1/visits/" + visit + "/refund", Map.of("reason", "Allergic reaction")), 201);

        assertEquals(100_000, alpha.balance(anna), "the 1 000.00 redeemed are back, the 270.00 earned are gone");
        assertEquals(List.of(100_000L, -27_000L), alpha.amounts(anna, "reversal"));
        assertEquals(0, alpha.summary(anna).get("spent").asLong(), "a refunded visit counts for no tier");
    }

    private int count() {
        return alpha.ledgerRows();
    }
}
