package app.atelier.web.booking;

import static app.atelier.web.testing.SalonFixture.ok;
import static app.atelier.web.testing.SalonFixture.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.web.booking.Browserless.Page;
import app.atelier.web.testing.PluginJars;
import app.atelier.web.testing.TestServer;
import app.atelier.web.testing.TestServer.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cabinet sign-in: the answer never tells whether a phone is a client's (only a client is sent
 * anything), codes expire, are used once, die after too many wrong tries and are rate-limited;
 * a session is a cookie (HttpOnly, SameSite=Lax) or a bearer token, bound to its salon; a client
 * reaches only their own visits, within the cancellation policy.
 */
class CabinetSignInTest {
    private static final String ANNA = "+79161234567";
    private static final String STRANGER = "+79990001122";

    @TempDir
    Path root;
    TestServer server;
    BookingSalon salon;

    @BeforeEach
    void start() {
        PluginJars.install(root.resolve("plugins"), "booking");
        server = TestServer.start(root);
        salon = BookingSalon.create(server, "rosa", List.of("booking"));
        salon.settings("booking", Map.of("codeChannel", "log", "codeAttempts", 3, "codeMinutes", 10));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private int messages() {
        return salon.count("SELECT count(*) FROM message WHERE salon_id = :s", Map.of("s", salon.id));
    }

    private Reply session(String phone, String code) {
        return salon.publicCall("POST", "cabinet/session", Map.of("phone", phone, "code", code));
    }

    @Test
    void theAnswerIsTheSameForAnyPhoneButOnlyAClientIsSentACode() {
        ok(salon.book(salon.booking("2026-12-02T10:00", "Anna", ANNA)), 201);
        Reply client = salon.publicCall("POST", "cabinet/code", Map.of("phone", ANNA));
        Reply stranger = salon.publicCall("POST", "cabinet/code", Map.of("phone", STRANGER));
        assertEquals(202, client.status());
        assertEquals(client.status(), stranger.status());
        assertEquals(client.body(), stranger.body(), "nothing tells the two apart");
        assertEquals(1, messages(), "only the client's phone got a message");
        String wrongForStranger = problem(session(STRANGER, "123456"), 400);
        String wrongForClient = problem(session(ANNA, salon.lastCode(ANNA).equals("123456") ? "654321" : "123456"), 400);
        assertEquals(wrongForClient, wrongForStranger, "a wrong code reads the same for both");
        assertEquals(400, salon.publicCall("POST", "cabinet/code", Map.of("phone", "12")).status(), "not a phone at all");
    }

    @Test
    void codesAreUsedOnceExpireAndDieAfterTooManyWrongTries() {
        ok(salon.book(salon.booking("2026-12-02T10:00", "Anna", ANNA)), 201);
        ok(salon.publicCall("POST", "cabinet/code", Map.of("phone", ANNA)), 202);
        String code = salon.lastCode(ANNA);
        ok(session(ANNA, code), 201);
        problem(session(ANNA, code), 400);

        ok(salon.publicCall("POST", "cabinet/code", Map.of("phone", ANNA)), 202);
        String second = salon.lastCode(ANNA);
        server.clock.advance(Duration.ofMinutes(11));
        problem(session(ANNA, second), 400);

        ok(salon.publicCall("POST", "cabinet/code", Map.of("phone", ANNA)), 202);
        String third = salon.lastCode(ANNA);
        String wrong = third.equals("000000") ? "111111" : "000000";
        assertTrue(problem(session(ANNA, wrong), 400).contains("неверный"));
        problem(session(ANNA, wrong), 400);
        assertTrue(problem(session(ANNA, wrong), 400).contains("новый код"), "the third wrong try ends the code");
        assertTrue(problem(session(ANNA, third), 400).contains("новый код"), "even the right code is dead now");
    }

    @Test
    void codeRequestsAndTriesAreRateLimited() {
        for (int i = 0; i < 5; i++) {
            ok(salon.publicCall("POST", "cabinet/code", Map.of("phone", ANNA)), 202);
        }
        problem(salon.publicCall("POST", "cabinet/code", Map.of("phone", ANNA)), 429);
        for (int i = 0; i < 30; i++) { // thirty tries an hour from one address
            assertEquals(400, session(STRANGER, String.format("%06d", i)).status());
        }
        problem(session(STRANGER, "999999"), 429);
    }

    @Test
    void sessionsAreCookiesOrTokensOfOneSalonAndReachOnlyTheClientsOwnVisits() {
        long annas = ok(salon.book(salon.booking("2026-12-02T10:00", "Anna", ANNA)), 201).get("visitId").asLong();
        long olgas = ok(salon.book(salon.booking("2026-12-02T12:00", "Olga", "+79167654321")), 201).get("visitId").asLong();
        Browserless browser = new Browserless(server.url(""));
        assertTrue(browser.get("/s/rosa/cabinet").body().contains("Получить код"));
        Page sent = browser.post("/s/rosa/cabinet/code", Map.of("phone", "8 916 123-45-67"));
        assertTrue(sent.body().contains("Если этот номер есть у салона"), sent.body());
        Page signedIn = browser.post("/s/rosa/cabinet/session", Map.of("phone", ANNA, "code", salon.lastCode(ANNA)));
        assertEquals(303, signedIn.status(), signedIn.body());
        String cookie = signedIn.setCookies().get(0);
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Path=/s/rosa/cabinet"), cookie);
        Page cabinet = browser.get("/s/rosa/cabinet");
        assertTrue(cabinet.body().contains("data-visit=\"" + annas + "\""), cabinet.body());
        assertFalse(cabinet.body().contains("data-visit=\"" + olgas + "\""), "not another client's visit");

        Page forged = browser.post("/s/rosa/cabinet/visits/" + olgas + "/cancel", Map.of("csrf", cabinet.input("csrf")));
        assertEquals(404, forged.status());
        Page noToken = browser.post("/s/rosa/cabinet/visits/" + annas + "/cancel", Map.of("csrf", "forged"));
        assertEquals(303, noToken.status());
        assertEquals("booked", salon.visit(annas).get("status").asText(), "a form without the session's token changes nothing");
        Page cancelled = browser.post("/s/rosa/cabinet/visits/" + annas + "/cancel", Map.of("csrf", cabinet.input("csrf")));
        assertEquals(303, cancelled.status());
        assertEquals("cancelled", salon.visit(annas).get("status").asText());
        assertEquals("booked", salon.visit(olgas).get("status").asText());

        // the same salon's bearer token reaches the API; another salon does not know it
        ok(salon.publicCall("POST", "cabinet/code", Map.of("phone", ANNA)), 202);
        String token = ok(session(ANNA, salon.lastCode(ANNA)), 201).get("token").asText();
        Map<String, String> bearer = Map.of("Authorization", "Bearer " + token);
        JsonNode mine = ok(salon.publicCall("GET", "cabinet/visits", null, bearer), 200);
        assertEquals(annas, mine.at("/history/0/id").asLong(), "the cancelled visit moved to the history");
        BookingSalon other = BookingSalon.create(server, "lily", List.of("booking"));
        assertEquals(401, other.publicCall("GET", "cabinet/visits", null, bearer).status());
        assertEquals(404, salon.publicCall("POST", "cabinet/visits/" + olgas + "/cancel", null, bearer).status());
        assertEquals(204, salon.publicCall("DELETE", "cabinet/session", null, bearer).status());
        assertEquals(401, salon.publicCall("GET", "cabinet/visits", null, bearer).status(), "signed out");

        // the daily clean-up forgets used codes and ended sessions (the browser's cookie session lasts 30 days)
        Map<String, Object> salonParam = Map.of("s", salon.id);
        assertTrue(salon.count("SELECT count(*) FROM booking_code WHERE salon_id = :s", salonParam) > 0);
        server.clock.advance(Duration.ofDays(31));
        server.core().tasks().runDue();
        assertEquals(0, salon.count("SELECT count(*) FROM booking_code WHERE salon_id = :s", salonParam));
        assertEquals(0, salon.count("SELECT count(*) FROM booking_session WHERE salon_id = :s", salonParam));
        assertEquals(200, browser.get("/s/rosa/cabinet").status());
        assertTrue(browser.get("/s/rosa/cabinet").body().contains("phone-form"), "the old cookie signs in no more");
    }

    @Test
    void theCabinetKeepsTheCancellationPolicy() {
        salon.settings("booking", Map.of("cancelHoursBefore", 48, "salonPhone", "+7 495 000-00-00"));
        long visit = ok(salon.book(salon.booking("2026-12-02T10:00", "Anna", ANNA)), 201).get("visitId").asLong();
        ok(salon.publicCall("POST", "cabinet/code", Map.of("phone", ANNA)), 202);
        String token = ok(session(ANNA, salon.lastCode(ANNA)), 201).get("token").asText();
        Map<String, String> bearer = Map.of("Authorization", "Bearer " + token);
        JsonNode cabinet = ok(salon.publicCall("GET", "cabinet/visits", null, bearer), 200);
        assertFalse(cabinet.at("/upcoming/0/changeable").asBoolean());
        assertTrue(cabinet.at("/upcoming/0/policy").asText().contains("+7 495 000-00-00"));
        assertTrue(problem(salon.publicCall("POST", "cabinet/visits/" + visit + "/cancel", null, bearer), 409).contains("48"));
        Reply moved = salon.publicCall("POST", "cabinet/visits/" + visit + "/reschedule", Map.of("start", "2026-12-10T12:00"), bearer);
        assertEquals(409, moved.status());
        assertEquals("booked", salon.visit(visit).get("status").asText());
    }
}
