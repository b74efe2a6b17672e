package app.atelier.web.pluginhost;

import static app.atelier.web.testing.SalonFixture.adjustmentsOf;
import static app.atelier.web.testing.SalonFixture.cash;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.api.pricing.PricingStep;
import app.atelier.api.web.WebContribution;
import app.atelier.web.testing.TestServer;
import app.atelier.web.testing.TestServer.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unloading a plugin at run time leaks nothing: the proof plugin is installed, used through every
 * extension point and uninstalled {@value #CYCLES} times on one running server, and afterwards every
 * one of its classloaders can be garbage-collected.
 *
 * <p>Each installed jar also carries the probe extension ({@code probe/ProbeWeb}), which passes the
 * plugin's own classes through the host's Jackson and its Jdbi, as real plugins do: their caches
 * (Jackson's root deserializers, serializers and type cache; Jdbi's per-instance caches and its static
 * constructor cache; java.beans' introspection caches) are where a plugin's classes would otherwise
 * stay. Flyway's static configuration, the extension cache, the route table, the plugin contexts,
 * PF4J's own maps and thread context classloaders are the other places that would keep one alive.
 */
class PluginUnloadLeakTest {
    private static final int CYCLES = 5;

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
    void repeatedInstallUseUninstallLetsEveryPluginClassLoaderBeCollected() {
        server = TestServer.start(root);
        String op = server.operatorToken();
        ProofSalon salon = ProofSalon.create(server, op, "leak", "gold", List.of("proof"));
        List<WeakReference<ClassLoader>> loaders = new ArrayList<>();

        for (int cycle = 0; cycle < CYCLES; cycle++) {
            install(op, cycle);
            exerciseEveryExtension(server, salon, cycle);
            WeakReference<ClassLoader> loader = ClassLoaderLeaks.proofLoader(server);
            for (WeakReference<ClassLoader> earlier : loaders) {
                assertNotSame(earlier.get(), loader.get(), "each install gets a fresh classloader");
            }
            loaders.add(loader);
            uninstall(op, salon);
        }

        int rounds = ClassLoaderLeaks.collect(loaders);
        assertEquals(List.of(), ClassLoaderLeaks.alive(loaders), "plugin classloaders of these cycles are still reachable after "
                + ClassLoaderLeaks.MAX_GC_ROUNDS + " GC rounds");
        System.out.println("PluginUnloadLeakTest: " + CYCLES + " plugin classloaders collected after " + rounds + " GC round(s)");

        // and the server still works without the plugin
        assertEquals(200, salon.get("/api/v1/clients").status());
        assertEquals(404, salon.get("/api/v1/proof/ping").status());
    }

    private void install(String op, int cycle) {
        Path jar = ProbeJars.proofWithProbe(scratch.resolve("proof-cycle-" + cycle + ".jar"));
        Reply installed = server.upload("/api/v1/platform/plugins", op, jar);
        assertEquals(201, installed.status(), installed.body());
        assertEquals("started", installed.json().get("state").asText(), installed.body());
    }

    private void uninstall(String op, ProofSalon salon) {
        Reply deleted = server.call("DELETE", "/api/v1/platform/plugins/proof", op, null);
        assertEquals(204, deleted.status(), deleted.body());
        assertEquals(404, salon.get("/api/v1/proof/ping").status());
        Reply openApi = server.call("GET", "/api/openapi.json", null, null);
        assertFalse(openApi.json().get("paths").has("/api/v1/proof/ping"));
        assertEquals(List.of(), server.core().plugins().extensionsOf("proof", PricingStep.class));
    }

    /**
     * Every extension point of the proof plugin once, and the probe's routes, checking each left its
     * trace. {@code cycle} counts earlier calls: it is the number of traces already there.
     */
    static void exerciseEveryExtension(TestServer server, ProofSalon salon, int cycle) {
        salon.enableProof();
        Reply settings = server.call("PUT", "/api/v1/plugins/proof/settings", salon.token(),
                Map.of("failMode", "none", "discountBasisPoints", 1000));
        assertEquals(200, settings.status(), settings.body());
        assertEquals(200, salon.get("/api/v1/plugins/proof/settings").status());

        // routes: the plugin's own, its public claim, and one that throws
        Reply ping = salon.get("/api/v1/proof/ping");
        assertEquals(200, ping.status(), ping.body());
        assertEquals(salon.id, ping.json().get("salonId").asLong());
        Reply hello = server.call("GET", "/api/v1/public/" + salon.slug + "/proof/hello", null, null);
        assertEquals(200, hello.status(), hello.body());
        assertEquals(500, salon.get("/api/v1/proof/boom").status());
        // the plugin's message bundle, loaded through its own classloader (the salon speaks Russian)
        Reply greeting = salon.get("/api/v1/proof/greeting");
        assertEquals(200, greeting.status(), greeting.body());
        assertTrue(greeting.json().get("text").asText().startsWith("Здравствуйте"), greeting.body());
        // a public page rendered from the plugin's own template (one Pebble engine per plugin loader)
        Reply page = server.call("GET", "/s/" + salon.slug + "/proof/page", null, null);
        assertEquals(200, page.status(), page.body());

        // pricing and checkout
        long visit = salon.book("2026-12-02T" + (10 + cycle) + ":00");
        JsonNode bill = salon.quote(visit).get("bill");
        assertEquals(1, adjustmentsOf(bill, "proof").size(), bill.toString());
        Reply paid = salon.checkout(visit, "leak-" + cycle, cash(bill.get("total").asLong()));
        assertEquals(201, paid.status(), paid.body());
        assertEquals(1, salon.get("/api/v1/proof/checkouts/" + visit).json().get("count").asInt());

        // events, after commit
        server.core().events().dispatchDue(100);
        assertTrue(server.count("""
                SELECT count(*) FROM proof_event_call c JOIN outbox_event e ON e.id = c.event_id
                WHERE e.subject_id = :v AND c.succeeded = 1""", Map.of("v", visit)) >= 1, "the listener saw visit " + visit);

        // the hourly task
        server.clock.advance(Duration.ofHours(1));
        server.core().tasks().runDue();
        assertEquals(cycle + 1, server.count("SELECT count(*) FROM proof_task_run WHERE salon_id = :s", Map.of("s", salon.id)));

        // a message queued by the plugin, delivered through its channel
        Reply queued = server.call("POST", "/api/v1/proof/messages?key=leak-" + cycle, salon.token(), null);
        assertEquals(201, queued.status(), queued.body());
        server.core().notifications().deliverDue(10);
        assertEquals(cycle + 1, server.count("SELECT count(*) FROM proof_delivery WHERE salon_id = :s", Map.of("s", salon.id)));

        // the plugin's own classes through the host's Jackson and Jdbi (the proof plugin's own routes pass none);
        // the probe is the plugin's code, loaded by its classloader, not the test's copy of the class
        ClassLoader pluginLoader = server.core().plugins().extensionsOf("proof", PricingStep.class).get(0).getClass().getClassLoader();
        assertTrue(server.core().plugins().extensionsOf("proof", WebContribution.class).stream()
                .anyMatch(w -> w.getClass().getSimpleName().equals("ProbeWeb") && w.getClass().getClassLoader() == pluginLoader));
        Reply echo = server.call("POST", "/api/v1/proof/probe/echo", salon.token(),
                Map.of("text", "cycle " + cycle, "times", cycle, "tags", Map.of("values", List.of("a", "b"))));
        assertEquals(200, echo.status(), echo.body());
        assertEquals("cycle " + cycle + "!", echo.json().get("text").asText());
        assertEquals(cycle + 1, echo.json().get("times").asInt());
        assertEquals("b", echo.json().get("tags").get("values").get(1).asText());
        Reply deliveries = salon.get("/api/v1/proof/probe/deliveries");
        assertEquals(200, deliveries.status(), deliveries.body());
        assertEquals(cycle + 1, deliveries.json().get("records").size(), deliveries.body());
        assertEquals("pigeon-loft-1", deliveries.json().get("records").get(0).get("recipient").asText());
        assertEquals("hello from proof", deliveries.json().get("beans").get(cycle).get("body").asText());

        // the client card widget
        Reply summary = salon.get("/api/v1/clients/" + salon.clientId + "/summary");
        assertEquals(200, summary.status(), summary.body());
        boolean widget = false;
        for (JsonNode w : summary.json().get("widgets")) {
            widget |= "proof".equals(w.path("plugin").asText());
        }
        assertTrue(widget, summary.body());

        // the OpenAPI document lists the plugin's routes
        Reply openApi = server.call("GET", "/api/openapi.json", null, null);
        assertEquals(200, openApi.status(), openApi.body());
        assertTrue(openApi.json().get("paths").has("/api/v1/proof/ping"));
        assertTrue(openApi.json().get("paths").has("/api/v1/proof/probe/echo"));
    }
}
