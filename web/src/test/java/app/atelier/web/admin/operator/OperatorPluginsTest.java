package app.atelier.web.admin.operator;

import static app.atelier.web.admin.operator.OperatorConsoleTest.section;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.web.admin.PanelClient;
import app.atelier.web.admin.PanelClient.Page;
import app.atelier.web.testing.PluginJars;
import app.atelier.web.testing.TestServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator console's plugins page with the real proof plugin jar, uploaded through the form as
 * a browser sends it: install, upgrade, refusals, stop and start, uninstall; the plugin's own API
 * answers or not for a salon whose tariff has it.
 */
class OperatorPluginsTest {
    @TempDir
    Path root;
    @TempDir
    Path scratch;

    @Test
    void installUpgradeStopStartAndUninstallThroughTheConsole() throws IOException {
        try (TestServer server = TestServer.start(root)) {
            String owner = server.salonWithOwner("alpha", "gold", List.of("proof"));
            long salonId = server.core().salons().bySlug("alpha").orElseThrow().id();
            PanelClient op = PanelClient.session(server, TestServer.OPERATOR_EMAIL, TestServer.OPERATOR_PASSWORD);
            String csrf = op.get("/admin/operator/plugins").csrf();
            assertFalse(op.get("/admin/operator/plugins").body().contains("id=\"plugin-proof\""));
            assertEquals(404, server.call("GET", "/api/v1/proof/ping", owner, null).status(), "not installed yet");

            // install
            Page installed = op.postMultipart("/admin/operator/plugins", Map.of("_csrf", csrf), "jar", "proof.jar",
                    Files.readAllBytes(TestServer.proofPluginJar()));
            assertEquals(303, installed.status(), installed.body());
            assertEquals("/admin/operator/plugins?done=installed&id=proof#plugin-proof", installed.location());
            Page list = op.get("/admin/operator/plugins?done=installed&id=proof");
            assertTrue(list.body().contains("id=\"plugin-notice\">Installed and started: proof 1.0.0"), list.body());
            String card = section(list.body(), "plugin-proof");
            assertTrue(card.contains("1.0.0") && card.contains("state\">started"), card);
            assertTrue(card.contains("<span class=\"badge\">gold</span>"), "the tariffs that include it: " + card);
            assertEquals("started", server.core().plugins().status("proof").state());
            PanelClient salon = PanelClient.session(server, "owner@alpha.test", "owner-secret-1");
            assertEquals(303, salon.post("/admin/plugins/proof/switch", Map.of("_csrf", salon.csrf(), "enabled", "true")).status());
            assertEquals(200, server.call("GET", "/api/v1/proof/ping", owner, null).status(), "its routes answer");
            assertEquals(200, server.call("GET", "/api/v1/public/alpha/proof/hello", null, null).status());

            // upgrade from the plugin's own upload field
            Path newer = PluginJars.proofVariant(scratch.resolve("proof-1.1.0.jar"), Map.of("Plugin-Version", "1.1.0"));
            Page upgraded = op.postMultipart("/admin/operator/plugins", Map.of("_csrf", csrf, "upgrade", "proof"), "jar",
                    "proof-1.1.0.jar", Files.readAllBytes(newer));
            assertEquals(303, upgraded.status(), upgraded.body());
            assertTrue(upgraded.location().contains("done=upgraded"), upgraded.location());
            card = section(op.get("/admin/operator/plugins").body(), "plugin-proof");
            assertTrue(card.contains("<small class=\"muted version\">1.1.0</small>"), card);
            assertEquals("1.1.0", server.core().plugins().status("proof").version());
            assertEquals(200, server.call("GET", "/api/v1/proof/ping", owner, null).status(), "1.1.0 serves at once");

            // an upgrade the host cannot run is refused at that plugin's field; 1.1.0 keeps running
            Path incompatible = PluginJars.proofVariant(scratch.resolve("proof-2.0.0.jar"),
                    Map.of("Plugin-Version", "2.0.0", "Plugin-Requires", ">=2.0.0 & <3.0.0"));
            Page refused = op.postMultipart("/admin/operator/plugins", Map.of("_csrf", csrf, "upgrade", "proof"), "jar",
                    "proof-2.0.0.jar", Files.readAllBytes(incompatible));
            assertEquals(409, refused.status(), refused.body());
            String refusedCard = section(refused.body(), "plugin-proof");
            assertTrue(refusedCard.contains("id=\"e-jar-proof\"") && refusedCard.contains("requires plugin-api &gt;=2.0.0"), refusedCard);
            assertEquals("1.1.0", server.core().plugins().status("proof").version());
            assertEquals(200, server.call("GET", "/api/v1/proof/ping", owner, null).status());

            // stop: its API answers 404 at once; start: back
            Page stopped = op.post("/admin/operator/plugins/proof/stop", Map.of("_csrf", csrf));
            assertEquals(303, stopped.status(), stopped.body());
            assertTrue(section(op.get("/admin/operator/plugins").body(), "plugin-proof").contains("state\">stopped"));
            assertEquals(404, server.call("GET", "/api/v1/proof/ping", owner, null).status(), "stopped: 404");
            assertEquals(303, op.post("/admin/operator/plugins/proof/start", Map.of("_csrf", csrf)).status());
            assertEquals(200, server.call("GET", "/api/v1/proof/ping", owner, null).status(), "started again");

            // uninstall, after a confirmation page
            Page confirm = op.get("/admin/operator/plugins/proof/uninstall");
            assertEquals(200, confirm.status());
            assertTrue(confirm.body().contains("id=\"confirm-uninstall\"") && confirm.body().contains("<span class=\"badge\">gold</span>"),
                    confirm.body());
            assertEquals("started", server.core().plugins().status("proof").state(), "opening the confirmation changes nothing");
            Page gone = op.post("/admin/operator/plugins/proof/uninstall", Map.of("_csrf", csrf));
            assertEquals(303, gone.status(), gone.body());
            Page after = op.get(gone.location());
            assertFalse(after.body().contains("id=\"plugin-proof\""), after.body());
            assertTrue(after.body().contains("Uninstalled: proof"), after.body());
            assertTrue(server.core().plugins().statuses().isEmpty());
            assertFalse(Files.exists(server.pluginsDir.resolve("proof.jar")));
            assertEquals(404, server.call("GET", "/api/v1/proof/ping", owner, null).status());
            assertEquals(404, op.post("/admin/operator/plugins/proof/stop", Map.of("_csrf", csrf)).status());
            assertTrue(server.core().tariffs().pluginsOfSalon(salonId).contains("proof"), "tariffs keep naming it");
        }
    }

