package app.atelier.web.admin.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.core.auth.Principal;
import app.atelier.core.auth.SalonUserService;
import app.atelier.core.staff.StaffInput;
import app.atelier.web.admin.PanelClient;
import app.atelier.web.admin.PanelClient.Page;
import app.atelier.web.testing.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugin's panel pages (the proof plugin, a real jar): in the panel's navigation only where the
 * plugin is active and only for the desk, framed by the panel, in the language the user chose.
 */
class PluginPageFrameTest {

    @Test
    void aPluginPageSitsInThePanelWhileThePluginIsActive(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("plugins"));
        Files.copy(TestServer.proofPluginJar(), root.resolve("plugins").resolve("atelier-proof-plugin.jar"));
        try (TestServer server = TestServer.start(root)) {
            String owner = server.salonWithOwner("frame", "with-proof", List.of("proof"));
            server.salonWithOwner("bare", "without-proof", List.of());
            Principal p = server.core().auth().authenticate(owner).orElseThrow();
            long master = server.core().staff().create(p.salonId(), StaffInput.named("Mila")).id();
            server.core().salonUsers().create(p, new SalonUserService.NewUser("mila@frame.test", "mila-secret-1", "master", master));
            PanelClient panel = PanelClient.session(server, "owner@frame.test", "owner-secret-1");

            assertFalse(panel.get("/admin").body().contains("/admin/proof/board"), "in the tariff but not switched on");
            assertEquals(404, panel.get("/admin/proof/board").status());
            assertEquals(200, server.call("PUT", "/api/v1/plugins/proof", owner, Map.of("enabled", true)).status());

            String dashboard = panel.get("/admin").body();
            assertTrue(dashboard.contains("href=\"/admin/proof/board\" class=\"plugin-link\""), "in the navigation: " + dashboard);
            assertTrue(dashboard.contains(">Доска проверки<"), "labelled from the plugin's bundle in the salon's language");

            Page board = panel.get("/admin/proof/board");
            assertEquals(200, board.status());
            assertTrue(board.body().contains("<header class=\"top\">"), "framed by the panel");
            assertTrue(board.body().contains("href=\"/admin/proof/board\" class=\"plugin-link\" aria-current=\"page\""), "marked as the current page");
            assertTrue(board.body().contains("Здравствуйте, это Salon frame"), "the plugin's text in the salon's language");
            assertTrue(board.body().contains("<p id=\"proof-role\">owner</p>"), "the plugin is told who is looking");

            panel.cookies.put("atelier_lang", "en");
            Page english = panel.get("/admin/proof/board");
            assertTrue(english.body().contains(">Proof board<") && english.body().contains("Hello from Salon frame"),
                    "the user's language reaches the plugin: " + english.body());

            Page partial = panel.get("/admin/proof/board", Map.of("HX-Request", "true"));
            assertTrue(partial.body().strip().startsWith("<h1 id=\"proof-board\">"), "an htmx request gets the fragment alone");
            Page whole = panel.get("/admin/proof/document");
            assertTrue(whole.body().startsWith("<!doctype html>") && !whole.body().contains("class=\"top\""), "a whole document is left alone");

            assertEquals(403, panel.post("/admin/proof/board", Map.of("say", "hi")).status(), "a POST without the session's token");
            Page said = panel.post("/admin/proof/board", Map.of("_csrf", panel.csrf(), "say", "hi"));
            assertEquals(303, said.status());
            assertEquals("/admin/proof/board?said=hi", said.location());

            PanelClient masterPanel = PanelClient.session(server, "mila@frame.test", "mila-secret-1");
            assertFalse(masterPanel.get("/admin").body().contains("/admin/proof/board"), "plugin pages are in the desk's navigation only");

            PanelClient bare = PanelClient.session(server, "owner@bare.test", "owner-secret-1");
            assertFalse(bare.get("/admin").body().contains("/admin/proof/"), "another salon without the plugin");
            assertEquals(404, bare.get("/admin/proof/board").status());

            assertEquals(200, server.call("PUT", "/api/v1/plugins/proof", owner, Map.of("enabled", false)).status());
            assertFalse(panel.get("/admin").body().contains("/admin/proof/board"), "switched off: out of the navigation at once");
            Page gone = panel.get("/admin/proof/board");
            assertEquals(404, gone.status());
            assertTrue(gone.body().contains("<header class=\"top\">"), "the panel's own 404 page");
        }
    }
}
