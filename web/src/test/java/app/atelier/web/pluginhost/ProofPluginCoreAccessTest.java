package app.atelier.web.pluginhost;

import static app.atelier.web.testing.SalonFixture.adjustmentsOf;
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
 * What a plugin may read and change in the core, seen from a real plugin jar: salon data, core
 * actions under the core's rules, and its own per-request options with the user at the till.
 */
class ProofPluginCoreAccessTest {
    @TempDir
    Path root;
    TestServer server;
    ProofSalon salon;

    @BeforeEach
    void start() {
        PluginJars.installProof(root.resolve("plugins"));
        server = TestServer.start(root);
        salon = ProofSalon.create(server, server.operatorToken(), "access", "proof-access", List.of("proof")).enableProof();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aPluginBooksThroughTheCoreRulesAndReadsWhatItBooked() {
        Map<String, Object> booking = Map.of("phone", "8 912 000-11-22", "name", "Online Olga", "staffId", salon.staffId,
                "serviceId", salon.serviceId, "start", "2026-12-02T09:00:00Z");
        Reply first = server.call("POST", "/api/v1/proof/bookings", salon.token(), booking);
        assertEquals(201, first.status(), first.body());
        assertEquals("2026-12-02T10:00:00Z", first.json().get("end").asText(), "the core computed the end from the service");
        long clientId = first.json().get("clientId").asLong();

        Reply clash = server.call("POST", "/api/v1/proof/bookings", salon.token(), booking);
        assertEquals(409, clash.status(), clash.body());
        assertEquals("visit_overlap", clash.json().get("code").asText(), "the core's overlap rule holds for plugins too");

        JsonNode client = server.call("GET", "/api/v1/clients/" + clientId, salon.token(), null).json();
        assertEquals("+79120001122", client.get("phone").asText());
        assertEquals("proof booking", client.get("source").asText());
        JsonNode visits = server.call("GET", "/api/v1/visits?from=2026-12-02&to=2026-12-03&clientId=" + clientId, salon.token(), null).json();
        assertEquals(1, visits.size());
        assertEquals("online", visits.get(0).get("channel").asText());

        JsonNode stats = server.call("GET", "/api/v1/proof/clients/" + clientId + "/stats", salon.token(), null).json();
        assertEquals(0, stats.get("completedVisits").asInt());
        assertEquals("2026-12-02T09:00:00Z", stats.get("nextVisit").asText());

        Reply bad = server.call("GET", "/api/v1/proof/checkouts/abc", salon.token(), null);
        assertEquals(400, bad.status());
        assertTrue(bad.contentType().startsWith("application/problem+json"), bad.contentType());
        assertEquals("visitId", bad.json().get("errors").get(0).get("field").asText(), "a plugin's 4xx details become field errors");

        JsonNode catalogue = server.call("GET", "/api/v1/proof/catalogue", salon.token(), null).json();
        assertEquals(1, catalogue.get("staff").asInt());
        assertEquals(2, catalogue.get("clients").asInt(), "the salon's client and the one the plugin created");
        assertEquals(1, catalogue.get("services").asInt());
        assertEquals(1, catalogue.get("visitsThisWeek").asInt());
        assertEquals(1, catalogue.get("linesOfFirstVisit").asInt(), "a plugin reads what was booked on a visit");
    }

    @Test
    void requestOptionsReachOnlyTheirPluginWithTheUserAtTheTill() {
        long visit = salon.book("2026-12-03T12:00");
        Reply quote = server.call("POST", "/api/v1/visits/" + visit + "/quote", salon.token(),
                Map.of("options", Map.of("proof", Map.of("extraOff", 500), "someone-else", Map.of("extraOff", 99_999))));
        assertEquals(200, quote.status(), quote.body());
        List<JsonNode> lines = adjustmentsOf(quote.json().get("bill"), "proof");
        assertEquals(2, lines.size(), quote.body());
        assertEquals(-500, lines.get(1).get("amount").asLong());
        assertTrue(lines.get(1).get("label").asText().contains("(owner)"), lines.get(1).get("label").asText());
        long expected = ProofSalon.PRICE - ProofSalon.PRICE / 10 - 500;
        assertEquals(expected, quote.json().get("bill").get("total").asLong());

        Reply bad = server.call("POST", "/api/v1/visits/" + visit + "/quote", salon.token(), Map.of("options", Map.of("proof", 5)));
        assertEquals(400, bad.status(), bad.body());

        Reply paid = server.call("POST", "/api/v1/visits/" + visit + "/checkout", salon.token(),
                Map.of("payments", List.of(Map.of("method", "card", "amount", expected)),
                        "options", Map.of("proof", Map.of("extraOff", 500))), Map.of("Idempotency-Key", "opt-1"));
        assertEquals(201, paid.status(), paid.body());
        assertEquals(0, paid.json().get("owed").asLong());
        JsonNode stats = server.call("GET", "/api/v1/proof/clients/" + salon.clientId + "/stats", salon.token(), null).json();
        assertEquals(expected, stats.get("totalPaid").asLong());
        assertEquals(1, stats.get("completedVisits").asInt());
    }
}
