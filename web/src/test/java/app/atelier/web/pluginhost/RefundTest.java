package app.atelier.web.pluginhost;

import static app.atelier.web.testing.SalonFixture.cash;
import static org.junit.jupiter.api.Assertions.assertEquals;

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

/** Refunding a completed visit: once, by the owner, with every plugin's reversal in the same transaction. */
class RefundTest {
    @TempDir
    Path root;
    TestServer server;
    ProofSalon salon;

    @BeforeEach
    void start() {
        PluginJars.installProof(root.resolve("plugins"));
        server = TestServer.start(root);
        salon = ProofSalon.create(server, server.operatorToken(), "refunds", "proof-refunds", List.of("proof")).enableProof();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aRefundReversesPluginEffectsOnceAndLeavesTheBillAsCompleted() {
        long visit = salon.book("2026-12-04T12:00");
        long total = salon.quote(visit).get("bill").get("total").asLong();
        assertEquals(201, salon.checkout(visit, "r-1", cash(total)).status());
        assertEquals(total, spent());

        Reply booked = server.call("POST", "/api/v1/visits/" + salon.book("2026-12-05T12:00") + "/refund", salon.token(),
                Map.of("reason", "never came"));
        assertEquals(409, booked.status(), "only a completed visit can be refunded");
        assertEquals(400, server.call("POST", "/api/v1/visits/" + visit + "/refund", salon.token(), Map.of("reason", "")).status());

        Reply refund = server.call("POST", "/api/v1/visits/" + visit + "/refund", salon.token(), Map.of("reason", "allergic reaction"));
        assertEquals(201, refund.status(), refund.body());
        assertEquals(total, refund.json().get("amount").asLong());
        assertEquals(2, server.count("SELECT count(*) FROM proof_checkout WHERE visit_id = :v", Map.of("v", visit)),
                "the plugin appended its reversal");
        assertEquals(0, server.count("SELECT coalesce(sum(total), 0) FROM proof_checkout WHERE visit_id = :v", Map.of("v", visit)));
        assertEquals(0, spent(), "a refunded visit no longer counts as spend");

        JsonNode shown = server.call("GET", "/api/v1/visits/" + visit, salon.token(), null).json();
        assertEquals("completed", shown.get("status").asText());
        assertEquals(total, shown.get("bill").get("paid").asLong(), "the completed bill stays as it was");
        assertEquals("allergic reaction", shown.get("refund").get("reason").asText());

        assertEquals(409, server.call("POST", "/api/v1/visits/" + visit + "/refund", salon.token(), Map.of("reason", "again")).status());
        assertEquals(2, server.count("SELECT count(*) FROM proof_checkout WHERE visit_id = :v", Map.of("v", visit)));
        assertEquals(1, server.count("SELECT count(*) FROM outbox_event WHERE type = 'visit.refunded' AND subject_id = :v",
                Map.of("v", visit)));
    }

    @Test
    void aFailingReversalLeavesNoRefundAndOnlyTheOwnerRefunds() {
        long visit = salon.book("2026-12-04T12:00");
        long total = salon.quote(visit).get("bill").get("total").asLong();
        assertEquals(201, salon.checkout(visit, "r-2", cash(total)).status());
        assertEquals(403, server.call("POST", "/api/v1/visits/" + visit + "/refund", adminToken(), Map.of("reason", "x")).status());

        salon.failMode("refund");
        Reply failed = server.call("POST", "/api/v1/visits/" + visit + "/refund", salon.token(), Map.of("reason", "x"));
        assertEquals(409, failed.status(), failed.body());
        assertEquals(0, server.count("SELECT count(*) FROM visit_refund", Map.of()));
        assertEquals(1, server.count("SELECT count(*) FROM proof_checkout WHERE visit_id = :v", Map.of("v", visit)),
                "the plugin's reversal row rolled back with the refund");
        assertEquals(total, spent());
    }

    private String adminToken() {
        assertEquals(201, server.call("POST", "/api/v1/users", salon.token(), Map.of("email", "desk@refunds.test",
                "password", "admin-secret-1", "role", "admin")).status());
        return server.login("desk@refunds.test", "admin-secret-1");
    }

    private long spent() {
        return server.call("GET", "/api/v1/clients/" + salon.clientId + "/summary", salon.token(), null).json().get("totalSpent").asLong();
    }
}
