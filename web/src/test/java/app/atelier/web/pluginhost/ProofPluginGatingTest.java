package app.atelier.web.pluginhost;

import static app.atelier.web.testing.SalonFixture.adjustmentsOf;
import static app.atelier.web.testing.SalonFixture.cash;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * A plugin is active for a salon only when installed and started, in the salon's tariff, and
 * switched on: otherwise its routes answer 404 and none of its extensions is called for that salon.
 * Salon A (tariff has proof, switched on) is the control that shows the extensions do run.
 */
class ProofPluginGatingTest {
    private static final String PROBLEM = "application/problem+json";

    @TempDir
    Path root;
    TestServer server;
    ProofSalon active;
    ProofSalon outOfTariff;
    ProofSalon switchedOff;

    @BeforeEach
    void start() {
        PluginJars.installProof(root.resolve("plugins"));
        server = TestServer.start(root);
        String op = server.operatorToken();
        active = ProofSalon.create(server, op, "active", "gold", List.of("proof")).enableProof();
        outOfTariff = ProofSalon.create(server, op, "basic", "basic", List.of());
        switchedOff = ProofSalon.create(server, op, "quiet", "gold-too", List.of("proof"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void outOfTariffRoutesAnswer404AndNoExtensionIsCalled() {
        assertInactive(outOfTariff);
    }

    @Test
    void switchedOffRoutesAnswer404AndNoExtensionIsCalled() {
        // on, then off again: switching off takes effect at once
        switchedOff.enableProof();
        assertEquals(200, switchedOff.get("/api/v1/proof/ping").status());
        Reply off = switchedOff.switchProof(false);
        assertEquals(200, off.status(), off.body());

        assertInactive(switchedOff);
    }

    @Test
    void switchingOnAPluginOutsideTheTariffIsAConflict() {
        Reply r = outOfTariff.switchProof(true);

        assertEquals(409, r.status(), r.body());
        assertTrue(r.contentType().startsWith(PROBLEM), r.contentType());
        assertEquals(404, outOfTariff.get("/api/v1/proof/ping").status());
        boolean listed = false;
        for (JsonNode p : outOfTariff.get("/api/v1/plugins").json()) {
            if (p.get("id").asText().equals("proof")) {
                listed = true;
                assertEquals(false, p.get("inTariff").asBoolean());
                assertEquals(false, p.get("enabled").asBoolean());
            }
        }
        assertTrue(listed);
    }

    private void assertInactive(ProofSalon salon) {
        Reply ping = salon.get("/api/v1/proof/ping");
        assertEquals(404, ping.status(), ping.body());
        assertTrue(ping.contentType().startsWith(PROBLEM), ping.contentType());
        Reply hello = server.call("GET", "/api/v1/public/" + salon.slug + "/proof/hello", null, null);
        assertEquals(404, hello.status(), hello.body());
        assertTrue(hello.contentType().startsWith(PROBLEM), hello.contentType());
        // the active salon's routes answer at the same moment
        assertEquals(200, active.get("/api/v1/proof/ping").status());
        assertEquals(200, server.call("GET", "/api/v1/public/" + active.slug + "/proof/hello", null, null).status());

        long visit = salon.book("2026-12-02T12:00");
        long controlVisit = active.book("2026-12-02T12:00");
        JsonNode bill = salon.quote(visit).get("bill");
        assertEquals(List.of(), adjustmentsOf(bill, "proof"), bill.toString());
        assertEquals(bill.get("subtotal").asLong(), bill.get("total").asLong());
        assertEquals(1, adjustmentsOf(active.quote(controlVisit).get("bill"), "proof").size());

        Reply done = salon.checkout(visit, "gate-1", cash(bill.get("total").asLong()));
        assertEquals(201, done.status(), done.body());
        Reply controlDone = active.checkout(controlVisit, "gate-1", cash(active.quote(controlVisit).get("bill").get("total").asLong()));
        assertEquals(201, controlDone.status(), controlDone.body());
        assertEquals(0, server.count("SELECT count(*) FROM proof_checkout WHERE salon_id = :s", Map.of("s", salon.id)));
        assertEquals(1, server.count("SELECT count(*) FROM proof_checkout WHERE salon_id = :s", Map.of("s", active.id)));

        server.core().events().dispatchDue(100);
        assertTrue(server.count("SELECT count(*) FROM outbox_event WHERE salon_id = :s", Map.of("s", salon.id)) >= 3,
                "the inactive salon did produce events (client.created, visit.booked, visit.completed)");
        assertEquals(0, server.count("SELECT count(*) FROM proof_event_call WHERE salon_id = :s", Map.of("s", salon.id)));
        assertTrue(server.count("SELECT count(*) FROM proof_event_call WHERE salon_id = :s", Map.of("s", active.id)) >= 3);

        server.core().tasks().runDue();
        assertEquals(0, server.count("SELECT count(*) FROM proof_task_run WHERE salon_id = :s", Map.of("s", salon.id)));
        assertEquals(1, server.count("SELECT count(*) FROM proof_task_run WHERE salon_id = :s", Map.of("s", active.id)));

        Reply summary = salon.get("/api/v1/clients/" + salon.clientId + "/summary");
        assertEquals(200, summary.status(), summary.body());
        for (JsonNode w : summary.json().get("widgets")) {
            assertTrue(!"proof".equals(w.path("plugin").asText()), summary.body());
        }
    }
}
