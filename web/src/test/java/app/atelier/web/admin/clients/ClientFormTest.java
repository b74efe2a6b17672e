package app.atelier.web.admin.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.core.AtelierCore;
import app.atelier.core.clients.Client;
import app.atelier.web.admin.PanelClient;
import app.atelier.web.admin.PanelClient.Page;
import app.atelier.web.testing.TestServer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A walk-in becomes a client at the desk, and a client's own data changes there, under the core's rules. */
class ClientFormTest {

    @Test
    void newAndChangedClients(@TempDir Path root) {
        try (TestServer server = TestServer.start(root)) {
            AtelierCore core = server.core();
            long salonId = core.auth().authenticate(server.salonWithOwner("desk", "plain", List.of())).orElseThrow().salonId();
            server.salonWithOwner("other", "plain-2", List.of());
            PanelClient panel = PanelClient.session(server, "owner@desk.test", "owner-secret-1");

            Page bad = panel.post("/admin/clients", form(panel, "name", "Vera Walk-in", "phone", "12345", "email", "not-an-email"));
            assertEquals(422, bad.status());
            assertTrue(bad.body().contains("id=\"client-phone-error\"") && bad.body().contains("id=\"client-email-error\""), bad.body());
            assertTrue(bad.body().contains("value=\"Vera Walk-in\""), "what was typed stays");
            assertEquals(0, core.clients().search(salonId, "Vera", 10, 0).total(), "nothing created");

            assertTrue(panel.get("/admin/clients/new").body().contains("name=\"consent\" >"), "consent starts unticked: it is hers to give");
            Page created = panel.post("/admin/clients", form(panel, "name", "Vera Walk-in", "phone", "8 (916) 123-45-67",
                    "tags", "vip, colour", "source", "walk-in", "consent", "on", "next", "calendar", "notes", "Allergic to ammonia"));
            assertEquals(303, created.status(), created.body());
            Client vera = core.clients().search(salonId, "Vera", 10, 0).clients().get(0);
            assertEquals("/admin/calendar?client=" + vera.id(), created.location(), "back to the booking form with her chosen");
            assertEquals("+79161234567", vera.phone(), "the salon's country completes the number");
            assertEquals(List.of("colour", "vip"), vera.tags());
            assertTrue(vera.consent());

            Page twin = panel.post("/admin/clients", form(panel, "name", "Vera's daughter", "phone", "+7 916 123-45-67"));
            assertEquals(409, twin.status(), "the phone is Vera's: asked first");
            assertTrue(twin.body().contains("id=\"same-phone\"") && twin.body().contains("href=\"/admin/clients/" + vera.id() + "\""),
                    twin.body());
            assertEquals(1, core.clients().search(salonId, "Vera", 10, 0).total(), "nothing created yet");
            assertEquals(303, panel.post("/admin/clients", form(panel, "name", "Vera's daughter", "phone", "+7 916 123-45-67",
                    "samePhoneOk", "yes")).status(), "a family may share a phone");

            assertTrue(panel.get("/admin/clients/" + vera.id()).body().contains("id=\"client-notes\">Allergic to ammonia</p>"),
                    "the card shows the notes");
            Page edit = panel.get("/admin/clients/" + vera.id() + "/edit");
            assertTrue(edit.body().contains("value=\"+79161234567\"") && edit.body().contains("value=\"colour, vip\""), edit.body());
            Page changed = panel.post("/admin/clients/" + vera.id(), form(panel, "name", "Vera Orlova", "phone", "", "email",
                    "vera@example.com", "tags", "vip", "source", "walk-in"));
            assertEquals(303, changed.status(), changed.body());
            Client after = core.clients().get(salonId, vera.id());
            assertEquals("Vera Orlova", after.name());
            assertNull(after.phone(), "a cleared field clears the stored value");
            assertEquals(List.of("vip"), after.tags());
            assertFalse(after.consent(), "an unticked box withdraws consent");

            PanelClient other = PanelClient.session(server, "owner@other.test", "owner-secret-1");
            assertEquals(404, other.get("/admin/clients/" + vera.id() + "/edit").status());
            assertEquals(404, other.post("/admin/clients/" + vera.id(), form(other, "name", "Mallory")).status());
            assertEquals("Vera Orlova", core.clients().get(salonId, vera.id()).name());
        }
    }

    private static Map<String, String> form(PanelClient client, String... pairs) {
        Map<String, String> m = new HashMap<>();
        m.put("_csrf", client.csrf());
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
