package app.atelier.web.booking;

import static app.atelier.web.testing.SalonFixture.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * The branded app's whole journey over the public JSON API with the real booking jar: services,
 * masters, free times, a booking (channel online, a new client from "online booking"), a second
 * client refused the same time with the nearest free ones, the calendar file, cabinet sign-in with
 * a one-time code, the visit in the cabinet, cancellation; the desk sees each step.
 */
class BookingApiFlowTest {
    private static final String ANNA = "+79161234567";
    private static final String OLGA = "+79167654321";

    @TempDir
    Path root;
    TestServer server;
    BookingSalon salon;

    @BeforeEach
    void start() {
        PluginJars.install(root.resolve("plugins"), "booking");
        server = TestServer.start(root);
        salon = BookingSalon.create(server, "rosa", List.of("booking"));
        salon.settings("booking", Map.of("codeChannel", "log"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aClientBooksSeesTheVisitInTheCabinetAndCancelsIt() {
        JsonNode services = ok(salon.publicCall("GET", "booking/services", null), 200);
        assertEquals("Salon rosa", services.at("/salon/name").asText());
        JsonNode haircut = services.get("services").get(0);
        assertEquals(BookingSalon.PRICE, haircut.get("price").asLong());
        assertTrue(haircut.get("priceText").asText().contains("₽"), haircut.toString());
        assertTrue(haircut.get("priceText").asText().replaceAll("[\\s\\u00a0\\u202f]", "").startsWith("1500"), haircut.toString());
        JsonNode staff = ok(salon.publicCall("GET", "booking/staff?serviceIds=" + salon.serviceId, null), 200);
        assertEquals("Vera", staff.at("/staff/0/name").asText());

        // today, Tuesday 09:00 in Moscow: two hours of lead time, so the first free time is 11:00, the last 19:00
        List<String> today = salon.slots("2026-12-01");
        assertEquals("2026-12-01T08:00:00Z", today.get(0));
        assertEquals("2026-12-01T16:00:00Z", today.get(today.size() - 1));
        assertEquals(33, today.size(), "every 15 minutes from 11:00 to 19:00");

        JsonNode booked = ok(salon.book(salon.booking("2026-12-02T10:00", "Anna Petrova", ANNA)), 201);
        long visitId = booked.get("visitId").asLong();
        assertEquals("online", booked.get("channel").asText());
        assertEquals("2026-12-02T07:00:00Z", booked.get("start").asText());
        JsonNode desk = salon.visit(visitId);
        assertEquals("online", desk.get("channel").asText());
        assertEquals("booked", desk.get("status").asText());
        JsonNode client = ok(server.call("GET", "/api/v1/clients/" + desk.get("clientId").asLong(), salon.token(), null), 200);
        assertEquals("online booking", client.get("source").asText());
        assertEquals(ANNA, client.get("phone").asText());
        assertFalse(salon.slots("2026-12-02").contains("2026-12-02T07:00:00Z"), "the booked hour is no longer free");
        assertFalse(salon.slots("2026-12-02").contains("2026-12-02T06:15:00Z"), "nor a time that would run into it");

        Reply second = salon.book(salon.booking("2026-12-02T10:00", "Olga", OLGA));
        assertEquals(409, second.status(), second.body());
        assertTrue(second.contentType().startsWith(BookingSalon.PROBLEM), second.contentType());
        JsonNode nearest = second.json().get("nearest");
        assertEquals(6, nearest.size(), second.body());
        assertEquals("2026-12-02T08:00:00Z", nearest.get(0).get("start").asText(), "11:00, right after Anna's hour");

        Reply ics = server.call("GET", booked.get("calendarUrl").asText(), null, null);
        assertEquals(200, ics.status(), ics.body());
        assertTrue(ics.contentType().startsWith("text/calendar"), ics.contentType());
        assertTrue(ics.body().contains("DTSTART:20261202T070000Z\r\n"), ics.body());
        assertTrue(ics.body().contains("DTEND:20261202T080000Z\r\n"), ics.body());
        String calendarUrl = booked.get("calendarUrl").asText();
        int at = calendarUrl.indexOf("sig=") + 4;
        // change the signature's first character to a different one (a fixed "x" left it unchanged 1 time in 64)
        String forged = calendarUrl.substring(0, at) + (calendarUrl.charAt(at) == 'x' ? 'y' : 'x') + calendarUrl.substring(at + 1);
        assertEquals(404, server.call("GET", forged, null, null).status(),
                "a link with a wrong signature finds nothing");

        ok(salon.publicCall("POST", "cabinet/code", Map.of("phone", "8 916 123-45-67")), 202);
        String token = ok(salon.publicCall("POST", "cabinet/session", Map.of("phone", ANNA, "code", salon.lastCode(ANNA))), 201)
                .get("token").asText();
        Map<String, String> bearer = Map.of("Authorization", "Bearer " + token);
        JsonNode cabinet = ok(salon.publicCall("GET", "cabinet/visits", null, bearer), 200);
        assertEquals("Anna Petrova", cabinet.get("name").asText());
        assertEquals(visitId, cabinet.at("/upcoming/0/id").asLong());
        assertEquals(List.of("Haircut"), List.of(cabinet.at("/upcoming/0/services/0").asText()));
        assertTrue(cabinet.at("/upcoming/0/changeable").asBoolean());

        JsonNode cancelled = ok(salon.publicCall("POST", "cabinet/visits/" + visitId + "/cancel", null, bearer), 200);
        assertEquals("cancelled", cancelled.get("status").asText());
        assertEquals("cancelled", salon.visit(visitId).get("status").asText());
        assertTrue(salon.slots("2026-12-02").contains("2026-12-02T07:00:00Z"), "the hour is free again");
        assertEquals(401, salon.publicCall("GET", "cabinet/visits", null).status(), "no token, no cabinet");
    }
}
