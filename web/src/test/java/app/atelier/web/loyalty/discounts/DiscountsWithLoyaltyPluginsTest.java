package app.atelier.web.loyalty.discounts;

import static app.atelier.web.loyalty.discounts.DiscountSalon.discounts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.web.testing.MutableClock;
import app.atelier.web.testing.PluginJars;
import app.atelier.web.testing.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The discounts jar next to the other loyalty plugins' jars (bonus, referral — whichever are built):
 * discounts price the bill first, whether the others are switched on for the salon or not.
 */
class DiscountsWithLoyaltyPluginsTest {
    @TempDir
    Path root;

    @Test
    void discountsWorkWithTheOtherLoyaltyPluginsOnAndOff() {
        List<String> loaded = new ArrayList<>(List.of("discounts"));
        PluginJars.install(root.resolve("plugins"), "discounts");
        for (String other : List.of("bonus", "referral")) {
            if (Files.exists(PluginJars.built(other))) {
                PluginJars.install(root.resolve("plugins"), other);
                loaded.add(other);
            }
        }
        try (TestServer server = TestServer.start(root, new MutableClock(Instant.parse("2026-12-01T06:00:00Z")))) {
            JsonNode health = server.call("GET", "/health", null, null).json();
            assertTrue(health.toString().contains("discounts"), health.toString());
            DiscountSalon together = DiscountSalon.create(server, "together", loaded, loaded);
            together.rule(Map.of("name", "Welcome −15%", "kind", "percent", "value", 1500,
                    "conditions", Map.of("firstVisitOnly", true)));
            long visit = together.bookHaircut(together.client("Lena", null), "2026-11-03T10:00");
            JsonNode bill = together.payInFull(visit);
            assertEquals(List.of("Welcome −15% -9000"), discounts(bill), bill.toString());
            JsonNode first = bill.get("bill").get("adjustments").get(0);
            assertEquals("discounts", first.get("plugin").asText(), "discounts run first (order 100)");

            DiscountSalon alone = DiscountSalon.create(server, "alone", loaded, List.of("discounts"));
            alone.rule(Map.of("name", "Welcome −15%", "kind", "percent", "value", 1500, "conditions", Map.of("firstVisitOnly", true)));
            long single = alone.bookHaircut(alone.client("Lena", null), "2026-11-03T10:00");
            JsonNode q = alone.quote(single);
            assertEquals(List.of("Welcome −15% -9000"), discounts(q));
            assertEquals(DiscountSalon.HAIRCUT - 9000, q.get("bill").get("total").asLong());
        }
    }
}
