package app.atelier.web.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.web.testing.MutableClock;
import app.atelier.web.testing.PostgresSchema;
import app.atelier.web.testing.TestServer;
import app.atelier.web.testing.TestServer.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/** A real plugin jar on PostgreSQL: its own migrations (its postgresql/ set), pricing, checkout in the transaction. */
@EnabledIfEnvironmentVariable(named = PostgresSchema.ENV, matches = ".+")
class PostgresPluginTest {

    @Test
    void theProofPluginMigratesPricesAndCommitsOnPostgres(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("plugins"));
        Files.copy(TestServer.proofPluginJar(), root.resolve("plugins/proof.jar"));
        String url = PostgresSchema.fresh(PostgresPluginTest.class);
        try (TestServer server = TestServer.start(root, new MutableClock(Instant.parse("2026-12-01T06:00:00Z")), url)) {
            JsonNode health = server.call("GET", "/health", null, null).json();
            assertEquals("started", health.get("plugins").get(0).get("state").asText(), health.toString());
            String owner = server.salonWithOwner("pg-proof", "pg-proof", List.of("proof"));
            assertEquals(200, server.call("PUT", "/api/v1/plugins/proof", owner, Map.of("enabled", true)).status());
            long staff = server.call("POST", "/api/v1/staff", owner, Map.of("name", "Master")).json().get("id").asLong();
            long service = server.call("POST", "/api/v1/services", owner, Map.of("name", "Cut", "category", "Hair",
                    "durationMinutes", 60, "price", 100_000)).json().get("id").asLong();
            long client = server.call("POST", "/api/v1/clients", owner, Map.of("name", "Pg Client")).json().get("id").asLong();
            long visit = server.call("POST", "/api/v1/visits", owner, Map.of("clientId", client, "staffId", staff,
                    "start", "2026-12-02T12:00", "items", List.of(Map.of("serviceId", service)))).json().get("id").asLong();
            JsonNode bill = server.call("POST", "/api/v1/visits/" + visit + "/quote", owner, null).json().get("bill");
            assertEquals(90_000, bill.get("total").asLong(), bill.toString());
            Reply paid = server.call("POST", "/api/v1/visits/" + visit + "/checkout", owner,
                    Map.of("payments", List.of(Map.of("method", "card", "amount", 90_000))), Map.of("Idempotency-Key", "pg-1"));
            assertEquals(201, paid.status(), paid.body());
            JsonNode recorded = server.call("GET", "/api/v1/proof/checkouts/" + visit, owner, null).json();
            assertEquals(1, recorded.get("count").asInt());
            server.core().events().dispatchDue(100);
            int calls = server.core().db().read(h -> h.createQuery("SELECT count(*) FROM proof_event_call").mapTo(Integer.class).one());
            assertTrue(calls >= 3, "client.created, visit.booked and visit.completed reached the plugin: " + calls);
        }
    }
}
