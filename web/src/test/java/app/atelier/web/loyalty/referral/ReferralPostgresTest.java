package app.atelier.web.loyalty.referral;

import static app.atelier.web.testing.SalonFixture.adjustmentsOf;
import static app.atelier.web.testing.SalonFixture.cash;
import static app.atelier.web.testing.SalonFixture.ok;
import static app.atelier.web.testing.SalonFixture.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.web.testing.PluginJars;
import app.atelier.web.testing.PostgresSchema;
import app.atelier.web.testing.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The referral story on PostgreSQL (the plugin's {@code db/referral/postgresql} migrations, reads
 * inside the checkout transaction on the shared pool), with the referral and bonus jars. Runs when
 * {@code ATELIER_TEST_PG_URL} names a database, as .ci/run sets it.
 */
@EnabledIfEnvironmentVariable(named = ReferralPostgresTest.ENV, matches = ".+")
class ReferralPostgresTest {
    static final String ENV = "ATELIER_TEST_PG_URL";

    @TempDir
    Path root;
    TestServer server;
    ReferralSalon salon;

    @BeforeEach
    void start() {
        PluginJars.install(root.resolve("plugins"), "referral", "bonus");
        server = TestServer.start(root, new app.atelier.web.testing.MutableClock(Instant.parse("2026-12-01T06:00:00Z")),
                PostgresSchema.fresh("w_referral_pg"));
        salon = ReferralSalon.create(server, "alpha", List.of("bonus", "referral"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aReferralPaysPointsOnceOnTheFirstPaidVisitWithItsWelcomeDiscount() {
        salon.settings("referral", Map.of("referrerPoints", 40_000, "monthlyCapPerReferrer", 1));
        long anna = salon.client("Anna Petrova", "+79161234567");
        long maria = salon.client("Maria Ivanova", "+79167654321");
        long twin = salon.client("Anna P.", "+79161234567");
        String code = salon.code(anna);
        problem(salon.refer(twin, code), 400);
        ok(salon.refer(maria, code), 201);
        problem(salon.refer(salon.client("Olga Sidorova", null), code), 409);
        long first = salon.book(maria, "2026-12-02T12:00");
        JsonNode bill = salon.quote(first).get("bill");
        assertEquals("welcome_discount", adjustmentsOf(bill, "referral").get(0).get("kind").asText(), bill.toString());

        ok(salon.checkout(first, "first", cash(bill.get("total").asLong())), 201);
        assertEquals(200, salon.checkout(first, "first", cash(bill.get("total").asLong())).status());
        long second = salon.book(maria, "2026-12-09T12:00");
        assertTrue(adjustmentsOf(salon.quote(second), "referral").isEmpty());
        salon.payInFull(second);

        assertEquals(40_000, ok(salon.get("/api/v1/bonus/clients/" + anna), 200).get("balance").asLong());
        JsonNode annas = salon.referral(anna);
        assertEquals(1, annas.get("rewards").size(), annas.toString());
        assertEquals("points", annas.get("rewards").get(0).get("kind").asText());
        JsonNode report = ok(salon.get("/api/v1/referral/report"), 200);
        assertEquals(1, report.get("referrers").get(0).get("returned").asInt(), report.toString());
    }
}
