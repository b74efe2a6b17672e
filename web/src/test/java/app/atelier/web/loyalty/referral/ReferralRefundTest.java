package app.atelier.web.loyalty.referral;

import static app.atelier.web.testing.SalonFixture.adjustmentsOf;
import static app.atelier.web.testing.SalonFixture.ok;
import static app.atelier.web.testing.SalonFixture.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.web.admin.PanelClient;
import app.atelier.web.testing.TestServer;
import app.atelier.web.testing.TestServer.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A refund undoes the referral reward its visit earned, with the real referral and bonus jars on
 * SQLite: the referrer's points come back out of the wallet ({@code BonusWallet.reverse}, a new
 * negative ledger entry in the refund's transaction, never below zero), the referral shows as
 * reversed and reopens, so the invited client's next first visit earns it once more (less what the
 * referrer kept). A copy of the proof plugin named {@code zproof} runs its refund after referral's
 * and can make the refund fail.
 */
class ReferralRefundTest {
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

    @Test
    void aRefundedFirstVisitTakesTheReferrersPointsBackAndTheReferralShowsReversed() {
        long first = salon.visitAndPay(maria, "2026-12-02T12:00");
        assertEquals(REFERRER_POINTS, balance(anna));

        ok(refund(first), 201);

        assertEquals(0, balance(anna));
        JsonNode reversal = ledger(anna).get(0);
        assertEquals("reversal", reversal.get("kind").asText(), reversal.toString());
        assertEquals(-REFERRER_POINTS, reversal.get("amount").asLong());
        assertEquals("referral", reversal.get("source").asText());
        assertTrue(reversal.get("reason").asText().contains("refunded"), reversal.toString());
        assertEquals(List.of("reversal", "credit"), kinds(anna), "the credit stays; a new entry takes it back");
        JsonNode reward = salon.referral(anna).get("rewards").get(0);
        assertEquals("reversed", reward.get("status").asText(), reward.toString());
        assertEquals(REFERRER_POINTS, reward.get("takenBack").asLong());
        assertEquals(0, reward.get("shortfall").asLong());
        assertEquals("reversed", salon.referral(anna).get("brought").get(0).get("status").asText());
        // the invited client's reward was the welcome discount on the refunded bill itself: the refund returns
        // that bill's money; no points of hers were involved
        assertEquals(0, balance(maria));
        assertEquals(List.of(), kinds(maria));

        PanelClient owner = PanelClient.session(server, "owner@alpha.test", "owner-secret-1");
        owner.cookies.put("atelier_lang", "en");
        String page = owner.get("/admin/referral/report?from=2026-12-01&to=2026-12-31").body();
        assertEquals("1", figure(page, "reversed"), page);
        assertEquals("0", figure(page, "converted"));
        assertEquals("0.00 RUB", figure(page, "points"), "points given and taken back count for nothing");
        assertTrue(page.contains("700.00 RUB in points, reversed by a refund: 700.00 RUB taken back, 0.00 RUB already spent"), page);
    }

    @Test
    void aSecondRefundOfTheSameVisitMovesNothing() {
        long first = salon.visitAndPay(maria, "2026-12-02T12:00");
        ok(refund(first), 201);
        int rows = salon.count("SELECT count(*) FROM bonus_ledger", Map.of());

        problem(refund(first), 409);

        assertEquals(0, balance(anna));
        assertEquals(rows, salon.count("SELECT count(*) FROM bonus_ledger", Map.of()));
        assertEquals(1, salon.count("SELECT count(*) FROM bonus_wallet_reversal", Map.of()));
        assertEquals(1, salon.referral(anna).get("rewards").size());
    }

    @Test
    void pointsTheReferrerAlreadySpentStaySpentTheRestComesBackAndTheBalanceStopsAtZero() {
        long first = salon.visitAndPay(maria, "2026-12-02T12:00");
        long annas = salon.book(anna, "2026-12-03T12:00");
        long redeem = 45_000; // 30 % of the 1 500.00 bill, the bonus default cap
        long total = ok(server.call("POST", "/api/v1/visits/" + annas + "/quote", salon.token(), Map.of("redeemBonus", redeem)), 200)
                .get("bill").get("total").asLong();
        ok(server.call("POST", "/api/v1/visits/" + annas + "/checkout", salon.token(), Map.of("redeemBonus", redeem,
                "payments", List.of(Map.of("method", "cash", "amount", total))), Map.of("Idempotency-Key", "anna-spends")), 201);
        assertEquals(REFERRER_POINTS - redeem, balance(anna));

        ok(refund(first), 201);

        assertEquals(0, balance(anna), "never below zero");
        JsonNode reversal = ledger(anna).get(0);
        assertEquals(-(REFERRER_POINTS - redeem), reversal.get("amount").asLong());
        // the shortfall note is bonus's own text, in the salon's language (Russian here)
        assertTrue(reversal.get("reason").asText().contains("(450.00 "), reversal.toString());
        JsonNode reward = salon.referral(anna).get("rewards").get(0);
        assertEquals(REFERRER_POINTS - redeem, reward.get("takenBack").asLong());
        assertEquals(redeem, reward.get("shortfall").asLong());

        // Maria comes back and pays: the referral pays again, less the 450.00 Anna kept
        salon.visitAndPay(maria, "2026-12-09T12:00");
        assertEquals(REFERRER_POINTS - redeem, balance(anna));
        JsonNode rewards = salon.referral(anna).get("rewards");
        assertEquals(2, rewards.size(), rewards.toString());
        assertEquals("credited", rewards.get(1).get("status").asText());
        assertEquals(REFERRER_POINTS - redeem, rewards.get(1).get("points").asLong());
    }

