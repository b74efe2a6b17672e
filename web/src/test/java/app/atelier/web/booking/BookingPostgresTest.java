package app.atelier.web.booking;

import static app.atelier.web.testing.SalonFixture.ok;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Booking on PostgreSQL (the plugin's {@code db/booking/postgresql} migrations): a booking with a
 * pause and a one-time-code sign-in, a cancellation through the cabinet, a conflict answered by
 * the database's exclusion constraint. Runs when {@code ATELIER_TEST_PG_URL} names a database.
 */
@EnabledIfEnvironmentVariable(named = BookingPostgresTest.ENV, matches = ".+")
class BookingPostgresTest {
    static final String ENV = "ATELIER_TEST_PG_URL";
    private static final String ANNA = "+79161234567";

    @TempDir
    Path root;
    TestServer server;
    BookingSalon salon;

    @BeforeEach
    void start() {
        PluginJars.install(root.resolve("plugins"), "booking");
        server = TestServer.start(root, new MutableClock(Instant.parse("2026-12-01T06:00:00Z")), PostgresSchema.fresh("w_booking_pg"));
        salon = BookingSalon.create(server, "rosa", List.of("booking"));
        salon.settings("booking", Map.of("codeChannel", "log", "defaultBufferMinutes", 15));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void bookSignInCancelOnPostgres() {
        long visit = ok(salon.book(salon.booking("2026-12-02T10:00", "Anna", ANNA)), 201).get("visitId").asLong();
        List<String> free = salon.slots("2026-12-02");
        assertEquals(false, free.contains("2026-12-02T08:00:00Z"), "the salon's 15-minute pause after the visit");
        assertEquals(true, free.contains("2026-12-02T08:15:00Z"));
        Reply taken = salon.book(salon.booking("2026-12-02T10:00", "Olga", "+79167654321"));
        assertEquals(409, taken.status(), taken.body());

        ok(salon.publicCall("POST", "cabinet/code", Map.of("phone", ANNA)), 202);
        String token = ok(salon.publicCall("POST", "cabinet/session", Map.of("phone", ANNA, "code", salon.lastCode(ANNA))), 201)
                .get("token").asText();
        Map<String, String> bearer = Map.of("Authorization", "Bearer " + token);
        JsonNode cabinet = ok(salon.publicCall("GET", "cabinet/visits", null, bearer), 200);
        assertEquals(visit, cabinet.at("/upcoming/0/id").asLong());
        ok(salon.publicCall("POST", "cabinet/visits/" + visit + "/cancel", null, bearer), 200);
        assertEquals("cancelled", salon.visit(visit).get("status").asText());
    }
}
