package app.atelier.web.booking;

import static app.atelier.web.testing.SalonFixture.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.web.testing.PluginJars;
import app.atelier.web.testing.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Booking next to the real referral jar: a promo code typed at booking reaches the referral plugin
 * through its {@code Referrals} extension (a refused code still books), and the referral plugin's
 * widget shows in the referrer's cabinet. Without referral in the tariff there is no promo field.
 */
class BookingWithReferralTest {
    private static final String ANNA = "+79161234567";

    @TempDir
    Path root;
    TestServer server;
    BookingSalon salon;

    @BeforeEach
    void start() {
        PluginJars.install(root.resolve("plugins"), "booking", "referral");
        server = TestServer.start(root);
        salon = BookingSalon.create(server, "rosa", List.of("booking", "referral"));
        salon.settings("booking", Map.of("codeChannel", "log"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aPromoCodeAtBookingLinksTheNewClientAndTheReferrerSeesItInTheCabinet() {
        long anna = ok(server.call("POST", "/api/v1/clients", salon.token(), Map.of("name", "Anna Petrova", "phone", ANNA)), 201)
                .get("id").asLong();
        String code = ok(server.call("GET", "/api/v1/referral/clients/" + anna + "/code", salon.token(), null), 200)
                .get("code").asText();
        assertTrue(ok(salon.publicCall("GET", "booking/services", null), 200).at("/salon/promoCodes").asBoolean());
        assertTrue(new Browserless(server.url("")).get("/s/rosa/booking/details?serviceIds=" + salon.serviceId
                + "&staffId=any&start=2026-12-02T07:00:00Z").body().contains("name=\"promoCode\""));

        Map<String, Object> olga = salon.booking("2026-12-02T10:00", "Olga Smirnova", "+79167654321");
        olga.put("promoCode", code.toLowerCase());
        JsonNode booked = ok(salon.book(olga), 201);
        assertTrue(booked.at("/referral/accepted").asBoolean(), booked.toString());
        long olgaId = salon.visit(booked.get("visitId").asLong()).get("clientId").asLong();
        JsonNode link = ok(server.call("GET", "/api/v1/referral/clients/" + olgaId, salon.token(), null), 200);
        assertEquals(anna, link.at("/referredBy/clientId").asLong(), link.toString());

        Map<String, Object> self = salon.booking("2026-12-02T12:00", "Anna Petrova", ANNA);
        self.put("promoCode", code);
        JsonNode own = ok(salon.book(self), 201);
        assertFalse(own.at("/referral/accepted").asBoolean(), "her own code is refused, the visit is booked anyway");

        ok(salon.publicCall("POST", "cabinet/code", Map.of("phone", ANNA)), 202);
        String token = ok(salon.publicCall("POST", "cabinet/session", Map.of("phone", ANNA, "code", salon.lastCode(ANNA))), 201)
                .get("token").asText();
        JsonNode cabinet = ok(salon.publicCall("GET", "cabinet/visits", null, Map.of("Authorization", "Bearer " + token)), 200);
        JsonNode widget = cabinet.get("widgets").get(0);
        assertEquals("referral", widget.get("plugin").asText(), cabinet.toString());
        assertEquals(code, widget.at("/data/code").asText());
        assertEquals(1, widget.at("/data/broughtCount").asInt());

        ok(server.call("PUT", "/api/v1/plugins/referral", salon.token(), Map.of("enabled", false)), 200);
        assertFalse(ok(salon.publicCall("GET", "booking/services", null), 200).at("/salon/promoCodes").asBoolean());
        assertEquals(0, ok(salon.publicCall("GET", "cabinet/visits", null, Map.of("Authorization", "Bearer " + token)), 200)
                .get("widgets").size(), "an inactive plugin shows nothing");
    }
}
