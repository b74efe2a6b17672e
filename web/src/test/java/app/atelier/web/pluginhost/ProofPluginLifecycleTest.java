package app.atelier.web.pluginhost;

import static app.atelier.web.testing.SalonFixture.adjustmentsOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.web.testing.PluginJars;
import app.atelier.web.testing.TestServer;
import app.atelier.web.testing.TestServer.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Installing, refusing, stopping, starting, upgrading and uninstalling the proof plugin while the
 * app runs, and what a restart keeps.
 */
class ProofPluginLifecycleTest {
    private static final String REFUSED_RANGE = ">=2.0.0 & <3.0.0";

    @TempDir
    Path root;
    @TempDir
    Path scratch;
    TestServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void pluginWhoseRequiresDoesNotMatchIsRefusedWithAClearMessageWhileTheAppKeepsRunning() {
        PluginJars.installProof(root.resolve("plugins"));
        PluginJars.proofVariant(root.resolve("plugins/proof-future.jar"),
                Map.of("Plugin-Id", "proof-future", "Plugin-Requires", REFUSED_RANGE));
        server = TestServer.start(root);

        Reply health = health();
        assertEquals("ok", health.json().get("status").asText());
        JsonNode future = plugin(health, "proof-future");
        assertNotNull(future, health.body());
        assertEquals("failed", future.get("state").asText());
        String error = future.get("error").asText();
        assertTrue(error.contains("requires plugin-api >=2.0.0"), error);
        assertTrue(error.contains(TestServer.API_VERSION), error);
        assertEquals("started", plugin(health, "proof").get("state").asText());

        String op = server.operatorToken();
        ProofSalon salon = ProofSalon.create(server, op, "alpha", "gold", List.of("proof", "proof-future")).enableProof();
        assertEquals(200, salon.get("/api/v1/proof/ping").status());
        // the salon may switch the refused plugin on; it still does not become active
        Reply futureSwitch = server.call("PUT", "/api/v1/plugins/proof-future", salon.token(), Map.of("enabled", true));
        assertEquals(200, futureSwitch.status(), futureSwitch.body());
        assertFalse(futureSwitch.json().get("active").asBoolean(), futureSwitch.body());

        // the same kind of jar uploaded at run time
        Path later = PluginJars.proofVariant(scratch.resolve("proof-later.jar"),
                Map.of("Plugin-Id", "proof-later", "Plugin-Requires", REFUSED_RANGE));
        Reply upload = server.upload("/api/v1/platform/plugins", op, later);

        assertTrue(upload.status() == 201 || upload.status() == 200, upload.status() + " " + upload.body());
        assertEquals("proof-later", upload.json().get("id").asText());
        assertEquals("failed", upload.json().get("state").asText());
        assertTrue(upload.json().get("error").asText().contains("requires plugin-api >=2.0.0"), upload.body());
        assertTrue(upload.json().get("error").asText().contains(TestServer.API_VERSION), upload.body());

        Reply after = health();
        assertEquals(200, after.status());
        assertEquals("failed", plugin(after, "proof-later").get("state").asText());
        assertEquals("failed", plugin(after, "proof-future").get("state").asText());
        assertEquals("started", plugin(after, "proof").get("state").asText());
        assertEquals(200, salon.get("/api/v1/proof/ping").status());
        assertEquals(200, salon.get("/api/v1/clients").status());
        assertEquals(404, salon.get("/api/v1/proof-future/ping").status());
        assertEquals(404, salon.get("/api/v1/proof-later/ping").status());
    }

    @Test
    void stoppingAtRunTimeRemovesRoutesAndExtensionsAtOnceAndSurvivesARestart() {
        PluginJars.installProof(root.resolve("plugins"));
        server = TestServer.start(root);
        String op = server.operatorToken();
        ProofSalon salon = ProofSalon.create(server, op, "alpha", "gold", List.of("proof")).enableProof();
        long visit = salon.book("2026-12-02T12:00");
        assertEquals(1, adjustmentsOf(salon.quote(visit).get("bill"), "proof").size());

        Reply stopped = server.call("POST", "/api/v1/platform/plugins/proof/stop", op, null);

        assertEquals(200, stopped.status(), stopped.body());
        assertEquals("stopped", stopped.json().get("state").asText());
        assertEquals(404, salon.get("/api/v1/proof/ping").status());
        assertEquals(404, server.call("GET", "/api/v1/public/" + salon.slug + "/proof/hello", null, null).status());
        assertEquals(List.of(), adjustmentsOf(salon.quote(visit).get("bill"), "proof"));
        assertEquals("stopped", plugin(health(), "proof").get("state").asText());

        Reply started = server.call("POST", "/api/v1/platform/plugins/proof/start", op, null);

        assertEquals(200, started.status(), started.body());
        assertEquals("started", started.json().get("state").asText());
        assertEquals(200, salon.get("/api/v1/proof/ping").status());
        assertEquals(1, adjustmentsOf(salon.quote(visit).get("bill"), "proof").size());

        assertEquals(200, server.call("POST", "/api/v1/platform/plugins/proof/stop", op, null).status());
        server.close();
        server = TestServer.start(root, server.clock);

        assertEquals("stopped", plugin(health(), "proof").get("state").asText(), "the stop survived the restart");
        assertEquals(404, server.call("GET", "/api/v1/proof/ping", salon.token(), null).status());
        assertEquals(List.of(), adjustmentsOf(server.call("POST", "/api/v1/visits/" + visit + "/quote", salon.token(), null)
                .json().get("bill"), "proof"));
        Reply again = server.call("POST", "/api/v1/platform/plugins/proof/start", server.operatorToken(), null);
        assertEquals("started", again.json().get("state").asText(), again.body());
        assertEquals(200, server.call("GET", "/api/v1/proof/ping", salon.token(), null).status());
    }

