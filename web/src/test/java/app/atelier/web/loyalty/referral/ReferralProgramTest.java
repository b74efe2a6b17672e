package app.atelier.web.loyalty.referral;

import static app.atelier.web.loyalty.referral.ReferralSalon.absent;
import static app.atelier.web.testing.SalonFixture.adjustmentsOf;
import static app.atelier.web.testing.SalonFixture.cash;
import static app.atelier.web.testing.SalonFixture.ok;
import static app.atelier.web.testing.SalonFixture.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.api.referral.ReferralRequest;
import app.atelier.api.referral.ReferralResult;
import app.atelier.api.referral.Referrals;
import app.atelier.api.web.Widget;
import app.atelier.api.web.WidgetContext;
import app.atelier.api.web.WidgetProvider;
import app.atelier.web.testing.PluginJars;
import app.atelier.web.testing.TestServer;
import app.atelier.web.testing.TestServer.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The referral program over HTTP with the real referral jar loaded from a plugins folder, in a
 * salon whose tariff has referral only (no discounts, no bonus): the reward is then always a
 * discount on the referrer's next visit. Clock: 2026-12-01 09:00 in Moscow.
 */
class ReferralProgramTest {
    private static final String ANNA_PHONE = "+79161234567";
    private static final String MARIA_PHONE = "+79167654321";
    private static final long WELCOME = ReferralSalon.PRICE / 10;

    @TempDir
    Path root;
    TestServer server;
    ReferralSalon salon;