    @Test
    void badUploadsAreShownClearlyNeverA500() throws IOException {
        try (TestServer server = TestServer.start(root)) {
            PanelClient op = PanelClient.session(server, TestServer.OPERATOR_EMAIL, TestServer.OPERATOR_PASSWORD);
            String csrf = op.get("/admin/operator/plugins").csrf();

            Page text = op.postMultipart("/admin/operator/plugins", Map.of("_csrf", csrf), "jar", "notes.jar",
                    "just some text, not a zip".getBytes(StandardCharsets.UTF_8));
            assertEquals(422, text.status(), text.body());
            assertTrue(text.body().contains("id=\"e-jar-new\">This file is not a jar (zip) file."), text.body());

            Path plainJar = scratch.resolve("plain.jar");
            try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(plainJar), new java.util.jar.Manifest())) {
                out.putNextEntry(new java.util.jar.JarEntry("a.txt"));
                out.write(1);
            }
            Page noId = op.postMultipart("/admin/operator/plugins", Map.of("_csrf", csrf), "jar", "plain.jar", Files.readAllBytes(plainJar));
            assertEquals(422, noId.status());
            assertTrue(noId.body().contains("its manifest has no Plugin-Id"), noId.body());

            Page none = op.postMultipart("/admin/operator/plugins", Map.of("_csrf", csrf), "jar", "", new byte[0]);
            assertEquals(422, none.status());
            assertTrue(none.body().contains("Choose a plugin jar file to upload."), none.body());

            Page noCsrf = op.postMultipart("/admin/operator/plugins", Map.of(), "jar", "proof.jar", Files.readAllBytes(TestServer.proofPluginJar()));
            assertEquals(403, noCsrf.status());
            assertTrue(server.core().plugins().statuses().isEmpty(), "nothing installed: " + server.core().plugins().statuses());

            // a new plugin the host cannot run: stored, marked failed with its reason, and removable
            Path future = PluginJars.proofVariant(scratch.resolve("future.jar"),
                    Map.of("Plugin-Id", "future", "Plugin-Requires", ">=2.0.0 & <3.0.0"));
            Page failed = op.postMultipart("/admin/operator/plugins", Map.of("_csrf", csrf), "jar", "future.jar", Files.readAllBytes(future));
            assertEquals(422, failed.status(), failed.body());
            String card = section(failed.body(), "plugin-future");
            assertTrue(card.contains("state\">failed") && card.contains("id=\"reason-future\"")
                    && card.contains("requires plugin-api &gt;=2.0.0"), card);
            assertEquals(303, op.post("/admin/operator/plugins/future/uninstall", Map.of("_csrf", csrf)).status());
            assertTrue(server.core().plugins().statuses().isEmpty());
            assertFalse(Files.exists(server.pluginsDir.resolve("future.jar")));
        }
    }
}
