package app.atelier.web.loyalty.discounts;

import static app.atelier.web.loyalty.discounts.DiscountSalon.discounts;
import static app.atelier.web.loyalty.discounts.DiscountSalon.options;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.atelier.web.testing.MutableClock;
import app.atelier.web.testing.PluginJars;
import app.atelier.web.testing.PostgresSchema;
import app.atelier.web.testing.TestServer;
import app.atelier.web.testing.TestServer.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The discounts plugin's own migrations and SQL on PostgreSQL (ATELIER_TEST_PG_URL, set by .ci/run):
 * rules with targets and tiers, the personal discount's upsert, the manual log and its refund row.
 */
@EnabledIfEnvironmentVariable(named = "ATELIER_TEST_PG_URL", matches = ".+")
class DiscountsPostgresTest {
    @TempDir
    Path root;

    @Test
    void rulesPersonalAndManualDiscountsOnPostgres() {
        PluginJars.install(root.resolve("plugins"), "discounts");
        try (TestServer server = TestServer.start(root, new MutableClock(Instant.parse("2026-12-01T06:00:00Z")), PostgresSchema.fresh(DiscountsPostgresTest.class))) {
            DiscountSalon salon = DiscountSalon.create(server, "pg");
            long tiered = salon.rule(Map.of("name", "Loyalty", "kind", "percent", "combines", true,
                    "target", Map.of("type", "categories", "categories", List.of("Hair")),
                    "conditions", Map.of("spendTiers", List.of(Map.of("minSpent", 0, "value", 500)), "tierResetDays", 90,
                            "weekdays", List.of("tue"), "hours", Map.of("from", "10:00", "to", "18:00"), "channels", List.of("admin"))));
            long fixed = salon.rule(Map.of("name", "Minus 10", "kind", "fixed", "value", 1000,
                    "target", Map.of("type", "services", "ids", List.of(salon.manicureId))));
            assertEquals(200, salon.call("PUT", "/api/v1/discounts/rules/" + fixed, Map.of("name", "Minus 20", "kind", "fixed",
                    "value", 2000, "target", Map.of("type", "services", "ids", List.of(salon.manicureId)))).status());
            long client = salon.client("Pia", null);
            Reply first = salon.call("PUT", "/api/v1/discounts/clients/" + client + "/personal", Map.of("percent", 300, "reason", "a"));
            assertEquals(200, first.status(), first.body());
            assertEquals(200, salon.call("PUT", "/api/v1/discounts/clients/" + client + "/personal",
                    Map.of("percent", 400, "reason", "b")).status());
            assertEquals(400, salon.call("GET", "/api/v1/discounts/clients/" + client + "/personal", null).json().get("percent").asLong());
            long visit = salon.book(client, "2026-11-03T11:00", "admin", salon.haircutId, salon.manicureId).get("id").asLong();
            assertEquals(List.of("Loyalty -3000", "Personal discount −4% -4000"), discounts(salon.quote(visit)), "4% beats 20.00");
            JsonNode bill = salon.payInFull(visit, options(Map.of("manual", Map.of("amount", 1500, "reason", "regular"))));
            assertEquals(List.of("Loyalty -3000", "Personal discount −4% -4000", "Manual discount -1500"), discounts(bill));
            assertEquals(201, salon.call("POST", "/api/v1/visits/" + visit + "/refund", Map.of("reason", "complaint")).status());
            JsonNode log = salon.call("GET", "/api/v1/discounts/manual-log", null).json();
            assertEquals(2, log.get("entries").size(), log.toString());
            assertEquals(1500, log.get("refunded").asLong());
            assertEquals(204, salon.call("DELETE", "/api/v1/discounts/rules/" + tiered, null).status());
            assertEquals(1, salon.call("GET", "/api/v1/discounts/rules", null).json().size());
        }
    }
}
