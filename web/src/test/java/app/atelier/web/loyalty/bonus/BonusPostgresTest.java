package app.atelier.web.loyalty.bonus;

import static app.atelier.web.testing.SalonFixture.ok;
import static app.atelier.web.testing.SalonFixture.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.atelier.web.testing.MutableClock;
import app.atelier.web.testing.PluginJars;
import app.atelier.web.testing.PostgresSchema;
import app.atelier.web.testing.TestServer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bonus plugin on PostgreSQL (its {@code db/bonus/postgresql} migration, identity keys,
 * {@code ON CONFLICT}, the append-only trigger): accrual, redemption, expiry, refund. Runs when
 * {@code ATELIER_TEST_PG_URL} names a database, as .ci/run sets it.
 */
@EnabledIfEnvironmentVariable(named = BonusPostgresTest.ENV, matches = ".+")
class BonusPostgresTest {
    static final String ENV = "ATELIER_TEST_PG_URL";
    private static final long PRICE = 1_000_000;

    @TempDir
    Path root;
    TestServer server;
    BonusSalon salon;

    @BeforeEach
    void start() {
        PluginJars.install(root.resolve("plugins"), "bonus");
        server = TestServer.start(root, new MutableClock(Instant.parse("2026-12-01T06:00:00Z")), PostgresSchema.fresh("w_bonus_pg"));
        salon = BonusSalon.create(server, "pg", List.of("bonus"), PRICE);
        salon.loyaltyProgram(Map.of("lifetimeDays", 30));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void accrualRedemptionExpiryAndRefundOnPostgres() {
        long anna = salon.client("Anna", null);
        server.core().tasks().runDue();
        salon.visit(anna, "2026-12-01T12:00", 0);                 // +30 000, expires on day 30
        server.clock.advance(Duration.ofDays(1));
        long second = salon.visit(anna, "2026-12-02T12:00", 10_000).get("visitId").asLong();
        assertEquals(List.of(30_000L, 29_700L), salon.amounts(anna, "accrual"));
        assertEquals(List.of(-10_000L), salon.amounts(anna, "redemption"));

        ok(salon.post("/api/v1/visits/" + second + "/refund", Map.of("reason", "Refund")), 201);
        assertEquals(30_000, salon.balance(anna));

        long visit = salon.book(anna, "2026-12-03T12:00");
        int rows = salon.ledgerRows();
        problem(salon.checkout(visit, "over", PRICE, 5_000), 400);
        assertEquals(rows, salon.ledgerRows());

        server.clock.advance(Duration.ofDays(29));                // day 30
        server.core().tasks().runDue();
        salon.relogin();
        assertEquals(List.of(-20_000L, -10_000L), salon.amounts(anna, "expiry"),
                "the first lot's rest, then the 100.00 the refund returned with that lot's expiry");
        assertEquals(0, salon.balance(anna));
    }
}