    @Test
    void theInvitedClientsNextFirstVisitEarnsTheRewardOnceMore() {
        long first = salon.visitAndPay(maria, "2026-12-02T12:00");
        ok(refund(first), 201);

        long again = salon.book(maria, "2026-12-09T12:00");
        List<JsonNode> welcome = adjustmentsOf(salon.quote(again), "referral");
        assertEquals(1, welcome.size(), "the refunded visit does not count: this is her first visit again");
        assertEquals("welcome_discount", welcome.get(0).get("kind").asText());
        salon.payInFull(again);

        assertEquals(REFERRER_POINTS, balance(anna));
        JsonNode annas = salon.referral(anna);
        assertEquals(List.of("reversed", "credited"), statuses(annas.get("rewards")));
        assertEquals("settled", annas.get("brought").get(0).get("status").asText());

        salon.visitAndPay(maria, "2026-12-16T12:00");
        assertEquals(REFERRER_POINTS, balance(anna), "once: a later visit pays nothing");
        assertEquals(2, salon.referral(anna).get("rewards").size());
    }

    @Test
    void withBonusSwitchedOffAtRefundTimeTheRefundGoesThroughAndThePointsComeBackWhenItIsOnAgain() {
        long first = salon.visitAndPay(maria, "2026-12-02T12:00");
        salon.enable("bonus", false);

        ok(refund(first), 201);

        JsonNode reward = salon.referral(anna).get("rewards").get(0);
        assertEquals("reversal_pending", reward.get("status").asText(), reward.toString());
        assertEquals("reversed", salon.referral(anna).get("brought").get(0).get("status").asText());
        server.core().tasks().runDue();
        assertEquals("reversal_pending", salon.referral(anna).get("rewards").get(0).get("status").asText(),
                "no wallet, nothing to do");

        salon.enable("bonus", true);
        server.clock.advance(Duration.ofHours(1));
        server.core().tasks().runDue();
        salon.relogin();

        assertEquals(0, balance(anna));
        reward = salon.referral(anna).get("rewards").get(0);
        assertEquals("reversed", reward.get("status").asText(), reward.toString());
        assertEquals(REFERRER_POINTS, reward.get("takenBack").asLong());
        server.clock.advance(Duration.ofHours(1));
        server.core().tasks().runDue();
        salon.relogin();
        assertEquals(List.of("reversal", "credit"), kinds(anna), "taken back once");
    }

    @Test
    void whenALaterParticipantFailsTheRefundRollsBackTheReversalToo() {
        long first = salon.visitAndPay(maria, "2026-12-02T12:00");
        salon.settings("zproof", Map.of("failMode", "refund"));

        problem(refund(first), 409);

        assertEquals(REFERRER_POINTS, balance(anna));
        assertEquals(List.of("credit"), kinds(anna));
        assertEquals(0, salon.count("SELECT count(*) FROM bonus_wallet_reversal", Map.of()));
        assertEquals("credited", salon.referral(anna).get("rewards").get(0).get("status").asText());
        assertEquals("settled", salon.referral(anna).get("brought").get(0).get("status").asText());

        salon.settings("zproof", Map.of("failMode", "none"));
        ok(refund(first), 201);
        assertEquals(0, balance(anna));
    }

    private Reply refund(long visitId) {
        return server.call("POST", "/api/v1/visits/" + visitId + "/refund", salon.token(), Map.of("reason", "complaint"));
    }

    private long balance(long clientId) {
        return ok(salon.get("/api/v1/bonus/clients/" + clientId), 200).get("balance").asLong();
    }

    /** The client's ledger entries, newest first. */
    private List<JsonNode> ledger(long clientId) {
        List<JsonNode> entries = new ArrayList<>();
        ok(salon.get("/api/v1/bonus/clients/" + clientId + "/ledger"), 200).get("entries").forEach(entries::add);
        return entries;
    }

    private List<String> kinds(long clientId) {
        return ledger(clientId).stream().map(e -> e.get("kind").asText()).toList();
    }

    private static List<String> statuses(JsonNode rewards) {
        List<String> statuses = new ArrayList<>();
        rewards.forEach(r -> statuses.add(r.get("status").asText()));
        return statuses;
    }

    /** The value of the report's figure card {@code figure-<name>}. */
    private static String figure(String body, String name) {
        Matcher m = Pattern.compile("id=\"figure-" + name + "\"><div class=\"label\">[^<]*</div><div class=\"value\">([^<]*)</div>")
                .matcher(body);
        assertTrue(m.find(), "no figure " + name + " in " + body);
        return m.group(1);
    }
}
