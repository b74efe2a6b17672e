package app.atelier.web.booking;

import static app.atelier.web.testing.SalonFixture.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.web.testing.PluginJars;
import app.atelier.web.testing.SalonFixture;
import app.atelier.web.testing.TestServer;
import app.atelier.web.testing.TestServer.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desk's side: pauses after services, services withdrawn from online booking, which services a
 * master takes, a visit's link for the client; roles and salons kept apart. And CORS for a branded
 * web app: only the salon's listed origins.
 */
class BookingDeskTest {
    @TempDir
    Path root;
    TestServer server;
    BookingSalon salon;

    @BeforeEach
    void start() {
        PluginJars.install(root.resolve("plugins"), "booking");
        server = TestServer.start(root);
        salon = BookingSalon.create(server, "rosa", List.of("booking"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Reply desk(String method, String path, Object body) {
        return server.call(method, "/api/v1/booking/" + path, salon.token(), body);
    }

    private List<String> staffFor(long serviceId) {
        List<String> names = new ArrayList<>();
        ok(salon.publicCall("GET", "booking/staff?serviceIds=" + serviceId, null), 200).get("staff")
                .forEach(s -> names.add(s.get("name").asText()));
        return names;
    }

    @Test
    void pausesOnlineFlagsAndMastersServicesShapeTheFreeTimes() {
        JsonNode services = ok(desk("GET", "services", null), 200);
        assertTrue(services.get(0).get("bufferMinutes") == null || services.get(0).get("bufferMinutes").isNull());
        assertEquals(0, services.get(0).get("effectiveBufferMinutes").asInt());
        ok(desk("PUT", "services/" + salon.serviceId, Map.of("bufferMinutes", 30)), 200);
        ok(salon.book(salon.booking("2026-12-02T10:00", "Anna", "+79161234567")), 201);
        List<String> free = salon.slots("2026-12-02");
        assertFalse(free.contains("2026-12-02T08:00:00Z"), "11:00 falls into the half hour after the 10:00 haircut");
        assertTrue(free.contains("2026-12-02T08:30:00Z"));
        assertFalse(free.contains("2026-12-02T06:45:00Z"), "a haircut at 09:45 would need its pause till 11:15");

        long manicure = ok(server.call("POST", "/api/v1/services", salon.token(), Map.of("name", "Manicure", "category", "Nails",
                "durationMinutes", 45, "price", 120000)), 201).get("id").asLong();
        long alina = salon.master("Alina", SalonFixture.hours(1, 6, "10:00", "20:00"));
        ok(desk("PUT", "staff/" + alina, Map.of("serviceIds", List.of(manicure))), 200);
        assertEquals(List.of("Vera"), staffFor(salon.serviceId), "Alina takes only manicures online");
        assertEquals(List.of("Alina", "Vera"), staffFor(manicure));
        Map<String, Object> haircutWithAlina = salon.booking("2026-12-02T12:00", "Olga", "+79167654321");
        haircutWithAlina.put("staffId", alina);
        assertEquals("staffId", salon.book(haircutWithAlina).json().at("/errors/0/field").asText());

        ok(desk("PUT", "services/" + salon.serviceId, Map.of("online", false)), 200);
        JsonNode offered = ok(salon.publicCall("GET", "booking/services", null), 200).get("services");
        assertEquals(1, offered.size());
        assertEquals("Manicure", offered.get(0).get("name").asText());
        assertEquals(400, salon.book(salon.booking("2026-12-02T14:00", "Olga", "+79167654321")).status());
    }

    @Test
    void rolesSalonsAndBadInput() {
        long vera = salon.staffId;
        ok(server.call("POST", "/api/v1/users", salon.token(), Map.of("email", "vera@rosa.test", "password", "master-secret-1",
                "role", "master", "staffId", vera)), 201);
        String master = server.login("vera@rosa.test", "master-secret-1");
        assertEquals(200, server.call("GET", "/api/v1/booking/services", master, null).status(), "a master reads");
        assertEquals(403, server.call("PUT", "/api/v1/booking/services/" + salon.serviceId, master, Map.of("bufferMinutes", 5))
                .status(), "but does not change");
        assertEquals(400, desk("PUT", "services/" + salon.serviceId, Map.of("bufferMinutes", 999)).status());
        assertEquals(400, desk("PUT", "services/" + salon.serviceId, Map.of("online", "yes")).status());
        assertEquals(400, desk("PUT", "staff/" + vera, Map.of("serviceIds", List.of(424242))).status());
        BookingSalon other = BookingSalon.create(server, "lily", List.of("booking"));
        assertEquals(404, server.call("PUT", "/api/v1/booking/services/" + salon.serviceId, other.token(),
                Map.of("bufferMinutes", 5)).status(), "another salon's service is not found");
        assertEquals(404, server.call("PUT", "/api/v1/booking/staff/" + vera, other.token(), Map.of("serviceIds", List.of()))
                .status());

        long visit = ok(salon.book(salon.booking("2026-12-02T10:00", "Anna", "+79161234567")), 201).get("visitId").asLong();
        JsonNode links = ok(desk("GET", "visits/" + visit + "/links", null), 200);
        assertEquals(200, server.call("GET", links.get("manageUrl").asText(), null, null).status());
        assertEquals(404, server.call("GET", "/api/v1/booking/visits/" + visit + "/links", other.token(), null).status());
    }

    @Test
    void corsAnswersOnlyTheSalonsOrigins() {
        salon.settings("booking", Map.of("corsOrigins", "https://app.rosa.example, https://m.rosa.example"));
        Map<String, String> listed = Map.of("Origin", "https://app.rosa.example");
        Reply allowed = salon.publicCall("GET", "booking/services", null, listed);
        assertEquals(200, allowed.status());
        Reply preflight = salon.publicCall("OPTIONS", "booking/bookings", null, Map.of("Origin", "https://m.rosa.example",
                "Access-Control-Request-Method", "POST"));
        assertEquals(204, preflight.status(), preflight.body());
        Reply refused = salon.publicCall("POST", "booking/bookings", Map.of(), Map.of("Origin", "https://evil.example"));
        assertEquals(400, refused.status());
        CorsProbe probe = new CorsProbe(server.url("/api/v1/public/rosa/"));
        assertEquals("https://app.rosa.example", probe.allowOrigin("GET", "booking/services", "https://app.rosa.example"));
        assertEquals("https://m.rosa.example", probe.allowOrigin("OPTIONS", "cabinet/visits", "https://m.rosa.example"));
        assertTrue(probe.header("OPTIONS", "cabinet/visits", "https://m.rosa.example", "Access-Control-Allow-Headers")
                .contains("Authorization"));
        assertNull(probe.allowOrigin("GET", "booking/services", "https://evil.example"));
        assertEquals("https://app.rosa.example", probe.allowOrigin("POST", "booking/bookings", "https://app.rosa.example"),
                "error answers carry it too, so the app can read them");
    }
}
