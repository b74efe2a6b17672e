package app.atelier.web.loyalty.bonus;

import static app.atelier.web.testing.SalonFixture.adjustmentsOf;
import static app.atelier.web.testing.SalonFixture.ok;
import static app.atelier.web.testing.SalonFixture.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.web.testing.PluginJars;
import app.atelier.web.testing.TestServer;
import app.atelier.web.testing.TestServer.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paying with points at the till: capped by the salon's share (30 % by default) and by the
 * balance, and debited only when the checkout commits.
 */
class BonusRedemptionTest {
    private static final long PRICE = 2_000_000; // 20 000.00

    @TempDir
    Path root;
    TestServer server;
    BonusSalon salon;
    long anna;

    @BeforeEach
    void start() {
        PluginJars.install(root.resolve("plugins"), "bonus");
        PluginJars.installProofAs(root.resolve("plugins"), "zproof");
        server = TestServer.start(root);
        salon = BonusSalon.create(server, "till", List.of("bonus", "zproof"), PRICE);
        // the proof plugin's own 10% discount is off: the bill is the service's price
        ok(server.call("PUT", "/api/v1/plugins/zproof/settings", salon.token(), Map.of("discountBasisPoints", 0)), 200);
        anna = salon.client("Anna", null);
        ok(salon.gift(Map.of("clientId", anna, "amount", 1_000_000, "reason", "Opening day")), 201);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void redemptionIsCappedAtThirtyPercentOfTheBillAndByTheBalanceAndCommittedWithTheCheckout() {
        long visit = salon.book(anna, "2026-12-02T12:00");

        JsonNode capped = salon.quote(visit, 900_000);
        assertEquals(-600_000, adjustmentsOf(capped.get("bill"), "bonus").get(0).get("amount").asLong(), "30% of 20 000.00");
        assertEquals("bonus_redemption", adjustmentsOf(capped.get("bill"), "bonus").get(0).get("kind").asText());
        assertTrue(capped.get("notes").toString().contains("30%"), capped.get("notes").toString());
        assertEquals(1_000_000, salon.balance(anna), "a quote moves no points");

        long boris = salon.client("Boris", null);
        ok(salon.gift(Map.of("clientId", boris, "amount", 100_000, "reason", "Opening day")), 201);
        long borisVisit = salon.book(boris, "2026-12-02T14:00");
        JsonNode byBalance = salon.quote(borisVisit, 500_000);
        assertEquals(-100_000, adjustmentsOf(byBalance.get("bill"), "bonus").get(0).get("amount").asLong(), "only what Boris has");
        assertTrue(byBalance.get("notes").toString().replace('\u00a0', ' ').replace('\u202f', ' ').contains("1 000,00 ₽"),
                "the note names his balance in money: " + byBalance.get("notes"));

        JsonNode done = ok(salon.checkout(visit, "pay-anna", PRICE - 600_000, 900_000), 201);
        assertEquals(1_400_000, done.get("bill").get("total").asLong());
        assertEquals(List.of(-600_000L), salon.amounts(anna, "redemption"));
        assertEquals(400_000, salon.balance(anna));

        salon.settings("bonus", Map.of("maxRedeemBasisPoints", 5000));
        long next = salon.book(anna, "2026-12-03T12:00");
        assertEquals(-400_000, adjustmentsOf(salon.quote(next, 900_000).get("bill"), "bonus").get(0).get("amount").asLong(),
                "now 50% would allow 10 000.00, but only 4 000.00 are left");
    }

    @Test
    void aFailingCheckoutLeavesTheLedgerUnchangedAndAReplayMovesNothing() {
        long visit = salon.book(anna, "2026-12-02T12:00");
        int rows = salon.ledgerRows();

        String overpaid = problem(salon.checkout(visit, "over", PRICE, 500_000), 400);
        assertTrue(overpaid.contains("payments"), overpaid);
        assertEquals(rows, salon.ledgerRows());
        assertEquals(1_000_000, salon.balance(anna));

        // zproof runs after bonus and fails after writing: bonus had debited the points in the same transaction
        ok(server.call("PUT", "/api/v1/plugins/zproof/settings", salon.token(), Map.of("failMode", "checkout")), 200);
        problem(salon.checkout(visit, "conflict", PRICE - 500_000, 500_000), 409);
        assertEquals(rows, salon.ledgerRows(), "the redemption rolled back with the checkout");
        assertEquals(1_000_000, salon.balance(anna));
        assertEquals("booked", ok(salon.get("/api/v1/visits/" + visit), 200).get("status").asText());

        ok(server.call("PUT", "/api/v1/plugins/zproof/settings", salon.token(), Map.of("failMode", "none")), 200);
        ok(salon.checkout(visit, "paid", PRICE - 500_000, 500_000), 201);
        assertEquals(500_000, salon.balance(anna));
        int after = salon.ledgerRows();

        Reply replay = salon.checkout(visit, "paid", PRICE - 500_000, 500_000);
        assertEquals(200, replay.status(), replay.body());
        assertEquals(after, salon.ledgerRows(), "a replayed checkout moves no points");
        assertEquals(500_000, salon.balance(anna));
    }
}