    @BeforeEach
    void start() {
        PluginJars.install(root.resolve("plugins"), "referral");
        server = TestServer.start(root);
        salon = ReferralSalon.create(server, "alpha", List.of("referral"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aReferralPaysOutOnceOnTheFirstPaidVisitOnly() {
        long anna = salon.client(Map.of("name", "Anna Petrova", "phone", ANNA_PHONE, "email", "anna@example.com"));
        long maria = salon.client("Maria Ivanova", MARIA_PHONE);
        ok(salon.refer(maria, salon.code(anna)), 201);
        long first = salon.book(maria, "2026-12-02T12:00");
        long total = salon.quote(first).get("bill").get("total").asLong();

        ok(salon.checkout(first, "first-visit", cash(total)), 201);

        JsonNode annas = salon.referral(anna);
        assertEquals(1, annas.get("rewards").size(), annas.toString());
        JsonNode reward = annas.get("rewards").get(0);
        assertEquals("discount", reward.get("kind").asText(), "bonus is not in the tariff: the reward is a discount");
        assertEquals("pending", reward.get("status").asText());
        assertEquals(first, reward.get("earnedVisitId").asLong());
        assertTrue(annas.get("brought").get(0).get("firstVisitPaid").asBoolean(), annas.toString());

        // the same checkout replayed: answered from the stored bill, nothing paid out again
        Reply replay = salon.checkout(first, "first-visit", cash(total));
        assertEquals(200, replay.status(), replay.body());
        // a second visit, paid in full: not a first visit, no reward
        long second = salon.book(maria, "2026-12-09T12:00");
        assertTrue(adjustmentsOf(salon.quote(second), "referral").isEmpty(), "no welcome discount on the second visit");
        salon.payInFull(second);

        assertEquals(1, salon.referral(anna).get("rewards").size(), salon.referral(anna).toString());
        assertEquals(1, salon.count("SELECT count(*) FROM referral_reward WHERE salon_id = :s", Map.of("s", salon.id)));
    }

    @Test
    void anUnpaidFirstVisitSettlesTheReferralWithoutAReward() {
        long anna = salon.client("Anna Petrova", ANNA_PHONE);
        long maria = salon.client("Maria Ivanova", MARIA_PHONE);
        ok(salon.refer(maria, salon.code(anna)), 201);
        long first = salon.book(maria, "2026-12-02T12:00");

        ok(salon.checkout(first, "on-credit", cash(0)), 201);
        salon.visitAndPay(maria, "2026-12-09T12:00");

        JsonNode annas = salon.referral(anna);
        assertEquals(0, annas.get("rewards").size(), annas.toString());
        assertFalse(annas.get("brought").get(0).get("firstVisitPaid").asBoolean());
    }

    @Test
    void aClientCannotReferThemselvesByPhoneEmailOrOwnCode() {
        long anna = salon.client(Map.of("name", "Anna Petrova", "phone", ANNA_PHONE, "email", "anna@example.com"));
        String code = salon.code(anna);
        long samePhone = salon.client("Anna P.", "8 916 123-45-67");
        long sameEmail = salon.client(Map.of("name", "A. Petrova", "email", "ANNA@example.com "));

        assertTrue(problem(salon.refer(samePhone, code), 400).contains("same phone number"));
        assertTrue(problem(salon.refer(sameEmail, code), 400).contains("same email"));
        assertTrue(problem(salon.refer(anna, code), 400).contains("own promo code"));
        assertTrue(problem(salon.refer(samePhone, "NOBODY-2345"), 400).contains("not a promo code"));
        // two new clients cannot refer each other either
        long maria = salon.client("Maria Ivanova", MARIA_PHONE);
        ok(salon.refer(maria, code), 201);
        assertTrue(problem(salon.refer(anna, salon.code(maria)), 400).contains("cannot refer each other"));

        assertTrue(absent(salon.referral(samePhone), "referredBy"));
        assertTrue(absent(salon.referral(anna), "referredBy"));
        assertEquals(1, salon.referral(anna).get("brought").size(), "only Maria");
    }

    @Test
    void aCodeIsRefusedForAClientWhoVisitedBefore() {
        long anna = salon.client("Anna Petrova", ANNA_PHONE);
        long regular = salon.client("Olga Regular", MARIA_PHONE);
        salon.visitAndPay(regular, "2026-12-02T12:00");

        String detail = problem(salon.refer(regular, salon.code(anna)), 409);

        assertTrue(detail.contains("new clients only"), detail);
        assertTrue(absent(salon.referral(regular), "referredBy"));
        // a refunded visit drops out of the client's spend, but it was a visit all the same
        long refunded = salon.client("Ivan Refunded", null);
        long visit = salon.visitAndPay(refunded, "2026-12-02T14:00");
        ok(server.call("POST", "/api/v1/visits/" + visit + "/refund", salon.token(), Map.of("reason", "complaint")), 201);
        problem(salon.refer(refunded, salon.code(anna)), 409);
    }

    @Test
    void aClientIsReferredAtMostOnce() {
        long anna = salon.client("Anna Petrova", ANNA_PHONE);
        long olga = salon.client(Map.of("name", "Olga Sidorova", "email", "olga@example.com"));
        long maria = salon.client("Maria Ivanova", MARIA_PHONE);
        ok(salon.refer(maria, salon.code(anna)), 201);

        assertTrue(problem(salon.refer(maria, salon.code(olga)), 409).contains("already referred by Anna Petrova"));
        assertTrue(problem(salon.refer(maria, salon.code(anna)), 409).contains("only once"));

        assertEquals(anna, salon.referral(maria).get("referredBy").get("clientId").asLong());
        assertEquals(0, salon.referral(olga).get("brought").size());
    }

    @Test
    void theMonthlyCapCountsCalendarMonthsInTheSalonsZone() {
        salon.settings("referral", Map.of("monthlyCapPerReferrer", 2));
        long anna = salon.client("Anna Petrova", ANNA_PHONE);
        long olga = salon.client("Olga Sidorova", null);
        String code = salon.code(anna);
        ok(salon.refer(salon.client("First Friend", null), code), 201);
        ok(salon.refer(salon.client("Second Friend", null), code), 201);
        long third = salon.client("Third Friend", null);

        assertTrue(problem(salon.refer(third, code), 409).contains("already brought 2 clients this month"));
        // 23:30 on 31 December in Moscow (20:30 UTC): still December there
        server.clock.set(Instant.parse("2026-12-31T20:30:00Z"));
        salon.relogin();
        problem(salon.refer(third, code), 409);
        // another referrer has a cap of their own
        ok(salon.refer(salon.client("Olga's Friend", null), salon.code(olga)), 201);
        // 00:30 on 1 January in Moscow (still 31 December in UTC): a new month, the code works again
        server.clock.set(Instant.parse("2026-12-31T21:30:00Z"));
        ok(salon.refer(third, code), 201);

        assertEquals(3, salon.referral(anna).get("brought").size());
    }

    @Test
    void theWelcomeDiscountAppliesToTheReferredClientsFirstVisitOnly() {
        long anna = salon.client("Anna Petrova", ANNA_PHONE);
        long maria = salon.client("Maria Ivanova", MARIA_PHONE);
        long walkIn = salon.client("Walk In", null);
        ok(salon.refer(maria, salon.code(anna)), 201);
        long first = salon.book(maria, "2026-12-02T12:00");

        JsonNode bill = salon.quote(first).get("bill");
        List<JsonNode> welcome = adjustmentsOf(bill, "referral");
        assertEquals(1, welcome.size(), bill.toString());
        assertEquals("welcome_discount", welcome.get(0).get("kind").asText());
        assertEquals(-WELCOME, welcome.get(0).get("amount").asLong());
        assertTrue(welcome.get(0).get("label").asText().contains("recommended by Anna"), welcome.toString());
        assertEquals(ReferralSalon.PRICE - WELCOME, bill.get("total").asLong());
        assertTrue(adjustmentsOf(salon.quote(salon.book(walkIn, "2026-12-02T14:00")), "referral").isEmpty(),
                "a client nobody referred gets no welcome discount");

        JsonNode paid = salon.payInFull(first);
        assertEquals(ReferralSalon.PRICE - WELCOME, paid.get("paid").asLong(), "the stored bill keeps the discount");

        assertTrue(adjustmentsOf(salon.quote(salon.book(maria, "2026-12-09T12:00")), "referral").isEmpty());
    }

    @Test
    void theWelcomeDiscountCanBeAFixedAmount() {
        salon.settings("referral", Map.of("welcomeDiscountKind", "amount", "welcomeDiscountAmount", 50_000));
        long anna = salon.client("Anna Petrova", ANNA_PHONE);
        long maria = salon.client("Maria Ivanova", MARIA_PHONE);
        ok(salon.refer(maria, salon.code(anna)), 201);

        JsonNode bill = salon.quote(salon.book(maria, "2026-12-02T12:00")).get("bill");

        assertEquals(-50_000, adjustmentsOf(bill, "referral").get(0).get("amount").asLong(), bill.toString());
        assertEquals(ReferralSalon.PRICE - 50_000, bill.get("total").asLong());
    }

    @Test
    void aDiscountRewardIsAppliedOnTheReferrersNextVisitOnce() {
        salon.settings("referral", Map.of("referrerRewardKind", "discount", "referrerDiscountBasisPoints", 2_000));
        long anna = salon.client("Anna Petrova", ANNA_PHONE);
        long maria = salon.client("Maria Ivanova", MARIA_PHONE);
        ok(salon.refer(maria, salon.code(anna)), 201);
        long annasNext = salon.book(anna, "2026-12-03T12:00");
        assertTrue(adjustmentsOf(salon.quote(annasNext), "referral").isEmpty(), "nothing earned before Maria pays");
        salon.visitAndPay(maria, "2026-12-02T12:00");

        JsonNode bill = salon.quote(annasNext).get("bill");
        salon.quote(annasNext).get("bill");
        List<JsonNode> reward = adjustmentsOf(bill, "referral");
        assertEquals(1, reward.size(), bill.toString());
        assertEquals("referrer_reward", reward.get(0).get("kind").asText());
        assertEquals(-30_000, reward.get(0).get("amount").asLong(), "20% of 1 500.00");
        assertTrue(reward.get(0).get("label").asText().contains("for bringing Maria"), reward.toString());

        Reply done = salon.checkout(annasNext, "annas-visit", cash(bill.get("total").asLong()));
        ok(done, 201);
        assertEquals(200, salon.checkout(annasNext, "annas-visit", cash(bill.get("total").asLong())).status(), "replayed");

        JsonNode rewards = salon.referral(anna).get("rewards");
        assertEquals("used", rewards.get(0).get("status").asText(), rewards.toString());
        assertEquals(annasNext, rewards.get(0).get("usedVisitId").asLong());
        assertEquals(30_000, rewards.get(0).get("usedAmount").asLong());
        assertTrue(adjustmentsOf(salon.quote(salon.book(anna, "2026-12-10T12:00")), "referral").isEmpty(),
                "the reward is used once");
    }

    @Test
    void aRefundedFirstVisitWithdrawsTheUnusedRewardAndTheNextFirstVisitEarnsItOnce() {
        long anna = salon.client("Anna Petrova", ANNA_PHONE);
        long maria = salon.client("Maria Ivanova", MARIA_PHONE);
        ok(salon.refer(maria, salon.code(anna)), 201);
        long first = salon.visitAndPay(maria, "2026-12-02T12:00");

        ok(server.call("POST", "/api/v1/visits/" + first + "/refund", salon.token(), Map.of("reason", "complaint")), 201);

        assertEquals("cancelled", salon.referral(anna).get("rewards").get(0).get("status").asText());
        assertTrue(adjustmentsOf(salon.quote(salon.book(anna, "2026-12-03T12:00")), "referral").isEmpty());
        // the refunded visit does not count: Maria's next visit is her first again, once
        long again = salon.book(maria, "2026-12-09T12:00");
        assertEquals(1, adjustmentsOf(salon.quote(again), "referral").size(), "the welcome discount again");
        salon.payInFull(again);
        assertEquals("pending", salon.referral(anna).get("rewards").get(1).get("status").asText());
        salon.visitAndPay(maria, "2026-12-16T12:00");
        assertEquals(2, salon.referral(anna).get("rewards").size());
    }

    @Test
    void otherPluginsReferThroughTheReferralsExtensionAndHearWhyNot() {
        long anna = salon.client("Anna Petrova", ANNA_PHONE);
        long twin = salon.client("Anna P.", ANNA_PHONE);
        long maria = salon.client("Maria Ivanova", MARIA_PHONE);
        String code = salon.code(anna);
        List<Referrals> found = server.core().extensions().of(salon.id, Referrals.class).stream()
                .map(c -> c.extension()).toList();
        assertEquals(1, found.size());
        Referrals referrals = found.get(0);

        ReferralResult accepted = referrals.refer(new ReferralRequest(salon.id, maria, code.toLowerCase()));
        ReferralResult self = referrals.refer(new ReferralRequest(salon.id, twin, code));
        ReferralResult again = referrals.refer(new ReferralRequest(salon.id, maria, code));

        assertTrue(accepted.accepted(), accepted.message());
        assertEquals(anna, accepted.referrerId());
        assertFalse(self.accepted());
        assertTrue(self.message().contains("same phone number"), self.message());
        assertFalse(again.accepted());
        assertTrue(again.message().contains("only once"), again.message());
        // a public page names people by first name only
        assertFalse(accepted.message().contains("Petrova") || again.message().contains("Petrova")
                || again.message().contains("Ivanova"), accepted.message() + " / " + again.message());
        assertEquals(anna, salon.referral(maria).get("referredBy").get("clientId").asLong());
    }

    @Test
    void everyClientGetsAReadableCodeWhenCreatedAndKeepsIt() {
        long anna = salon.client("Анна Петрова", ANNA_PHONE);
        assertEquals(0, salon.count("SELECT count(*) FROM referral_code WHERE client_id = :c", Map.of("c", anna)));

        server.core().events().dispatchDue(100);

        assertEquals(1, salon.count("SELECT count(*) FROM referral_code WHERE client_id = :c", Map.of("c", anna)));
        String code = salon.code(anna);
        assertTrue(code.matches("ANNA-[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{4}"), code);
        assertEquals(code, salon.code(anna));
        assertEquals(code, salon.referral(anna).get("code").asText());
        // typed sloppily at the desk, the code still works
        long maria = salon.client("Maria Ivanova", MARIA_PHONE);
        JsonNode referred = ok(salon.refer(maria, " " + code.toLowerCase().replace("-", " ")), 201);
        assertEquals(anna, referred.get("referrerId").asLong());
        assertEquals(code, referred.get("code").asText());
    }

    @Test
    void theReportCountsClientsBroughtReturnedAndTheirRevenue() {
        long anna = salon.client("Anna Petrova", ANNA_PHONE);
        long ivan = salon.client("Ivan Orlov", null);
        long maria = salon.client("Maria Ivanova", MARIA_PHONE);
        long olga = salon.client("Olga Sidorova", null);
        long petr = salon.client("Petr Smirnov", null);
        ok(salon.refer(maria, salon.code(anna)), 201);
        ok(salon.refer(olga, salon.code(anna)), 201);
        ok(salon.refer(petr, salon.code(ivan)), 201);
        salon.visitAndPay(maria, "2026-12-02T10:00");
        salon.visitAndPay(maria, "2026-12-09T10:00");
        salon.visitAndPay(olga, "2026-12-02T12:00");

        JsonNode report = ok(salon.get("/api/v1/referral/report?from=2026-12-01&to=2026-12-01"), 200);

        JsonNode top = report.get("referrers").get(0);
        assertEquals(anna, top.get("clientId").asLong(), report.toString());
        assertEquals(2, top.get("brought").asInt());
        assertEquals(1, top.get("returned").asInt(), "Maria came twice, Olga once");
        long welcomeBill = ReferralSalon.PRICE - WELCOME;
        assertEquals(welcomeBill + ReferralSalon.PRICE + welcomeBill, top.get("revenue").asLong());
        JsonNode second = report.get("referrers").get(1);
        assertEquals(ivan, second.get("clientId").asLong());
        assertEquals(1, second.get("brought").asInt());
        assertEquals(0, second.get("revenue").asLong());
        assertEquals(3, report.get("totals").get("brought").asInt());

        assertEquals(0, ok(salon.get("/api/v1/referral/report?from=2026-12-02"), 200).get("referrers").size(),
                "the period is the day the referral was recorded, in the salon's zone");
        problem(salon.get("/api/v1/referral/report?from=yesterday"), 400);
        problem(salon.get("/api/v1/referral/report?from=2026-12-05&to=2026-12-01"), 400);
    }

    @Test
    void theClientCardWidgetShowsTheCodeAndWhomItBrought() {
        long anna = salon.client("Anna Petrova", ANNA_PHONE);
        long maria = salon.client("Maria Ivanova", MARIA_PHONE);
        ok(salon.refer(maria, salon.code(anna)), 201);

        JsonNode summary = ok(salon.get("/api/v1/clients/" + anna + "/summary"), 200);

        JsonNode widget = null;
        for (JsonNode w : summary.get("widgets")) {
            widget = "referral".equals(w.path("plugin").asText()) ? w : widget;
        }
        assertTrue(widget != null, summary.toString());
        assertEquals(salon.code(anna), widget.get("data").get("code").asText());
        assertEquals("Maria Ivanova", widget.get("data").get("brought").get(0).get("name").asText());
        List<String> lines = new java.util.ArrayList<>();
        widget.get("lines").forEach(l -> lines.add(l.get("label").asText() + ": " + l.get("value").asText()));
        assertTrue(lines.contains("Промокод: " + salon.code(anna)) && lines.contains("Привела друзей: 1 · Maria Ivanova"), lines.toString());

        // the client cabinet is the client's own page: friends appear by first name
        WidgetContext cabinet = new WidgetContext(server.core().salons().get(salon.id), "client_cabinet", anna);
        List<Widget> shown = server.core().extensions().of(salon.id, WidgetProvider.class).stream()
                .flatMap(c -> c.extension().widget(cabinet).stream()).toList();
        assertEquals(1, shown.size());
        assertEquals(salon.code(anna), shown.get(0).data().get("code"));
        assertEquals("[{name=Maria, firstVisitPaid=false}]", String.valueOf(shown.get(0).data().get("brought")));
    }

    @Test
    void badInputAndOtherSalonsAreRefusedWithProblems() {
        long anna = salon.client("Anna Petrova", ANNA_PHONE);
        String code = salon.code(anna);
        ReferralSalon other = ReferralSalon.create(server, "beta", List.of("referral"));
        long stranger = other.client("Stranger", null);
        long maria = salon.client("Maria Ivanova", MARIA_PHONE);

        problem(salon.get("/api/v1/referral/clients/" + stranger + "/code"), 404);
        problem(salon.get("/api/v1/referral/clients/" + stranger), 404);
        problem(salon.refer(stranger, code), 404);
        assertTrue(problem(other.refer(stranger, code), 400).contains("not a promo code"), "codes are per salon");
        problem(salon.get("/api/v1/referral/clients/abc/code"), 400);
        problem(server.call("POST", "/api/v1/referral/referrals", salon.token(), "{not json"), 400);
        problem(server.call("POST", "/api/v1/referral/referrals", salon.token(), Map.of("clientId", "x", "code", code)), 400);
        problem(server.call("POST", "/api/v1/referral/referrals", salon.token(), Map.of("clientId", maria)), 400);
        assertTrue(absent(salon.referral(maria), "referredBy"), "nothing was written");

        // a salon whose tariff lacks referral does not see its routes
        ReferralSalon without = ReferralSalon.create(server, "gamma", List.of());
        problem(without.get("/api/v1/referral/clients/" + without.client("Someone", null) + "/code"), 404);
    }

    @Test
    void aMasterMayReadACodeButNotRecordReferrals() {
        long anna = salon.client("Anna Petrova", ANNA_PHONE);
        long maria = salon.client("Maria Ivanova", MARIA_PHONE);
        ok(server.call("POST", "/api/v1/users", salon.token(), Map.of("email", "vera@alpha.test", "password", "master-secret-1",
                "role", "master", "staffId", salon.staffId)), 201);
        String master = server.login("vera@alpha.test", "master-secret-1");

        assertEquals(salon.code(anna), ok(server.call("GET", "/api/v1/referral/clients/" + anna + "/code", master, null), 200)
                .get("code").asText());
        problem(server.call("POST", "/api/v1/referral/referrals", master, Map.of("clientId", maria, "code", salon.code(anna))), 403);
        problem(server.call("GET", "/api/v1/referral/report", master, null), 403);
    }
}
