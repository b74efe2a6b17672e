package app.atelier.web.loyalty.bonus;

import static app.atelier.web.testing.SalonFixture.ok;
import static app.atelier.web.testing.SalonFixture.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.web.testing.PluginJars;
import app.atelier.web.testing.TestServer;
import app.atelier.web.testing.TestServer.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gifts: birthday points by the scheduled task, once a year; the owner's gifts to a client or a segment. */
class BonusGiftsTest {
    private static final long PRICE = 1_000_000;

    @TempDir
    Path root;
    TestServer server;
    BonusSalon salon;

    @BeforeEach
    void start() {
        PluginJars.install(root.resolve("plugins"), "bonus");
        server = TestServer.start(root);  // 2026-12-01 09:00 in Moscow
        salon = BonusSalon.create(server, "gifts", List.of("bonus"), PRICE);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void birthdayPointsArriveDaysBeforeTheBirthdayOncePerYear() {
        salon.settings("bonus", Map.of("birthdayGiftAmount", 50_000, "birthdayDaysBefore", 7));
        long vera = salon.client(Map.of("name", "Vera", "birthday", "1990-12-05", "tags", List.of()));
        long gleb = salon.client(Map.of("name", "Gleb", "birthday", "1988-12-20", "tags", List.of()));
        long dina = salon.client("Dina", null);
        server.core().events().dispatchDue(100);  // the plugin learns of its clients from client.created

        server.core().tasks().runDue();
        assertEquals(List.of(50_000L), salon.amounts(vera, "gift"), "Vera's birthday is in 4 days");
        assertEquals(List.of(), salon.amounts(gleb, "gift"), "Gleb's is 19 days away");
        assertEquals(List.of(), salon.amounts(dina, "gift"));

        server.clock.advance(Duration.ofHours(6));
        server.core().tasks().runDue();
        assertEquals(List.of(50_000L), salon.amounts(vera, "gift"), "once per birthday");

        server.clock.advance(Duration.ofDays(12));  // 13 December: Gleb's window opens
        server.core().tasks().runDue();
        assertEquals(List.of(50_000L), salon.amounts(gleb, "gift"));
        assertEquals(List.of(50_000L), salon.amounts(vera, "gift"));
        JsonNode entry = salon.ledger(gleb).get(0);
        assertTrue(entry.get("expiresAt").asText().startsWith("2027-01-12"), "30 days' lifetime by default: " + entry);

        server.clock.advance(Duration.ofDays(353));  // 1 December 2027
        server.core().tasks().runDue();
        salon.relogin();
        assertEquals(List.of(50_000L, 50_000L), salon.amounts(vera, "gift"), "again the next year");
        assertEquals(List.of(50_000L), salon.amounts(gleb, "gift"));
    }

    @Test
    void theOwnerGivesPointsToATagASpendRangeOrSleepingClients() {
        long vip1 = salon.client(Map.of("name", "Vip One", "tags", List.of("vip")));
        long vip2 = salon.client(Map.of("name", "Vip Two", "tags", List.of("VIP", "regular")));
        long spender = salon.client("Spender", null);
        long sleeper = salon.client("Sleeper", null);
        server.core().events().dispatchDue(100);
        salon.visit(spender, "2026-12-01T12:00", 0);
        long august = salon.book(sleeper, "2026-08-01T12:00");  // checked out now, but the visit was in August
        ok(salon.checkout(august, "august", PRICE / 2, 0), 201);  // and half of it is still owed

        Reply tagged = salon.gift(Map.of("segment", Map.of("tag", "vip"), "amount", 20_000, "reason", "New Year",
                "expiresAt", "2027-01-10"));
        JsonNode granted = ok(tagged, 201);
        assertEquals(2, granted.get("clients").asInt());
        assertEquals(40_000, granted.get("total").asLong());
        assertEquals(20_000, salon.balance(vip1));
        assertEquals(20_000, salon.balance(vip2));
        assertEquals(0, salon.balance(spender));
        JsonNode lot = salon.ledger(vip1).get(0);
        assertEquals("gift", lot.get("kind").asText());
        assertEquals("New Year", lot.get("reason").asText());
        assertEquals("2027-01-10T21:00:00Z", lot.get("expiresAt").asText(), "through 10 January in Moscow");

        JsonNode spenders = ok(salon.gift(Map.of("segment", Map.of("minSpent", 800_000, "maxSpent", 5_000_000), "amount", 7_000,
                "reason", "Thanks")), 201);
        assertEquals(1, spenders.get("clients").asInt(), "the sleeper paid 5 000.00 only");
        assertEquals(7_000, salon.balance(spender));
        assertEquals(0, salon.balance(sleeper));

        JsonNode sleeping = ok(salon.gift(Map.of("segment", Map.of("sleepingDays", 90), "amount", 5_000, "reason", "We miss you")), 201);
        assertEquals(1, sleeping.get("clients").asInt());
        assertTrue(salon.amounts(sleeper, "gift").contains(5_000L));
        assertTrue(!salon.amounts(spender, "gift").contains(5_000L), "the spender was here today");
    }

    @Test
    void aGiftIsIdempotentPerKeyAndBadInputWritesNothing() {
        long anna = salon.client("Anna", null);
        Map<String, Object> body = Map.of("clientId", anna, "amount", 10_000, "reason", "Sorry for the wait");

        JsonNode first = ok(server.call("POST", "/api/v1/bonus/gifts", salon.token(), body, Map.of("Idempotency-Key", "g-1")), 201);
        JsonNode again = ok(server.call("POST", "/api/v1/bonus/gifts", salon.token(), body, Map.of("Idempotency-Key", "g-1")), 200);
        assertEquals(first.get("giftId").asLong(), again.get("giftId").asLong());
        assertTrue(again.get("replayed").asBoolean());
        assertEquals(10_000, salon.balance(anna));

        int rows = salon.ledgerRows();
        Map<String, Object> both = new HashMap<>(body);
        both.put("segment", Map.of("tag", "vip"));
        assertTrue(problem(salon.gift(both), 400).contains("either clientId or segment"));
        assertTrue(problem(salon.gift(Map.of("clientId", anna, "amount", 10.5, "reason", "x")), 400).contains("amount"));
        assertTrue(problem(salon.gift(Map.of("clientId", anna, "amount", 100, "reason", "x", "expiresAt", "2026-11-30")), 400)
                .contains("future"));
        assertTrue(problem(salon.gift(Map.of("segment", Map.of(), "amount", 100, "reason", "x")), 400).contains("at least one"));
        problem(salon.gift(Map.of("clientId", 999_999, "amount", 100, "reason", "x")), 404);
        problem(salon.gift(Map.of("clientId", anna, "amount", 100)), 400);
        problem(salon.post("/api/v1/bonus/gifts", "[1, 2]"), 400);
        assertEquals(rows, salon.ledgerRows(), "nothing written on bad input");
    }
}
