package app.atelier.web.loyalty.bonus;

import static app.atelier.web.testing.SalonFixture.adjustmentsOf;
import static app.atelier.web.testing.SalonFixture.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.web.testing.PluginJars;
import app.atelier.web.testing.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cashback tiers over HTTP with the real bonus jar: the tier is chosen by money paid before the
 * visit, and points accrue on money, never on the part paid with points or left as debt.
 */
class BonusTierStoryTest {
    private static final long PRICE = 2_000_000; // 20 000.00

    @TempDir
    Path root;
    TestServer server;
    BonusSalon salon;

    @BeforeEach
    void start() {
        PluginJars.install(root.resolve("plugins"), "bonus");
        server = TestServer.start(root);
        salon = BonusSalon.create(server, "tiers", List.of("bonus"), PRICE);
        salon.loyaltyProgram(Map.of());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aClientReachesTheSecondTierOnTheVisitThatCrossesTheThresholdAndEarnsTheHigherPercentFromTheNextVisitOn() {
        long anna = salon.client("Anna", null);

        salon.visit(anna, "2026-12-02T12:00", 0);
        JsonNode afterFirst = salon.summary(anna);
        assertEquals("Base", afterFirst.get("tier").get("name").asText());
        assertEquals(1_000_000, afterFirst.get("nextTier").get("remaining").asLong(), "10 000.00 left to Silver");

        salon.visit(anna, "2026-12-03T12:00", 0);
        JsonNode afterSecond = salon.summary(anna);
        assertEquals(4_000_000, afterSecond.get("spent").asLong());
        assertEquals("Silver", afterSecond.get("tier").get("name").asText(), "the crossing visit reaches Silver");
        assertEquals(500, afterSecond.get("tier").get("accrualBasisPoints").asLong());
        assertEquals("Gold", afterSecond.get("nextTier").get("name").asText());
        assertEquals(6_000_000, afterSecond.get("nextTier").get("remaining").asLong());

        long third = salon.book(anna, "2026-12-04T12:00");
        JsonNode quote = salon.quote(third, 0);
        assertTrue(quote.get("notes").toString().contains("(5%)"), "the quote previews the new rate: " + quote.get("notes"));
        ok(salon.checkout(third, "third", PRICE, 0), 201);

        assertEquals(List.of(60_000L, 60_000L, 100_000L), salon.amounts(anna, "accrual"),
                "3% on the first two visits (the crossing one included), 5% from the next one on");
        assertEquals(220_000, salon.balance(anna));
    }

    @Test
    void accrualExcludesThePartPaidWithPointsAndTheDebt() {
        long boris = salon.client("Boris", null);
        ok(salon.gift(Map.of("clientId", boris, "amount", 300_000, "reason", "Welcome")), 201);

        JsonNode bill = salon.visit(boris, "2026-12-02T12:00", 300_000).get("bill");

        assertEquals(-300_000, adjustmentsOf(bill, "bonus").get(0).get("amount").asLong());
        assertEquals(1_700_000, bill.get("total").asLong());
        assertEquals(List.of(51_000L), salon.amounts(boris, "accrual"), "3% of the 17 000.00 paid in money, not of 20 000.00");
        assertEquals(51_000, salon.balance(boris));

        long inDebt = salon.book(boris, "2026-12-03T12:00");
        ok(salon.checkout(inDebt, "half-paid", PRICE / 2, 0), 201);
        assertEquals(List.of(51_000L, 30_000L), salon.amounts(boris, "accrual"), "3% of the 10 000.00 paid, not of the debt");
    }
}
