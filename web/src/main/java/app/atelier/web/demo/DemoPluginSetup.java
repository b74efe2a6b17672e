package app.atelier.web.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives the demo salon's plugins something to show — a bonus program with two levels and two
 * discount rules — through the plugins' own public REST API, as an owner would set them up: the
 * host knows nothing of a plugin's tables, and the API checks what it is given.
 */
final class DemoPluginSetup {
    private final URI base;
    private final String ownerToken;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    DemoPluginSetup(URI base, String ownerToken) {
        this.base = base;
        this.ownerToken = ownerToken;
    }

    /** Sets up whichever of the plugins are active for the demo salon; a refusal is reported, not fatal. */
    void setUp(Set<String> active) {
        if (active.contains("bonus")) {
            post("/api/v1/bonus/programs", Map.of("name", "Loyalty", "kind", "permanent",
                    "tiers", List.of(Map.of("name", "Base", "minSpent", 0, "accrualBasisPoints", 300),
                            Map.of("name", "Silver", "minSpent", 3_000_000, "accrualBasisPoints", 500),
                            Map.of("name", "Gold", "minSpent", 8_000_000, "accrualBasisPoints", 700)),
                    "minBill", 0, "lifetimeDays", 365, "earning", Map.of("services", List.of(), "categories", List.of(),
                            "products", List.of())));
        }
        if (active.contains("discounts")) {
            post("/api/v1/discounts/rules", Map.of("name", "Quiet mornings −10%", "kind", "percent", "value", 1000,
                    "combines", false, "target", Map.of("type", "bill"),
                    "conditions", Map.of("weekdays", List.of("tue", "wed", "thu"), "hours", Map.of("from", "10:00", "to", "12:00"))));
            post("/api/v1/discounts/rules", Map.of("name", "Nails and brows for VIPs −5%", "kind", "percent", "value", 500,
                    "combines", true, "target", Map.of("type", "categories", "categories", List.of("Nails", "Brows")),
                    "conditions", Map.of("clientTags", List.of("vip"))));
        }
    }

    private void post(String path, Object body) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve(path))
                    .header("Authorization", "Bearer " + ownerToken).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() >= 300) {
                System.out.printf("Demo: %s refused (%d): %s%n", path, r.statusCode(), r.body());
            }
        } catch (IOException e) {
            System.out.printf("Demo: %s not reached: %s%n", path, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
