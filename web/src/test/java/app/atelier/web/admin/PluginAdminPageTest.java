package app.atelier.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.web.testing.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plugin's page inside the panel: /admin/{pluginId}/…, behind the panel session, only where the plugin is active. */
class PluginAdminPageTest {

    @Test
    void theRemindersPageShowsWhatIsDueTodayToASignedInDeskUser(@TempDir Path root) throws Exception {
        Path jar = Path.of(System.getProperty("atelier.featurePluginsDir", "../plugins"), "reminders", "target",
                "atelier-plugin-reminders.jar");
        Files.createDirectories(root.resolve("plugins"));
        Files.copy(jar, root.resolve("plugins/reminders.jar"));
        try (TestServer server = TestServer.start(root)) {
            String owner = server.salonWithOwner("remind", "remind-tariff", List.of("reminders"));
            long staff = server.call("POST", "/api/v1/staff", owner, Map.of("name", "Vera")).json().get("id").asLong();
            long service = server.call("POST", "/api/v1/services", owner, Map.of("name", "Cut", "category", "Hair",
                    "durationMinutes", 60, "price", 100_000)).json().get("id").asLong();
            long client = server.call("POST", "/api/v1/clients", owner, Map.of("name", "Olga Panel", "phone", "+79161112233",
                    "consent", true)).json().get("id").asLong();

            PanelClient anonymous = new PanelClient(server);
            PanelClient.Page away = anonymous.get("/admin/reminders/today");
            assertEquals(303, away.status(), "without a session the browser goes to sign-in");

            PanelClient panel = PanelClient.session(server, "owner@remind.test", "owner-secret-1");
            assertEquals(404, panel.get("/admin/reminders/today").status(), "not switched on yet");
            assertEquals(200, server.call("PUT", "/api/v1/plugins/reminders", owner, Map.of("enabled", true)).status());

            TestServer.Reply booked = server.call("POST", "/api/v1/visits", owner, Map.of("clientId", client, "staffId", staff,
                    "start", "2026-12-01T18:00", "items", List.of(Map.of("serviceId", service))));
            assertEquals(201, booked.status(), booked.body());
            long visit = booked.json().get("id").asLong();
            server.core().events().dispatchDue(100);

            // the salon speaks Russian: the plugin's fragment follows the panel user's language
            PanelClient.Page page = panel.get("/admin/reminders/today");
            assertEquals(200, page.status(), page.body());
            assertTrue(page.body().contains("Напоминания на сегодня"), page.body());
            assertTrue(page.body().contains("class=\"due-row"), "the booking's messages are listed: " + page.body());
            assertEquals(1, page.body().split("<html", -1).length - 1, "one document: the panel's frame around the fragment");
            assertTrue(page.body().contains("<header class=\"top\">"), "framed with the panel's header and navigation");
            assertTrue(page.body().contains("<a href=\"/admin/clients/" + client + "\">Olga Panel</a>"),
                    "the client by name, linked to the card: " + page.body());
            assertTrue(page.body().contains("href=\"/admin/visits/" + visit + "\""), "the visit is linked: " + page.body());

            panel.cookies.put("atelier_lang", "en");
            PanelClient.Page english = panel.get("/admin/reminders/today");
            assertTrue(english.body().contains("Reminders today"), english.body());
            assertTrue(english.body().contains("Booking confirmation"), "kinds in the user's language: " + english.body());
            assertEquals(404, panel.get("/admin/nosuchplugin/today").status());
        }
    }
}