    @Test
    void installingAtRunTimeStartsThePluginAndServesItsRoute() {
        server = TestServer.start(root);
        assertEquals(0, health().json().get("plugins").size());
        String op = server.operatorToken();
        ProofSalon salon = ProofSalon.create(server, op, "alpha", "gold", List.of("proof"));
        assertEquals(404, salon.get("/api/v1/proof/ping").status());

        Reply installed = server.upload("/api/v1/platform/plugins", op, TestServer.proofPluginJar());

        assertEquals(201, installed.status(), installed.body());
        assertEquals("proof", installed.json().get("id").asText());
        assertEquals("started", installed.json().get("state").asText());
        assertEquals("started", plugin(health(), "proof").get("state").asText());
        assertEquals(List.of("proof"), pluginIdsIn(root.resolve("plugins")));
        salon.enableProof();
        Reply ping = salon.get("/api/v1/proof/ping");
        assertEquals(200, ping.status(), ping.body());
        assertEquals(salon.id, ping.json().get("salonId").asLong());
    }

    @Test
    void uninstallRemovesThePluginItsRoutesAndItsJar() {
        PluginJars.installProof(root.resolve("plugins"));
        server = TestServer.start(root);
        String op = server.operatorToken();
        ProofSalon salon = ProofSalon.create(server, op, "alpha", "gold", List.of("proof")).enableProof();
        assertEquals(200, salon.get("/api/v1/proof/ping").status());

        Reply deleted = server.call("DELETE", "/api/v1/platform/plugins/proof", op, null);

        assertEquals(204, deleted.status(), deleted.body());
        assertNull(plugin(health(), "proof"));
        assertEquals(404, salon.get("/api/v1/proof/ping").status());
        assertEquals(404, server.call("GET", "/api/v1/public/" + salon.slug + "/proof/hello", null, null).status());
        assertEquals(List.of(), pluginIdsIn(root.resolve("plugins")));
        long visit = salon.book("2026-12-02T12:00");
        assertEquals(List.of(), adjustmentsOf(salon.quote(visit).get("bill"), "proof"));

        server.close();
        server = TestServer.start(root, server.clock);
        assertNull(plugin(health(), "proof"), "still gone after a restart");
    }

    @Test
    void openApiListsPluginRoutesOnlyWhileThePluginRuns() {
        PluginJars.installProof(root.resolve("plugins"));
        server = TestServer.start(root);
        String op = server.operatorToken();

        JsonNode paths = openApiPaths();
        assertTrue(paths.has("/api/v1/proof/ping"), paths.toString());
        assertTrue(paths.has("/api/v1/public/{salonSlug}/proof/hello"), paths.toString());
        assertTrue(paths.has("/api/v1/clients"));

        assertEquals(200, server.call("POST", "/api/v1/platform/plugins/proof/stop", op, null).status());

        JsonNode stopped = openApiPaths();
        assertFalse(stopped.has("/api/v1/proof/ping"), stopped.toString());
        assertFalse(stopped.has("/api/v1/public/{salonSlug}/proof/hello"));
        assertTrue(stopped.has("/api/v1/clients"));

        assertEquals(200, server.call("POST", "/api/v1/platform/plugins/proof/start", op, null).status());
        assertTrue(openApiPaths().has("/api/v1/proof/ping"));
    }

    private Reply health() {
        Reply r = server.call("GET", "/health", null, null);
        assertEquals(200, r.status(), r.body());
        return r;
    }

    private JsonNode openApiPaths() {
        Reply r = server.call("GET", "/api/openapi.json", null, null);
        assertEquals(200, r.status(), r.body());
        return r.json().get("paths");
    }

    /** The entry of /health for a plugin, or null when it is not listed. */
    private static JsonNode plugin(Reply health, String id) {
        for (JsonNode p : health.json().get("plugins")) {
            if (p.get("id").asText().equals(id)) {
                return p;
            }
        }
        return null;
    }

    private JsonNode platformPlugin(String op, String id) {
        Reply r = server.call("GET", "/api/v1/platform/plugins", op, null);
        assertEquals(200, r.status(), r.body());
        for (JsonNode p : r.json()) {
            if (p.get("id").asText().equals(id)) {
                return p;
            }
        }
        throw new AssertionError(id + " not in " + r.body());
    }

    /** The Plugin-Id of every jar in a folder, sorted. */
    private static List<String> pluginIdsIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".jar")).map(f -> manifest(f, "Plugin-Id")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path onlyJar(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> jars = files.filter(f -> f.toString().endsWith(".jar")).toList();
            assertEquals(1, jars.size(), jars.toString());
            return jars.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String manifest(Path jar, String attribute) {
        try (JarFile f = new JarFile(jar.toFile())) {
            return f.getManifest().getMainAttributes().getValue(attribute);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
