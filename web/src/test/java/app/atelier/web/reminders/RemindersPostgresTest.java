package app.atelier.web.reminders;

import static app.atelier.web.reminders.ReminderSalon.local;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.web.testing.MutableClock;
import app.atelier.web.testing.PluginJars;
import app.atelier.web.testing.PostgresSchema;
import app.atelier.web.testing.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reminders story on PostgreSQL (the plugin's {@code db/reminders/postgresql} migrations, the
 * conditional updates and ON CONFLICT inserts, a restart in the middle). Runs when
 * {@code ATELIER_TEST_PG_URL} names a database, as .ci/run sets it.
 */
@EnabledIfEnvironmentVariable(named = RemindersPostgresTest.ENV, matches = ".+")
class RemindersPostgresTest {
    static final String ENV = "ATELIER_TEST_PG_URL";

    @TempDir
    Path root;
    final MutableClock clock = new MutableClock(local("2026-03-25T12:00"));
    String url;
    TestServer server;
    ReminderSalon salon;

    @BeforeEach
    void start() {
        PluginJars.install(root.resolve("plugins"), "reminders");
        url = PostgresSchema.fresh("w_reminders_pg");
        server = TestServer.start(root, clock, url);
        salon = ReminderSalon.create(server, "postgres", "en", List.of("reminders"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void plansSendsMovesAndSurvivesARestart() {
        salon.settings("reminders", Map.of("reminderOffsets", "24h,2h", "confirmationDeadline", true));
        long anna = salon.client("Anna", "+4915112345678", null, true, null);
        long visit = salon.book(anna, "2026-03-28T15:00");
        salon.drive();
        assertEquals(1, salon.messages(anna).size());
        salon.reschedule(visit, "2026-03-30T11:00");
        salon.drive();
        assertEquals("2026-03-29T11:00", salon.row(visit, "reminder", "24h").get("dueLocal").asText());
        assertEquals("2026-03-30T05:00", salon.row(visit, "confirmation_deadline", "6h").get("dueLocal").asText());

        server.close();
        server = TestServer.start(root, clock, url);
        salon = salon.on(server);
        salon.at("2026-03-29T11:00");
        salon.drive();
        String link = ReminderSalon.link(salon.bodyOf(salon.row(visit, "confirmation_request", "1d")), null);
        assertEquals(200, salon.form(link, "action=confirm").status());
        salon.drive();
        assertEquals("skipped", salon.row(visit, "confirmation_deadline", "6h").get("status").asText());
        List<JsonNode> log = salon.messages(anna);
        assertEquals(3, log.size(), "confirmation, request, 24 h reminder: " + log);
        assertTrue(log.stream().allMatch(m -> m.get("status").asText().equalsIgnoreCase("sent")));
    }
}
