package app.atelier.web.booking;

import static app.atelier.web.testing.SalonFixture.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.web.admin.PanelClient;
import app.atelier.web.testing.PluginJars;
import app.atelier.web.testing.TestServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The booking plugin's "Online booking" page inside the panel, with the real plugin jar: the
 * salon's public link, what is bookable online, and the visits booked through the public API.
 */
class BookingAdminPagesTest {
    private static final String PAGE = "/admin/booking/settings";
    private static final String ANNA = "+79161234567";

    @TempDir
    Path root;
    TestServer server;
    BookingSalon salon;
    PanelClient panel;

    @BeforeEach
    void start() {
        PluginJars.install(root.resolve("plugins"), "booking");
        server = TestServer.start(root);
        salon = BookingSalon.create(server, "rosa", List.of("booking"));
        panel = PanelClient.session(server, "owner@rosa.test", "owner-secret-1");
        panel.cookies.put("atelier_lang", "en");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void thePageListsTheSalonsLinkAndABookingMadeThroughThePublicApi() {
        PanelClient.Page empty = panel.get(PAGE);
        assertEquals(200, empty.status(), empty.body());
        assertTrue(empty.body().contains("value=\"" + server.url("/s/rosa/booking") + "\" readonly"), empty.body());
        assertTrue(empty.body().contains("<label for=\"link-booking\">Booking page</label>"), "labelled: " + empty.body());
        assertTrue(empty.body().contains("No visits have been booked online yet."));
        assertTrue(empty.body().contains("href=\"/admin/plugins#plugin-booking\""), "the settings form stays on the plugins page");
        assertEquals(1, empty.body().split("<html", -1).length - 1, "framed once by the panel");

        long visit = ok(salon.book(salon.booking("2026-12-02T10:00", "Anna Petrova", ANNA)), 201).get("visitId").asLong();
        ok(server.call("POST", "/api/v1/visits", salon.token(), Map.of("clientId", salon.visit(visit).get("clientId").asLong(),
                "staffId", salon.staffId, "start", "2026-12-03T12:00", "items", List.of(Map.of("serviceId", salon.serviceId)))), 201);

        long start = System.nanoTime();
        PanelClient.Page page = panel.get(PAGE);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("booking admin page time (ms, second request): " + millis);
        assertTrue(millis < 1_000, "took " + millis + " ms");
        assertEquals(1, page.body().split("class=\"recent-row", -1).length - 1, "only the online booking, not the desk's: "
                + page.body());
        assertTrue(page.body().contains("<a href=\"/admin/visits/" + visit + "\">Wednesday, 2 December 2026, 10:00</a>"),
                "the visit on the salon's clock, linked: " + page.body());
        assertTrue(page.body().contains(">Anna Petrova</a>"), page.body());
        assertTrue(page.body().contains("<td>Vera</td><td>Haircut</td>"), page.body());
    }

    @Test
    void aServiceSwitchedOffHereIsNoLongerOfferedOnline() {
        PanelClient.Page page = panel.get(PAGE);
        assertTrue(page.body().contains("Stop offering online"), page.body());
        PanelClient.Page off = panel.post("/admin/booking/services/" + salon.serviceId + "/online",
                Map.of("_csrf", page.csrf(), "online", "false"));
        assertEquals(303, off.status(), off.body());
        assertEquals(0, ok(salon.publicCall("GET", "booking/services", null), 200).get("services").size());
        assertTrue(panel.get(PAGE).body().contains("<span class=\"badge off\">not offered</span>"));

        ok(server.call("PUT", "/api/v1/plugins/booking", salon.token(), Map.of("enabled", false)), 200);
        assertFalse(panel.get("/admin").body().contains(PAGE), "no entry while off");
        assertEquals(404, panel.get(PAGE).status());
        ok(server.call("PUT", "/api/v1/plugins/booking", salon.token(), Map.of("enabled", true)), 200);
        assertTrue(panel.get("/admin").body().contains("href=\"" + PAGE + "\" class=\"plugin-link\""));
    }

    @Test
    void aMasterMayNotAndAnotherSalonSeesNoneOfTheseBookings() {
        ok(salon.book(salon.booking("2026-12-02T10:00", "Anna Petrova", ANNA)), 201);
        ok(server.call("POST", "/api/v1/users", salon.token(), Map.of("email", "vera@rosa.test", "password", "master-secret-1",
                "role", "master", "staffId", salon.staffId)), 201);
        PanelClient master = PanelClient.session(server, "vera@rosa.test", "master-secret-1");
        assertEquals(403, master.get(PAGE).status());
        assertEquals(403, master.post("/admin/booking/services/" + salon.serviceId + "/online",
                Map.of("_csrf", master.csrf(), "online", "false")).status());
        assertEquals(1, ok(salon.publicCall("GET", "booking/services", null), 200).get("services").size(), "still offered");

        BookingSalon.create(server, "lily", List.of("booking"));
        PanelClient stranger = PanelClient.session(server, "owner@lily.test", "owner-secret-1");
        PanelClient.Page theirs = stranger.get(PAGE);
        assertEquals(200, theirs.status());
        assertFalse(theirs.body().contains("Anna Petrova"), theirs.body());
        assertTrue(theirs.body().contains("/s/lily/booking") && !theirs.body().contains("/s/rosa/"), "their own link only");
        assertEquals(404, stranger.post("/admin/booking/services/" + salon.serviceId + "/online",
                Map.of("_csrf", stranger.csrf(), "online", "false")).status());
    }

    @Test
    void thePageSpeaksRussianWithThePanelLanguageCookie() {
        ok(salon.book(salon.booking("2026-12-02T10:00", "Анна Петрова", ANNA)), 201);
        panel.cookies.put("atelier_lang", "ru");
        assertTrue(panel.get("/admin").body().contains(">Онлайн-запись</a>"));
        String page = panel.get(PAGE).body();
        assertTrue(page.contains("<h1>Онлайн-запись</h1>"), page);
        assertTrue(page.contains("Последние онлайн-записи") && page.contains("среда, 2 декабря 2026, 10:00"), page);
        assertTrue(page.contains("<span class=\"badge\">записан</span>"), page);
    }
}
