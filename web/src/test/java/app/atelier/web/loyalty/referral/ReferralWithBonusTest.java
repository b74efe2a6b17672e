package app.atelier.web.loyalty.referral;

import static app.atelier.web.testing.SalonFixture.adjustmentsOf;
import static app.atelier.web.testing.SalonFixture.cash;
import static app.atelier.web.testing.SalonFixture.ok;
import static app.atelier.web.testing.SalonFixture.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Referral together with the real bonus jar: the referrer's points arrive through the bonus
 * plugin's {@code BonusWallet}, written in the checkout's own transaction; with bonus switched
 * off (or the salon preferring discounts) the reward is a discount on the referrer's next visit.
 * A copy of the proof plugin named {@code zproof} (so that its checkout participant runs after
 * referral's) can make the checkout fail after referral wrote.
 */
class ReferralWithBonusTest {
    private static final long REFERRER_POINTS = 70_000;

    @TempDir
    Path root;
    TestServer server;
    ReferralSalon salon;
    long anna;
    long maria;

    @BeforeEach
    void start() {
        ReferralSalon.installWithBonus(root);
        server = TestServer.start(root);
        salon = ReferralSalon.withBonus(server, REFERRER_POINTS);
        anna = salon.client("Anna Petrova", "+79161234567");
        maria = salon.client("Maria Ivanova", "+79167654321");
        ok(salon.refer(maria, salon.code(anna)), 201);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private long balance(long clientId) {
        return ok(salon.get("/api/v1/bonus/clients/" + clientId), 200).get("balance").asLong();
    }

    @Test
    void theReferrersPointsArriveThroughTheBonusWalletOnceOnTheFirstPaidVisit() {
        assertEquals(0, balance(anna));
        long first = salon.book(maria, "2026-12-02T12:00");
        long total = salon.quote(first).get("bill").get("total").asLong();

        ok(salon.checkout(first, "maria-first", cash(total)), 201);

        assertEquals(REFERRER_POINTS, balance(anna));
        JsonNode reward = salon.referral(anna).get("rewards").get(0);
        assertEquals("points", reward.get("kind").asText(), reward.toString());
        assertEquals("credited", reward.get("status").asText());
        assertEquals(REFERRER_POINTS, reward.get("points").asLong());

        assertEquals(200, salon.checkout(first, "maria-first", cash(total)).status(), "replayed");
        salon.visitAndPay(maria, "2026-12-09T12:00");
        assertEquals(REFERRER_POINTS, balance(anna), "neither the replay nor the second visit credits again");
        assertEquals(1, salon.referral(anna).get("rewards").size());
        assertTrue(adjustmentsOf(salon.quote(salon.book(anna, "2026-12-10T12:00")), "referral").isEmpty(),
                "a points reward gives no discount on top");
    }

    @Test
    void whenTheCheckoutFailsAfterReferralWroteNoPointsAndNoSettlementRemain() {
        long first = salon.book(maria, "2026-12-02T12:00");
        long total = salon.quote(first).get("bill").get("total").asLong();
        salon.settings("zproof", Map.of("failMode", "checkout"));

        problem(salon.checkout(first, "doomed", cash(total)), 409);

        assertEquals(0, balance(anna), "the wallet wrote in the checkout's transaction and rolled back with it");
        JsonNode annas = salon.referral(anna);
        assertEquals(0, annas.get("rewards").size(), annas.toString());
        assertFalse(annas.get("brought").get(0).get("firstVisitPaid").asBoolean());
        assertEquals(0, salon.count("SELECT count(*) FROM referral_link WHERE settled_visit_id IS NOT NULL", Map.of()));

        salon.settings("zproof", Map.of("failMode", "none"));
        ok(salon.checkout(first, "retried", cash(total)), 201);
        assertEquals(REFERRER_POINTS, balance(anna));
        assertEquals(1, salon.referral(anna).get("rewards").size());
    }

    @Test
    void withBonusSwitchedOffTheReferrerGetsADiscountInstead() {
        salon.enable("bonus", false);

        salon.visitAndPay(maria, "2026-12-02T12:00");

        JsonNode reward = salon.referral(anna).get("rewards").get(0);
        assertEquals("discount", reward.get("kind").asText(), reward.toString());
        assertEquals("pending", reward.get("status").asText());
        long annasVisit = salon.book(anna, "2026-12-03T12:00");
        List<JsonNode> discount = adjustmentsOf(salon.quote(annasVisit), "referral");
        assertEquals(1, discount.size());
        assertEquals("referrer_reward", discount.get(0).get("kind").asText());
        salon.enable("bonus", true);
        assertEquals(0, balance(anna), "no points were credited while bonus was off");
    }

    @Test
    void aSalonPreferringDiscountsGetsADiscountEvenWithBonusOn() {
        salon.settings("referral", Map.of("referrerRewardKind", "discount"));

        salon.visitAndPay(maria, "2026-12-02T12:00");

        assertEquals(0, balance(anna));
        assertEquals("discount", salon.referral(anna).get("rewards").get(0).get("kind").asText());
        assertEquals(1, adjustmentsOf(salon.quote(salon.book(anna, "2026-12-03T12:00")), "referral").size());
    }
}
