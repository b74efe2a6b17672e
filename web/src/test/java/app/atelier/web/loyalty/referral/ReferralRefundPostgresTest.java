package app.atelier.web.loyalty.referral;

import static app.atelier.web.testing.SalonFixture.ok;
import static app.atelier.web.testing.SalonFixture.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.atelier.web.testing.MutableClock;
import app.atelier.web.testing.PluginJars;
import app.atelier.web.testing.PostgresSchema;
import app.atelier.web.testing.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
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
 * Refunds undoing referral rewards on PostgreSQL (the V2 migrations of referral and bonus, the
 * wallet's reversal in the refund's transaction), with the referral and bonus jars. Runs when
 * {@code ATELIER_TEST_PG_URL} names a database.
 */
@EnabledIfEnvironmentVariable(named = ReferralPostgresTest.ENV, matches = ".+")
class ReferralRefundPostgresTest {
    private static final long POINTS = 70_000;

    @TempDir
    Path root;
    TestServer server;
    ReferralSalon salon;

    @BeforeEach
    void start() {
        PluginJars.install(root.resolve("plugins"), "referral", "bonus");
        server = TestServer.start(root, new MutableClock(Instant.parse("2026-12-01T06:00:00Z")),
                PostgresSchema.fresh("w_referral_refund_pg"));
        salon = ReferralSalon.create(server, "alpha", List.of("bonus", "referral"));
        salon.settings("referral", Map.of("referrerPoints", POINTS));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aRefundTakesThePointsBackOnceAndTheNextFirstVisitEarnsThemAgain() {
        long anna = salon.client("Anna Petrova", "+79161234567");
        long maria = salon.client("Maria Ivanova", "+79167654321");
        ok(salon.refer(maria, salon.code(anna)), 201);
        long first = salon.visitAndPay(maria, "2026-12-02T12:00");
        assertEquals(POINTS, balance(anna));

        ok(refund(first), 201);
        problem(refund(first), 409);

        assertEquals(0, balance(anna));
        JsonNode reward = salon.referral(anna).get("rewards").get(0);
        assertEquals("reversed", reward.get("status").asText(), reward.toString());
        assertEquals(POINTS, reward.get("takenBack").asLong());

        // bonus off when the second first visit is refunded: the take-back waits for the task
        long again = salon.visitAndPay(maria, "2026-12-09T12:00");
        assertEquals(POINTS, balance(anna));
        salon.enable("bonus", false);
        ok(refund(again), 201);
        assertEquals("reversal_pending", salon.referral(anna).get("rewards").get(1).get("status").asText());
        salon.enable("bonus", true);
        server.clock.advance(Duration.ofHours(1));
        server.core().tasks().runDue();
        salon.relogin();
        assertEquals(0, balance(anna));
        assertEquals("reversed", salon.referral(anna).get("rewards").get(1).get("status").asText());
        assertEquals(2, salon.count("SELECT count(*) FROM bonus_wallet_reversal", Map.of()));
    }

    private TestServer.Reply refund(long visitId) {
        return server.call("POST", "/api/v1/visits/" + visitId + "/refund", salon.token(), Map.of("reason", "complaint"));
    }

    private long balance(long clientId) {
        return ok(salon.get("/api/v1/bonus/clients/" + clientId), 200).get("balance").asLong();
    }
}
