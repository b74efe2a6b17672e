package app.atelier.web.loyalty.discounts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.atelier.web.testing.TestServer;
import app.atelier.web.testing.TestServer.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A salon in Europe/Berlin (EUR) on a tariff with the discounts plugin switched on: one master, a
 * haircut (Hair, 600.00), a manicure (Nails, 400.00), a colouring (Hair, 1500.00), and the calls the
 * discounts tests make.
 */
final class DiscountSalon {
    static final long HAIRCUT = 60_000;
    static final long MANICURE = 40_000;
    static final long COLOUR = 150_000;

    final TestServer server;
    final String token;
    final long staffId;
    final long haircutId;
    final long manicureId;
    final long colourId;

    private DiscountSalon(TestServer server, String token, long staffId, long haircutId, long manicureId, long colourId) {
        this.server = server;
        this.token = token;
        this.staffId = staffId;
        this.haircutId = haircutId;
        this.manicureId = manicureId;
        this.colourId = colourId;
    }

    static DiscountSalon create(TestServer server, String slug, List<String> tariffPlugins, List<String> enable) {
        // sign-ins are limited to 10 a minute per address, on the server's clock: a minute passes per salon
        server.clock.advance(java.time.Duration.ofMinutes(1));
        String op = server.operatorToken();
        Reply t = server.call("POST", "/api/v1/platform/tariffs", op, Map.of("name", "tariff-" + slug, "plugins", tariffPlugins));
        assertEquals(201, t.status(), t.body());
        Reply s = server.call("POST", "/api/v1/platform/salons", op, Map.of("slug", slug, "name", "Salon " + slug,
                "timezone", "Europe/Berlin", "currency", "EUR", "country", "DE", "locale", "en", "tariff", "tariff-" + slug,
                "owner", Map.of("email", "owner@" + slug + ".test", "password", "owner-secret-1")));
        assertEquals(201, s.status(), s.body());
        String token = server.login("owner@" + slug + ".test", "owner-secret-1");
        for (String id : enable) {
            Reply on = server.call("PUT", "/api/v1/plugins/" + id, token, Map.of("enabled", true));
            assertEquals(200, on.status(), on.body());
        }
        Reply staff = server.call("POST", "/api/v1/staff", token, Map.of("name", "Master of " + slug));
        assertEquals(201, staff.status(), staff.body());
        return new DiscountSalon(server, token, staff.json().get("id").asLong(), service(server, token, "Haircut", "Hair", HAIRCUT),
                service(server, token, "Manicure", "Nails", MANICURE), service(server, token, "Colouring", "Hair", COLOUR));
    }

    static DiscountSalon create(TestServer server, String slug) {
        return create(server, slug, List.of("discounts"), List.of("discounts"));
    }

    private static long service(TestServer server, String token, String name, String category, long price) {
        Reply r = server.call("POST", "/api/v1/services", token, Map.of("name", name, "category", category,
                "durationMinutes", 60, "price", price));
        assertEquals(201, r.status(), r.body());
        return r.json().get("id").asLong();
    }

    /** A client; {@code extra} may carry birthday and tags. */
    long client(String name, Map<String, Object> extra) {
        Map<String, Object> body = new LinkedHashMap<>(extra);
        body.put("name", name);
        Reply r = server.call("POST", "/api/v1/clients", token, body);
        assertEquals(201, r.status(), r.body());
        return r.json().get("id").asLong();
    }

    /** Books services at a salon-local start ("2026-10-20T11:00") through a channel; returns the visit. */
    JsonNode book(long clientId, String localStart, String channel, long... serviceIds) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (long id : serviceIds) {
            items.add(Map.of("serviceId", id));
        }
        Reply r = server.call("POST", "/api/v1/visits", token, Map.of("clientId", clientId, "staffId", staffId, "start", localStart,
                "items", items, "channel", channel));
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    long bookHaircut(long clientId, String localStart) {
        return book(clientId, localStart, "admin", haircutId).get("id").asLong();
    }

    /** The quote {visitId, bill, warnings, notes} with the discounts plugin's options. */
    JsonNode quote(long visitId, Map<String, Object> discountOptions) {
        return quote(token, visitId, discountOptions);
    }

    JsonNode quote(String as, long visitId, Map<String, Object> discountOptions) {
        Reply r = server.call("POST", "/api/v1/visits/" + visitId + "/quote", as,
                discountOptions == null ? null : Map.of("options", Map.of("discounts", discountOptions)));
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    JsonNode quote(long visitId) {
        return quote(visitId, null);
    }

    /** Completes the visit paying the whole total in cash; returns the completed bill. */
    JsonNode checkout(String as, long visitId, Map<String, Object> discountOptions) {
        long total = quote(as, visitId, discountOptions).get("bill").get("total").asLong();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("payments", total == 0 ? List.of() : List.of(Map.of("method", "cash", "amount", total)));
        if (discountOptions != null) {
            body.put("options", Map.of("discounts", discountOptions));
        }
        Reply r = server.call("POST", "/api/v1/visits/" + visitId + "/checkout", as, body,
                Map.of("Idempotency-Key", "checkout-" + visitId));
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    JsonNode checkout(long visitId) {
        return checkout(token, visitId, null);
    }

    /** Creates a rule; returns its id. */
    long rule(Map<String, Object> body) {
        Reply r = call("POST", "/api/v1/discounts/rules", body);
        assertEquals(201, r.status(), r.body());
        return r.json().get("id").asLong();
    }

    void settings(Map<String, Object> values) {
        Reply r = call("PUT", "/api/v1/plugins/discounts/settings", values);
        assertEquals(200, r.status(), r.body());
    }

    Reply call(String method, String path, Object body) {
        return server.call(method, path, token, body);
    }

    /** The bill's adjustments made by the discounts plugin, as "label amount". */
    static List<String> discounts(JsonNode quoteOrBill) {
        JsonNode bill = quoteOrBill.has("bill") ? quoteOrBill.get("bill") : quoteOrBill;
        List<String> result = new ArrayList<>();
        for (JsonNode a : bill.get("adjustments")) {
            if ("discounts".equals(a.path("plugin").asText())) {
                result.add(a.get("label").asText() + " " + a.get("amount").asLong());
            }
        }
        return result;
    }

    static List<String> notes(JsonNode quote) {
        List<String> result = new ArrayList<>();
        quote.get("notes").forEach(n -> result.add(n.asText()));
        return result;
    }
}
