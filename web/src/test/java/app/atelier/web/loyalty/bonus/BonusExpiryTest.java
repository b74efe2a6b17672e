package app.atelier.web.loyalty.bonus;

import static app.atelier.web.testing.SalonFixture.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.atelier.web.testing.PluginJars;
import app.atelier.web.testing.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Points live {@code lifetimeDays}; the hourly task expires what is left of each lot, oldest lots
 * having been spent first, and the owner sees who is about to lose points.
 */
class BonusExpiryTest {
    private static final long PRICE = 1_000_000; // 10 000.00: 3% is 300.00

    @TempDir
    Path root;
    TestServer server;
    BonusSalon salon;

    @BeforeEach
    void start() {
        PluginJars.install(root.resolve("plugins"), "bonus");
        server = TestServer.start(root);
        salon = BonusSalon.create(server, "expiry", List.of("bonus"), PRICE);
        salon.loyaltyProgram(Map.of("lifetimeDays", 30));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void pointsExpireAfterTheirLifetimeOldestFirstAndTheExpiringListShowsThemBefore() {
        long anna = salon.client("Anna", null);
        salon.client("Boris", null);
        server.core().tasks().runDue();

        salon.visit(anna, "2026-12-01T12:00", 0);                 // day 0: +30 000, expires on day 30
        server.clock.advance(Duration.ofDays(10));
        salon.visit(anna, "2026-12-11T12:00", 0);                 // day 10: +30 000, expires on day 40
        server.clock.advance(Duration.ofDays(5));
        salon.visit(anna, "2026-12-16T12:00", 10_000);            // day 15: −10 000 from the oldest lot, +29 700
        assertEquals(List.of(30_000L, 30_000L, 29_700L), salon.amounts(anna, "accrual"));
        assertEquals(79_700, salon.balance(anna));

        JsonNode soon = ok(salon.get("/api/v1/bonus/expiring?days=20"), 200);
        assertEquals(1, soon.get("clients").size(), soon.toString());
        JsonNode row = soon.get("clients").get(0);
        assertEquals(anna, row.get("clientId").asLong());
        assertEquals("Anna", row.get("name").asText());
        assertEquals(20_000, row.get("amount").asLong(), "what is left of the oldest lot");
        assertEquals("2026-12-31T06:00:00Z", row.get("expiresAt").asText());
        assertEquals(0, ok(salon.get("/api/v1/bonus/expiring?days=7"), 200).get("clients").size());
        assertEquals(20_000, salon.summary(anna).get("expiring").get(0).get("amount").asLong());

        server.clock.advance(Duration.ofDays(14).plusHours(23));  // day 29, 23:00 later: nothing due yet
        server.core().tasks().runDue();
        assertEquals(List.of(), salon.amounts(anna, "expiry"));

        server.clock.advance(Duration.ofHours(1));                // day 30: the first lot's time
        server.core().tasks().runDue();
        salon.relogin();
        assertEquals(List.of(-20_000L), salon.amounts(anna, "expiry"), "only the rest of the oldest lot");
        assertEquals(59_700, salon.balance(anna));

        server.clock.advance(Duration.ofDays(10));                // day 40: the second lot's time
        server.core().tasks().runDue();
        assertEquals(List.of(-20_000L, -30_000L), salon.amounts(anna, "expiry"));
        assertEquals(29_700, salon.balance(anna));

        server.clock.advance(Duration.ofHours(1));
        server.core().tasks().runDue();
        assertEquals(2, salon.amounts(anna, "expiry").size(), "an expired lot never expires twice");
    }
}
