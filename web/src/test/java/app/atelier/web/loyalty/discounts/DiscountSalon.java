package app.atelier.web.loyalty.discounts;

import app.atelier.web.testing.SalonFixture;
import app.atelier.web.testing.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A {@link SalonFixture} in Europe/Berlin (EUR, English) on a tariff with the discounts plugin: one
 * master, a haircut (Hair, 600.00), a manicure (Nails, 400.00), a colouring (Hair, 1500.00), and the
 * discounts plugin's own calls: rules, the options a quote or checkout passes to the plugin.
 */
final class DiscountSalon extends SalonFixture {
    static final long HAIRCUT = 60_000;
    static final long MANICURE = 40_000;
    static final long COLOUR = 150_000;

    final long staffId;
    final long haircutId;
    final long manicureId;
    final long colourId;

    private DiscountSalon(SalonFixture salon) {
        super(salon);
        staffId = master("Master of " + slug);
        haircutId = service("Haircut", "Hair", 60, HAIRCUT);
        manicureId = service("Manicure", "Nails", 60, MANICURE);
        colourId = service("Colouring", "Hair", 60, COLOUR);
    }

    /** A salon whose tariff allows {@code tariffPlugins}, with {@code enable} switched on. */
    static DiscountSalon create(TestServer server, String slug, List<String> tariffPlugins, List<String> enable) {
        // sign-ins are limited to 10 a minute per address, on the server's clock: a minute passes per salon
        server.clock.advance(java.time.Duration.ofMinutes(1));
        return new DiscountSalon(SalonFixture.setup(server, slug).place("Europe/Berlin", "EUR", "DE", "en")
                .plugins(tariffPlugins).enabled(enable).create());
    }

    static DiscountSalon create(TestServer server, String slug) {
        return create(server, slug, List.of("discounts"), List.of("discounts"));
    }

    /** The body fields that pass {@code discountOptions} (explain, manual…) to the discounts plugin in a quote or checkout. */
    static Map<String, Object> options(Map<String, Object> discountOptions) {
        return Map.of("options", Map.of("discounts", discountOptions));
    }

    /** Books services with the master at a salon-local start ("2026-10-20T11:00") through a channel; returns the visit. */
    JsonNode book(long clientId, String localStart, String channel, long... serviceIds) {
        return ok(tryBook(clientId, staffId, localStart, channel, serviceIds), 201);
    }

    long bookHaircut(long clientId, String localStart) {
        return book(clientId, staffId, localStart, haircutId);
    }

    /** Creates a rule ({@code POST /api/v1/discounts/rules}); returns its id. */
    long rule(Map<String, Object> body) {
        return ok(post("/api/v1/discounts/rules", body), 201).get("id").asLong();
    }

    /** The bill's adjustments made by the discounts plugin, as "label amount". */
    static List<String> discounts(JsonNode quoteOrBill) {
        return adjustmentsOf(quoteOrBill, "discounts").stream()
                .map(a -> a.get("label").asText() + " " + a.get("amount").asLong()).toList();
    }

    static List<String> notes(JsonNode quote) {
        List<String> result = new ArrayList<>();
        quote.get("notes").forEach(n -> result.add(n.asText()));
        return result;
    }
}
