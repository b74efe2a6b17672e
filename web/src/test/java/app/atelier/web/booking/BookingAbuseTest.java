package app.atelier.web.booking;

import static app.atelier.web.testing.SalonFixture.ok;
import static app.atelier.web.testing.SalonFixture.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.web.testing.PluginJars;
import app.atelier.web.testing.TestServer;
import app.atelier.web.testing.TestServer.Reply;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spam and abuse over the public API: the honeypot, limits per network address and per phone, the
 * cap on a phone's upcoming visits, bad input and times that are not free — each a clear 4xx,
 * none creating a visit (nor, for the early refusals, a client).
 */
class BookingAbuseTest {
    private static final String ANNA = "+79161234567";

    @TempDir
    Path root;
    TestServer server;
    BookingSalon salon;

    @BeforeEach
    void start() {
        PluginJars.install(root.resolve("plugins"), "booking");
        server = TestServer.start(root);
        salon = BookingSalon.create(server, "rosa", List.of("booking"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private int visits() {
        return salon.count("SELECT count(*) FROM visit WHERE salon_id = :s", Map.of("s", salon.id));
    }

    private int clients() {
        return salon.count("SELECT count(*) FROM client WHERE salon_id = :s", Map.of("s", salon.id));
    }

    @Test
    void theHoneypotBadInputAndUnfreeTimesBookNothing() {
        Map<String, Object> bot = salon.booking("2026-12-02T10:00", "Bot", ANNA);
        bot.put("website", "http://spam.example");
        assertTrue(problem(salon.book(bot), 400).contains("Мы не смогли принять эту форму"));

        Reply badPhone = salon.book(salon.booking("2026-12-02T10:00", "Anna", "12"));
        assertEquals(400, badPhone.status());
        assertEquals("phone", badPhone.json().at("/errors/0/field").asText(), badPhone.body());
        Reply noService = salon.publicCall("POST", "booking/bookings", Map.of("serviceIds", List.of(999), "start",
                "2026-12-02T10:00", "name", "Anna", "phone", ANNA));
        assertEquals("serviceIds", noService.json().at("/errors/0/field").asText(), noService.body());
        assertEquals(400, salon.publicCall("POST", "booking/bookings", "not json").status());
        assertEquals(400, salon.book(salon.booking("2026-13-02T10:00", "Anna", ANNA)).status());

        // inside the two hours of lead time, on a Sunday, off the 15-minute grid, past the 30-day horizon
        for (String start : List.of("2026-12-01T10:00", "2026-12-06T12:00", "2026-12-02T10:07", "2027-01-05T12:00")) {
            Reply r = salon.book(salon.booking(start, "Anna", ANNA));
            assertEquals(409, r.status(), start + ": " + r.body());
        }
        assertEquals(0, visits());
        assertEquals(0, clients(), "refused before the client would have been created");
    }

    @Test
    void limitsPerAddressAndPerPhoneAnswer429() {
        salon.settings("booking", Map.of("bookingsPerHourPerAddress", 3, "bookingsPerHourPerPhone", 2, "maxOpenBookingsPerPhone", 10));
        ok(salon.book(salon.booking("2026-12-02T10:00", "Anna", ANNA)), 201);
        ok(salon.book(salon.booking("2026-12-02T12:00", "Anna", ANNA)), 201);
        assertTrue(problem(salon.book(salon.booking("2026-12-02T14:00", "Anna", ANNA)), 429).contains("на этот номер"),
                "a third booking for the phone within the hour");
        assertTrue(problem(salon.book(salon.booking("2026-12-02T16:00", "Olga", "+79167654321")), 429).contains("из вашей сети"),
                "a fourth attempt from the address, whatever the phone");
        assertEquals(2, visits());
        server.clock.advance(Duration.ofMinutes(61));
        ok(salon.book(salon.booking("2026-12-02T16:00", "Olga", "+79167654321")), 201);
    }

    @Test
    void aPhoneHoldsAtMostTheAllowedUpcomingVisits() {
        salon.settings("booking", Map.of("maxOpenBookingsPerPhone", 2, "salonPhone", "+7 495 000-00-00"));
        ok(salon.book(salon.booking("2026-12-02T10:00", "Anna", ANNA)), 201);
        long second = ok(salon.book(salon.booking("2026-12-03T10:00", "Anna", "8 916 123 45 67")), 201).get("visitId").asLong();
        String refused = problem(salon.book(salon.booking("2026-12-04T10:00", "Anna", ANNA)), 409);
        assertTrue(refused.contains("уже 2") && refused.contains("+7 495 000-00-00"), refused);
        assertEquals(2, visits());
        ok(server.call("POST", "/api/v1/visits/" + second + "/cancel", salon.token(), null), 200);
        ok(salon.book(salon.booking("2026-12-04T10:00", "Anna", ANNA)), 201);
        assertEquals(1, clients(), "an existing client is recognised by phone, in any format");
    }

    @Test
    void aPhoneConfirmedByCodeBooksAndWrongCodesRunOut() {
        salon.settings("booking", Map.of("confirmPhone", true, "codeChannel", "log", "codeAttempts", 2));
        JsonAssert.codeRequired(ok(salon.book(salon.booking("2026-12-02T10:00", "Anna", ANNA)), 202));
        String code = salon.lastCode(ANNA);
        Map<String, Object> wrong = salon.booking("2026-12-02T10:00", "Anna", ANNA);
        wrong.put("code", code.equals("000000") ? "111111" : "000000");
        assertTrue(problem(salon.book(wrong), 400).contains("неверный"));
        assertTrue(problem(salon.book(wrong), 400).contains("новый код"), "the second wrong try uses the code up");
        Map<String, Object> right = salon.booking("2026-12-02T10:00", "Anna", ANNA);
        right.put("code", code);
        problem(salon.book(right), 400);
        assertEquals(0, visits());

        ok(salon.book(salon.booking("2026-12-02T10:00", "Anna", ANNA)), 202);
        right.put("code", salon.lastCode(ANNA));
        Map<String, Object> otherPhone = salon.booking("2026-12-02T10:00", "Olga", "+79167654321");
        otherPhone.put("code", right.get("code"));
        problem(salon.book(otherPhone), 400);
        ok(salon.book(right), 201);
        assertEquals(1, visits());
        assertEquals("log", server.core().db().read(h -> h.createQuery(
                "SELECT channel FROM message WHERE salon_id = :s ORDER BY id DESC LIMIT 1").bind("s", salon.id)
                .mapTo(String.class).one()));
    }

    /** Small assertions on JSON answers. */
    static final class JsonAssert {
        static void codeRequired(com.fasterxml.jackson.databind.JsonNode answer) {
            assertTrue(answer.get("codeRequired").asBoolean(), answer.toString());
            assertEquals("+7 *** *** 45 67", answer.get("phone").asText());
        }
    }
}
