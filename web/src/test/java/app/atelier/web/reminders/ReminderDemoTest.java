package app.atelier.web.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.web.admin.PanelClient;
import app.atelier.web.demo.DemoSeeder;
import app.atelier.web.testing.PluginJars;
import app.atelier.web.testing.TestServer;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo salon with the reminders plugin, as a newcomer finds it: the seeder books half a year
 * of history through the real booking and checkout, and none of those past visits may plan a
 * message, so today lists only what the next two weeks' bookings need.
 */
class ReminderDemoTest {
    @TempDir
    Path root;
    TestServer server;

    @BeforeEach
    void start() {
        PluginJars.install(root.resolve("plugins"), "reminders");
        server = TestServer.start(root);
        new DemoSeeder(server.core()).seed("demo-secret-1");
        for (int i = 0; i < 1_000 && server.core().events().dispatchDue(500) > 0; i++) {
            // deliver every event the seeding published, as the background worker would
        }
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theDemosHistoryPlansNothingAndTodayIsShort() {
        int visits = server.count("SELECT count(*) FROM visit");
        int past = server.count("SELECT count(*) FROM visit WHERE start_at <= ?", server.clock.instant().toEpochMilli());
        assertTrue(past > 300, "the demo has its half year of history: " + past + " of " + visits);
        String begun = "FROM reminders_plan p JOIN visit v ON v.id = p.visit_id WHERE v.start_at <= p.created_at";
        assertEquals(0, server.count("SELECT count(*) " + begun + " AND p.kind IN ('booking_confirmation', "
                + "'confirmation_request', 'reminder', 'confirmation_deadline')"), "nothing timed to a start already past");
        assertEquals(0, server.count("SELECT count(*) " + begun + " AND v.start_at < p.created_at - 2 * 86400000"),
                "nothing at all for a visit of days before: " + server.core().db().read(h -> h.createQuery(
                        "SELECT p.kind || ' ' || p.status || ' ' || coalesce(p.reason, '') " + begun).mapTo(String.class).list()));
        int rows = server.count("SELECT count(*) FROM reminders_plan");
        assertTrue(rows > 0 && rows < 4 * (visits - past) + 50, rows + " rows for " + (visits - past) + " visits ahead");

        PanelClient owner = PanelClient.session(server, "owner@demo.local", "demo-secret-1");
        String today = owner.get("/admin/reminders/today").body();
        Matcher due = Pattern.compile("id=\"due-heading\">[^(<]*\\((\\d+)\\)").matcher(today);
        assertTrue(due.find(), today);
        assertTrue(Integer.parseInt(due.group(1)) < 100, "today: " + due.group(1));
    }
}
