package app.atelier.web.loyalty.referral;

import static app.atelier.web.testing.SalonFixture.adjustmentsOf;
import static app.atelier.web.testing.SalonFixture.cash;
import static app.atelier.web.testing.SalonFixture.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.web.admin.PanelClient;
import app.atelier.web.testing.PluginJars;
import app.atelier.web.testing.SalonFixture;
import app.atelier.web.testing.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A friend's promo code typed at the desk (the quote's and the checkout's {@code promoCode}, the visit
 * card's "Promo code" field), with the real referral and bonus jars: the quote shows the welcome
 * discount and a note and writes nothing; the checkout records the referral in its own transaction,
 * as the intake API would, and the referrer is rewarded on that first visit under the usual rules.
 * A salon in Moscow speaking English (one test: Russian); clock 2026-12-01 09:00 Moscow.
 */
class ReferralCodeAtCheckoutTest {
    private static final long REFERRER_POINTS = 70_000;
    private static final long WELCOME = ReferralSalon.PRICE / 10;

    @TempDir
    Path root;
    TestServer server;
    ReferralSalon salon;
    long anna;
    long maria;
    String annasCode;

    @BeforeEach
    void start() {
        PluginJars.install(root.resolve("plugins"), "referral", "bonus");
        server = TestServer.start(root);
        salon = salonSpeaking("alpha", "en");
        anna = salon.client("Anna Petrova", "+79161234567");
        maria = salon.client("Maria Ivanova", "+79167654321");
        annasCode = salon.code(anna);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ReferralSalon salonSpeaking(String slug, String locale) {
        ReferralSalon s = ReferralSalon.of(SalonFixture.setup(server, slug).plugins(List.of("bonus", "referral"))
                .place("Europe/Moscow", "RUB", "RU", locale).create());
        s.settings("referral", Map.of("referrerPoints", REFERRER_POINTS));
        return s;
    }

    /** The code as a person might type it: lower case, a space instead of the dash, spaces around. */
    private static String sloppy(String code) {
        return "  " + code.toLowerCase(Locale.ROOT).replace('-', ' ') + " ";
    }

    private long balance(long clientId) {
        return ok(salon.get("/api/v1/bonus/clients/" + clientId), 200).get("balance").asLong();
    }

    private static String notes(JsonNode quoteOrBill) {
        return quoteOrBill.get("notes").toString();
    }

    private int links() {
        return salon.count("SELECT count(*) FROM referral_link WHERE salon_id = ?", salon.id);
    }

    @Test
    void aQuoteWithAFriendsCodeShowsTheWelcomeDiscountAndANoteAndWritesNothing() {
        long first = salon.book(maria, "2026-12-02T12:00");

        JsonNode quote = salon.quote(first, Map.of("promoCode", sloppy(annasCode)));

        List<JsonNode> welcome = adjustmentsOf(quote, "referral");
        assertEquals(1, welcome.size(), quote.toString());
        assertEquals("welcome_discount_code", welcome.get(0).get("kind").asText());
        assertEquals(-WELCOME, welcome.get(0).get("amount").asLong());
        assertEquals("Welcome discount −10% (code " + annasCode + ", recommended by Anna)", welcome.get(0).get("label").asText());
        assertEquals(ReferralSalon.PRICE - WELCOME, quote.get("bill").get("total").asLong());
        assertTrue(notes(quote).contains("referral: Promo code " + annasCode + " of Anna Petrova: welcome discount for a first visit"),
                notes(quote));

        salon.quote(first, Map.of("promoCode", annasCode));
        assertEquals(0, links(), "a quote records no referral");
        assertTrue(ReferralSalon.absent(salon.referral(maria), "referredBy"));
    }

    @Test
    void theCheckoutRecordsTheReferralAsTheIntakeApiWouldAndTheReferrerIsRewardedOnce() {
        long first = salon.book(maria, "2026-12-02T12:00");
        Map<String, String> withCode = Map.of("promoCode", sloppy(annasCode));
        long total = salon.quote(first, withCode).get("bill").get("total").asLong();
        assertEquals(ReferralSalon.PRICE - WELCOME, total);

        JsonNode paid = ok(salon.checkout(first, "maria-first", cash(total), withCode), 201);

        assertEquals(-WELCOME, adjustmentsOf(paid, "referral").get(0).get("amount").asLong(), "the stored bill keeps the discount");
        assertTrue(notes(paid).contains("referral recorded at checkout: Maria Ivanova was recommended by Anna Petrova (code "
                + annasCode + ")"), notes(paid));
        JsonNode by = salon.referral(maria).get("referredBy");
        assertEquals(anna, by.get("clientId").asLong(), by.toString());
        assertEquals(annasCode, by.get("code").asText());
        assertTrue(by.get("firstVisitPaid").asBoolean(), "this very checkout settled the referral it recorded");
        assertEquals(1, salon.count("SELECT count(*) FROM referral_link WHERE salon_id = ? AND channel = 'desk' "
                + "AND created_by IS NOT NULL AND settled_visit_id = ?", salon.id, first), "recorded as the desk's API records it");
        assertEquals(REFERRER_POINTS, balance(anna), "the referrer's points, through the bonus wallet");

        assertEquals(200, salon.checkout(first, "maria-first", cash(total), withCode).status(), "replayed");
        assertEquals(1, links());
        assertEquals(REFERRER_POINTS, balance(anna), "a replay records and credits nothing again");
        assertEquals(1, salon.referral(anna).get("rewards").size());

        // the refund reversal that exists for referrals recorded through the API applies as well
        ok(server.call("POST", "/api/v1/visits/" + first + "/refund", salon.token(), Map.of("reason", "complaint")), 201);
        assertEquals(0, balance(anna));
        assertEquals("reversed", salon.referral(anna).get("brought").get(0).get("status").asText());
    }

    @Test
    void anUnknownCodeGivesANoteAndNoDiscountAndTheCheckoutStillSucceedsWithoutAReferral() {
        long first = salon.book(maria, "2026-12-02T12:00");
        Map<String, String> wrong = Map.of("promoCode", "ANNA-2222");

        JsonNode quote = salon.quote(first, wrong);

        assertTrue(adjustmentsOf(quote, "referral").isEmpty(), quote.toString());
        assertEquals(ReferralSalon.PRICE, quote.get("bill").get("total").asLong());
        assertTrue(notes(quote).contains("Promo code not applied, no welcome discount: \\\"ANNA-2222\\\" is not a promo code of this "
                + "salon: check the spelling"), notes(quote));

        JsonNode paid = ok(salon.checkout(first, "unknown-code", cash(ReferralSalon.PRICE), wrong), 201);
        assertEquals(ReferralSalon.PRICE, paid.get("paid").asLong());
        assertEquals(0, links());
        assertEquals(0, balance(anna));
    }

    @Test
    void aClientsOwnCodeIsRefusedWithANote() {
        long first = salon.book(maria, "2026-12-02T12:00");

        JsonNode quote = salon.quote(first, Map.of("promoCode", salon.code(maria)));

        assertTrue(adjustmentsOf(quote, "referral").isEmpty(), quote.toString());
        assertTrue(notes(quote).contains("Promo code not applied, no welcome discount: a client cannot use their own promo code"),
                notes(quote));
        salon.payInFull(first, Map.of("promoCode", salon.code(maria)));
        assertEquals(0, links());
    }

    @Test
    void aClientWhoVisitedBeforeOrWasReferredAlreadyGetsNoDiscount() {
        salon.visitAndPay(maria, "2026-12-02T12:00");
        long second = salon.book(maria, "2026-12-09T12:00");

        JsonNode quote = salon.quote(second, Map.of("promoCode", annasCode));

        assertTrue(adjustmentsOf(quote, "referral").isEmpty(), quote.toString());
        assertTrue(notes(quote).contains("a promo code is for new clients only: Maria Ivanova has visited the salon before"),
                notes(quote));
        salon.payInFull(second, Map.of("promoCode", annasCode));
        assertEquals(0, links(), "a second visit records no referral");

        long olga = salon.client("Olga Smirnova", "+79160000001");
        long nina = salon.client("Nina Orlova", "+79160000002");
        ok(salon.refer(nina, salon.code(olga)), 201);
        long ninas = salon.book(nina, "2026-12-03T12:00");
        JsonNode other = salon.quote(ninas, Map.of("promoCode", annasCode));
        List<JsonNode> referral = adjustmentsOf(other, "referral");
        assertEquals(1, referral.size(), "the welcome discount of the referral recorded before, not a second one");
        assertEquals("welcome_discount", referral.get(0).get("kind").asText());
        assertTrue(notes(other).contains("Nina Orlova was already referred by Olga Smirnova (code " + salon.code(olga) + ")"),
                notes(other));
        salon.payInFull(ninas, Map.of("promoCode", annasCode));
        assertEquals(olga, salon.referral(nina).get("referredBy").get("clientId").asLong(), "still Olga's");
        assertEquals(REFERRER_POINTS, balance(olga));
        assertEquals(0, balance(anna));
    }

    @Test
    void thePanelsQuoteShowsTheDiscountLineAndTheNoteInTheSalonsLanguage() {
        ReferralSalon ru = salonSpeaking("beta", "ru");
        long olga = ru.client("Ольга Смирнова", "+79160000001");
        long nina = ru.client("Нина Орлова", "+79160000002");
        String code = ru.code(olga);
        // today (the panel takes a visit's payment on its day)
        long visit = ru.book(nina, "2026-12-01T12:00");
        PanelClient desk = PanelClient.session(server, ru.ownerEmail(), SalonFixture.OWNER_PASSWORD);
        String csrf = desk.csrf();

        PanelClient.Page page = desk.post("/admin/visits/" + visit + "/quote", Map.of("redeemBonus", "", "promoCode",
                sloppy(code), "manualPercent", "", "manualReason", ""), Map.of("X-CSRF-Token", csrf, "HX-Request", "true"));

        assertEquals(200, page.status(), page.body());
        assertTrue(page.body().contains("Скидка новому клиенту −10% (код " + code + ", по рекомендации: Ольга)"), page.body());
        assertTrue(page.body().contains(">Промокод " + code + " клиента Ольга Смирнова: скидка на первый визит"), "the note, without the plugin id: " + page.body());

        PanelClient.Page refused = desk.post("/admin/visits/" + visit + "/quote", Map.of("redeemBonus", "", "promoCode",
                "НИНА-0000", "manualPercent", "", "manualReason", ""), Map.of("X-CSRF-Token", csrf, "HX-Request", "true"));
        assertTrue(refused.body().contains("Промокод не применён, скидки нет: «НИНА-0000» — не промокод этого салона"), refused.body());
        assertFalse(refused.body().contains("Скидка новому клиенту"), refused.body());

        // the visit card's checkout form sends the same field: the referral is recorded and rewarded
        PanelClient.Page paid = desk.post("/admin/visits/" + visit + "/checkout", Map.of("_csrf", csrf, "idempotencyKey", "nina-1",
                "redeemBonus", "", "promoCode", sloppy(code), "manualPercent", "", "manualReason", "", "method", "card", "amount", ""));
        assertEquals(303, paid.status(), paid.body());
        assertEquals(olga, ru.referral(nina).get("referredBy").get("clientId").asLong());
        assertEquals(REFERRER_POINTS, ok(ru.get("/api/v1/bonus/clients/" + olga), 200).get("balance").asLong());
    }
}
