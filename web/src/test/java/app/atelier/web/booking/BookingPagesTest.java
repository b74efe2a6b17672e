package app.atelier.web.booking;

import static app.atelier.web.testing.SalonFixture.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.web.booking.Browserless.Page;
import app.atelier.web.testing.PluginJars;
import app.atelier.web.testing.TestServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The booking pages over HTTP exactly as a phone without script uses them (links and forms), with
 * the real booking jar: every step in the salon's language, the honeypot, a taken time answered
 * with the nearest free ones, the one-time code when the salon asks for it, and the signed link's
 * reschedule, cancel and cancellation policy.
 */
class BookingPagesTest {
    private static final String ANNA = "+79161234567";

    @TempDir
    Path root;
    TestServer server;
    BookingSalon salon;
    Browserless browser;

    @BeforeEach
    void start() {
        PluginJars.install(root.resolve("plugins"), "booking");
        server = TestServer.start(root);
        salon = BookingSalon.create(server, "rosa", List.of("booking"));
        salon.settings("booking", Map.of("codeChannel", "log", "salonPhone", "+7 495 000-00-00", "salonAddress", "Тверская, 1"));
        browser = new Browserless(server.url(""));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Walks services → master → day → time → details and returns the details page. */
    private Page walkToDetails() {
        Page services = browser.get("/s/rosa/booking");
        assertEquals(200, services.status(), services.body());
        assertTrue(services.contentType().startsWith("text/html"), services.contentType());
        assertTrue(services.body().contains("lang=\"ru\""));
        assertTrue(services.body().contains("Выберите услуги"), services.body());
        assertTrue(services.body().contains("Salon rosa") && services.body().contains("Тверская, 1"));
        assertTrue(services.body().matches("(?s).*Haircut.*1[\\s\\u00a0\\u202f]500[\\s\\u00a0\\u202f]₽.*"), "the price in roubles");
        Page masters = browser.get("/s/rosa/booking/master?serviceIds=" + salon.serviceId);
        assertTrue(masters.body().contains("Любой мастер") && masters.body().contains("Vera"), masters.body());
        Page times = browser.get(masters.links("row master").get(0));
        assertEquals(200, times.status(), times.body());
        List<String> slots = times.links("slot");
        assertTrue(slots.get(0).contains("start=2026-12-01T08:00:00Z"), "today from 11:00: " + slots.get(0));
        Page tomorrow = browser.get("/s/rosa/booking/time?serviceIds=" + salon.serviceId + "&staffId=" + salon.staffId
                + "&date=2026-12-02");
        Page details = browser.get(tomorrow.links("slot").get(0));
        assertEquals(200, details.status(), details.body());
        assertTrue(details.body().contains("10:00"), "the chosen time in Moscow time");
        return details;
    }

    private static Map<String, String> form(Page details, String name, String phone) {
        Map<String, String> form = new HashMap<>();
        form.put("serviceIds", details.input("serviceIds"));
        form.put("staffId", details.input("staffId"));
        form.put("start", details.input("start"));
        form.put("name", name);
        form.put("phone", phone);
        form.put("consent", "on");
        return form;
    }

    private int visits() {
        return salon.count("SELECT count(*) FROM visit WHERE salon_id = :s", Map.of("s", salon.id));
    }

    private static long visitId(String location) {
        Matcher m = Pattern.compile("/booking/visit/(\\d+)\\?sig=").matcher(location);
        assertTrue(m.find(), location);
        return Long.parseLong(m.group(1));
    }

    @Test
    void aClientBooksPageByPageAndManagesTheVisitByItsSignedLink() {
        Page details = walkToDetails();

        Map<String, String> bot = form(details, "Bot", ANNA);
        bot.put("website", "http://spam.example");
        Page trapped = browser.post("/s/rosa/booking", bot);
        assertEquals(400, trapped.status());
        assertTrue(trapped.body().contains("Мы не смогли принять эту форму"), trapped.body());
        assertEquals(0, visits(), "the honeypot books nothing");

        Page booked = browser.post("/s/rosa/booking", form(details, "Anna Petrova", "8 916 123-45-67"));
        assertEquals(303, booked.status(), booked.body());
        long visitId = visitId(booked.location());
        Page visit = browser.get(booked.location());
        assertTrue(visit.body().contains("Вы записаны") && visit.body().contains("Vera") && visit.body().contains("Haircut"),
                visit.body());
        assertTrue(visit.body().contains("calendar.ics?sig="));
        assertEquals("online", salon.visit(visitId).get("channel").asText());

        Page taken = browser.post("/s/rosa/booking", form(details, "Olga", "+79167654321"));
        assertEquals(409, taken.status());
        assertTrue(taken.body().contains("только что заняли") && taken.body().contains("Ближайшее свободное время"), taken.body());
        assertTrue(taken.links("slot").get(0).contains("start=2026-12-02T08:00:00Z"), "11:00 is the nearest: " + taken.links("slot"));
        assertEquals(1, visits());

        String sig = visit.input("sig");
        Page moved = browser.post("/s/rosa/booking/visit/" + visitId + "/reschedule",
                Map.of("sig", sig, "start", "2026-12-03T09:00:00Z"));
        assertEquals(303, moved.status(), moved.body());
        assertEquals("2026-12-03T09:00:00Z", salon.visit(visitId).get("start").asText());
        Page forged = browser.post("/s/rosa/booking/visit/" + visitId + "/cancel", Map.of("sig", sig.substring(1) + "A"));
        assertEquals(404, forged.status());
        assertEquals("booked", salon.visit(visitId).get("status").asText());

        Page cancelled = browser.post("/s/rosa/booking/visit/" + visitId + "/cancel", Map.of("sig", sig));
        assertEquals(303, cancelled.status());
        assertEquals("cancelled", salon.visit(visitId).get("status").asText());
        assertTrue(browser.get(cancelled.location()).body().contains("отменён"));
    }

    @Test
    void lateChangesNameTheSalonsPhoneAndChangeNothing() {
        Page details = walkToDetails();
        Page booked = browser.post("/s/rosa/booking", form(details, "Anna", ANNA));
        long visitId = visitId(booked.location());
        server.clock.advance(Duration.ofHours(22).plusMinutes(30)); // 10:00 tomorrow is now 23.5 h away: the policy says 24
        Page visit = browser.get(booked.location());
        assertTrue(visit.body().contains("не позднее чем за 24 ч") && visit.body().contains("+7 495 000-00-00"), visit.body());
        assertTrue(visit.input("sig") == null, "no cancel form any more");
        String sig = booked.location().replaceAll(".*[?&]sig=([^&]+).*", "$1");
        Page refused = browser.post("/s/rosa/booking/visit/" + visitId + "/cancel", Map.of("sig", sig));
        assertEquals(409, refused.status());
        assertEquals("booked", salon.visit(visitId).get("status").asText());
    }

    @Test
    void whenTheSalonConfirmsPhonesTheVisitWaitsForTheCode() {
        salon.settings("booking", Map.of("confirmPhone", true));
        Page details = walkToDetails();
        Page asked = browser.post("/s/rosa/booking", form(details, "Anna", ANNA));
        assertEquals(200, asked.status(), asked.body());
        assertTrue(asked.body().contains("Введите код") && asked.body().contains("+7 *** *** 45 67"), asked.body());
        assertEquals(0, visits(), "no visit before the code");
        String code = salon.lastCode(ANNA);

        Map<String, String> wrong = form(details, "Anna", ANNA);
        wrong.put("code", code.equals("000000") ? "111111" : "000000");
        Page refused = browser.post("/s/rosa/booking", wrong);
        assertEquals(400, refused.status());
        assertTrue(refused.body().contains("Код неверный"), refused.body());
        assertEquals(0, visits());

        Map<String, String> right = form(details, "Anna", ANNA);
        right.put("code", code);
        Page booked = browser.post("/s/rosa/booking", right);
        assertEquals(303, booked.status(), booked.body());
        assertEquals(1, visits());
        assertEquals(404, browser.get("/s/rosa/booking/visit/" + visitId(booked.location()) + "?sig=nope").status());
    }

    @Test
    void anEnglishSalonReadsEnglishAndAnInactivePluginIsNotThere() {
        String op = server.operatorToken();
        ok(server.call("POST", "/api/v1/platform/salons", op, Map.of("slug", "lily", "name", "Lily <Studio>",
                "timezone", "Europe/Berlin", "currency", "EUR", "country", "DE", "locale", "en", "tariff", "tariff-rosa",
                "owner", Map.of("email", "owner@lily.test", "password", "owner-secret-1"))), 201);
        String lily = server.login("owner@lily.test", "owner-secret-1");
        ok(server.call("PUT", "/api/v1/plugins/booking", lily, Map.of("enabled", true)), 200);
        ok(server.call("POST", "/api/v1/services", lily, Map.of("name", "Manicure", "category", "Nails",
                "durationMinutes", 45, "price", 2550)), 201);
        Page page = browser.get("/s/lily/booking");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("Choose services") && page.body().contains("€25.50"), page.body());
        assertTrue(page.body().contains("Lily &lt;Studio&gt;"), "the salon's name is escaped");

        ok(server.call("PUT", "/api/v1/plugins/booking", lily, Map.of("enabled", false)), 200);
        assertEquals(404, browser.get("/s/lily/booking").status());
        assertEquals(200, browser.get("/s/rosa/booking").status(), "another salon keeps it");
        assertNotNull(server.call("GET", "/api/openapi.json", null, null).json().at("/paths")
                .get("/api/v1/public/{salonSlug}/booking/slots"), "the public API is in the OpenAPI document");
    }
}
