package app.atelier.web.pluginhost;

import static app.atelier.web.testing.SalonFixture.adjustmentsOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.web.testing.PluginJars;
import app.atelier.web.testing.TestServer;
import app.atelier.web.testing.TestServer.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Upgrading a plugin at run time: installing a jar of a plugin that is loaded replaces the old
 * version in the same call, and the old version's classloader can be garbage-collected.
 */
class PluginRunTimeUpgradeTest {
    private static final int UPGRADES = 5;

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
    void upgradeReplacesTheRunningVersionInOneCallAndSurvivesARestart() {
        PluginJars.installProof(root.resolve("plugins"));
        server = TestServer.start(root);
        String op = server.operatorToken();
        ProofSalon salon = ProofSalon.create(server, op, "alpha", "gold", List.of("proof")).enableProof();
        long visit = salon.book("2026-12-02T12:00");
        assertEquals(200, salon.get("/api/v1/proof/ping").status());
        Path newer = PluginJars.proofVariant(scratch.resolve("proof-1.1.0.jar"), Map.of("Plugin-Version", "1.1.0"));

        Reply upgraded = server.upload("/api/v1/platform/plugins", op, newer);

        assertEquals(201, upgraded.status(), upgraded.body());
        assertEquals("1.1.0", upgraded.json().get("version").asText(), upgraded.body());
        assertEquals("started", upgraded.json().get("state").asText(), upgraded.body());
        assertTrue(upgraded.json().path("pendingUpgrade").isMissingNode() || upgraded.json().get("pendingUpgrade").isNull(),
                upgraded.body());
        assertEquals("1.1.0", plugin(health(), "proof").get("version").asText());
        assertEquals(200, salon.get("/api/v1/proof/ping").status(), "1.1.0 serves at once");
        assertEquals(200, server.call("GET", "/api/v1/public/" + salon.slug + "/proof/hello", null, null).status());
        assertEquals(1, adjustmentsOf(salon.quote(visit).get("bill"), "proof").size());
        assertTrue(openApiPaths().has("/api/v1/proof/ping"));
        assertEquals(List.of("1.1.0"), versionsIn(root.resolve("plugins")), "the old jar was replaced, not kept beside");

        server.close();
        server = TestServer.start(root, server.clock);

        JsonNode proof = plugin(health(), "proof");
        assertEquals("1.1.0", proof.get("version").asText());
        assertEquals("started", proof.get("state").asText());
        assertEquals(200, server.call("GET", "/api/v1/proof/ping", salon.token(), null).status());
    }

    @Test
    void anIncompatibleNewVersionIsRefusedAndTheOldOneKeepsRunning() {
        PluginJars.installProof(root.resolve("plugins"));
        server = TestServer.start(root);
        String op = server.operatorToken();
        ProofSalon salon = ProofSalon.create(server, op, "alpha", "gold", List.of("proof")).enableProof();
        Path future = PluginJars.proofVariant(scratch.resolve("proof-2.0.0.jar"),
                Map.of("Plugin-Version", "2.0.0", "Plugin-Requires", ">=2.0.0 & <3.0.0"));

        Reply refused = server.upload("/api/v1/platform/plugins", op, future);

        assertEquals(409, refused.status(), refused.body());
        assertTrue(refused.body().contains("requires plugin-api >=2.0.0"), refused.body());
        assertTrue(refused.body().contains(TestServer.API_VERSION), refused.body());
        JsonNode proof = plugin(health(), "proof");
        assertEquals("1.0.0", proof.get("version").asText());
        assertEquals("started", proof.get("state").asText());
        assertEquals(200, salon.get("/api/v1/proof/ping").status());
        assertEquals(List.of("1.0.0"), versionsIn(root.resolve("plugins")));
    }

    @Test
    void aPluginTheOperatorStoppedStaysStoppedAcrossAnUpgrade() {
        PluginJars.installProof(root.resolve("plugins"));
        server = TestServer.start(root);
        String op = server.operatorToken();
        ProofSalon salon = ProofSalon.create(server, op, "alpha", "gold", List.of("proof")).enableProof();
        assertEquals(200, server.call("POST", "/api/v1/platform/plugins/proof/stop", op, null).status());

        Reply upgraded = server.upload("/api/v1/platform/plugins", op,
                PluginJars.proofVariant(scratch.resolve("proof-1.1.0.jar"), Map.of("Plugin-Version", "1.1.0")));

        assertEquals(201, upgraded.status(), upgraded.body());
        assertEquals("1.1.0", upgraded.json().get("version").asText());
        assertEquals("stopped", upgraded.json().get("state").asText(), upgraded.body());
        assertEquals(404, salon.get("/api/v1/proof/ping").status());

        Reply started = server.call("POST", "/api/v1/platform/plugins/proof/start", op, null);
        assertEquals("started", started.json().get("state").asText(), started.body());
        assertEquals(200, salon.get("/api/v1/proof/ping").status());
    }

    @Test
    void repeatedUpgradesLetEveryOldClassLoaderBeCollected() {
        server = TestServer.start(root);
        String op = server.operatorToken();
        ProofSalon salon = ProofSalon.create(server, op, "leak", "gold", List.of("proof"));
        List<WeakReference<ClassLoader>> old = new ArrayList<>();
        WeakReference<ClassLoader> current = null;

        for (int version = 0; version <= UPGRADES; version++) {
            Path jar = ProbeJars.proofWithProbe(scratch.resolve("proof-1.0." + version + ".jar"),
                    Map.of("Plugin-Version", "1.0." + version));
            Reply installed = server.upload("/api/v1/platform/plugins", op, jar);
            assertEquals(201, installed.status(), installed.body());
            assertEquals("1.0." + version, installed.json().get("version").asText(), installed.body());
            assertEquals("started", installed.json().get("state").asText(), installed.body());
            PluginUnloadLeakTest.exerciseEveryExtension(server, salon, version);
            if (current != null) {
                old.add(current);
            }
            current = ClassLoaderLeaks.proofLoader(server);
        }

        int rounds = ClassLoaderLeaks.collect(old);
        assertEquals(List.of(), ClassLoaderLeaks.alive(old), "classloaders of these replaced versions are still reachable after "
                + ClassLoaderLeaks.MAX_GC_ROUNDS + " GC rounds");
        assertNotNull(current.get(), "the running version's classloader stays: the check can tell reachable from not");
        System.out.println("PluginRunTimeUpgradeTest: " + UPGRADES + " replaced classloaders collected after " + rounds + " GC round(s)");
        assertEquals(200, salon.get("/api/v1/proof/ping").status());
        assertEquals(List.of("1.0." + UPGRADES), versionsIn(root.resolve("plugins")));
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

    private static JsonNode plugin(Reply health, String id) {
        for (JsonNode p : health.json().get("plugins")) {
            if (p.get("id").asText().equals(id)) {
                return p;
            }
        }
        throw new AssertionError(id + " not in " + health.body());
    }

    /** The Plugin-Version of every jar in a folder. */
    private static List<String> versionsIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".jar")).map(f -> {
                try (JarFile jar = new JarFile(f.toFile())) {
                    return jar.getManifest().getMainAttributes().getValue("Plugin-Version");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
