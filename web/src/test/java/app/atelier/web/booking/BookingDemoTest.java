package app.atelier.web.booking;

import static app.atelier.web.testing.SalonFixture.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.web.demo.DemoSeeder;
import app.atelier.web.testing.PluginJars;
import app.atelier.web.testing.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo salon as a newcomer finds it, with only the booking plugin installed and its default
 * settings: /s/demo/booking lists the demo's services, its masters (Mon–Sat 10–20, Moscow) have
 * free times around the seeded visits, a booking goes through with channel online, and with the
 * demo settings (codes on the page) the newcomer signs into the cabinet and finds the visit.
 */
class BookingDemoTest {
    @TempDir
    Path root;
    TestServer server;

    @BeforeEach
    void start() {
        PluginJars.install(root.resolve("plugins"), "booking");
        server = TestServer.start(root);
        new DemoSeeder(server.core()).seed("demo-secret-1");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theDemoSalonTakesOnlineBookings() {
        Browserless browser = new Browserless(server.url(""));
        String page = browser.get("/s/demo/booking").body();
        assertTrue(page.contains("Atelier Demo Salon") && page.contains("Manicure"), page);
        JsonNode services = ok(server.call("GET", "/api/v1/public/demo/booking/services", null, null), 200).get("services");
        long manicure = 0;
        for (JsonNode s : services) {
            if (s.get("name").asText().equals("Manicure")) {
                manicure = s.get("id").asLong();
            }
        }
        JsonNode days = ok(server.call("GET", "/api/v1/public/demo/booking/days?serviceIds=" + manicure, null, null), 200).get("days");
        assertTrue(days.size() > 20, "Monday to Saturday for a month: " + days);
        for (JsonNode d : days) {
            assertFalse(java.time.LocalDate.parse(d.asText()).getDayOfWeek() == java.time.DayOfWeek.SUNDAY, "nobody works on Sunday");
        }
        String date = days.get(1).asText();
        JsonNode slots = ok(server.call("GET", "/api/v1/public/demo/booking/slots?serviceIds=" + manicure + "&date=" + date,
                null, null), 200).get("slots");
        assertTrue(slots.size() > 0, date);
        JsonNode booked = ok(server.call("POST", "/api/v1/public/demo/booking/bookings", null, Map.of("serviceIds",
                java.util.List.of(manicure), "start", slots.get(0).get("start").asText(), "name", "Newcomer",
                "phone", "+79035550101")), 201);
        String owner = server.login("owner@demo.local", "demo-secret-1");
        JsonNode visit = ok(server.call("GET", "/api/v1/visits/" + booked.get("visitId").asLong(), owner, null), 200);
        assertEquals("online", visit.get("channel").asText());

        // what the demo seeder should set, so that a newcomer without an SMS gateway can sign into the cabinet
        ok(server.call("PUT", "/api/v1/plugins/booking/settings", owner, Map.of("codeChannel", "log", "showCodesOnPage", true)), 200);
        Browserless.Page sent = browser.post("/s/demo/cabinet/code", Map.of("phone", "+79035550101"));
        String code = sent.body().replaceAll("(?s).*id=\"demo-code\">(\\d{6})<.*", "$1");
        assertEquals(6, code.length(), sent.body());
        assertEquals(303, browser.post("/s/demo/cabinet/session", Map.of("phone", "+79035550101", "code", code)).status());
        assertTrue(browser.get("/s/demo/cabinet").body().contains("data-visit=\"" + booked.get("visitId").asLong() + "\""));
    }
}
