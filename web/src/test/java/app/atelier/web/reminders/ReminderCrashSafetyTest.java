package app.atelier.web.reminders;

import static app.atelier.web.reminders.ReminderSalon.local;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.web.testing.MutableClock;
import app.atelier.web.testing.PluginJars;
import app.atelier.web.testing.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stopping the app at any point of a sending round, or running two app nodes on one database,
 * neither loses nor duplicates a message: every planned row ends as exactly one message.
 */
class ReminderCrashSafetyTest {
    @TempDir
    Path root;
    final MutableClock clock = new MutableClock(local("2026-03-25T12:00"));
    TestServer server;
    ReminderSalon salon;
    long anna;
    long boris;
    long annas;
    long boriss;

    @BeforeEach
    void start() {
        PluginJars.install(root.resolve("plugins"), "reminders");
        server = TestServer.start(root, clock);
        salon = ReminderSalon.create(server, "crash", "en", List.of("reminders"));
        salon.settings("reminders", Map.of("reminderOffsets", "24h,2h"));
        anna = salon.client("Anna", "+4915112345678", null, true, null);
        boris = salon.client("Boris", "+4915187654321", null, true, null);
        annas = salon.book(anna, "2026-03-27T15:00");
        boriss = salon.book(boris, "2026-03-27T16:00");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Stops the server and starts a new one on the same data folder and clock. */
    void restart() {
        server.close();
        server = TestServer.start(root, clock);
        salon = salon.on(server);
    }

    /** Messages the host holds for the reminders plugin, by status. */
    int messages(String status) {
        return salon.count("SELECT count(*) FROM message WHERE plugin_id = 'reminders' AND status = ?", status);
    }

    int rows(String status) {
        return salon.count("SELECT count(*) FROM reminders_plan WHERE status = ?", status);
    }

    @Test
    void stoppedBetweenPlanningAndQueuing() {
        server.core().events().dispatchDue(100);  // planned; the confirmations also queued at once
        assertEquals(8, rows("planned") + rows("queued"), "per visit: confirmation, request, 24 h and 2 h reminders");
        restart();

        clock.set(local("2026-03-26T15:00"));  // the first visit's request and 24 h reminder are due
        salon.drive();
        restart();
        clock.set(local("2026-03-27T14:00"));  // every row is due now
        salon.drive();
        salon.drive();
        clock.set(local("2026-03-27T14:05"));
        salon.drive();

        assertEquals(8, rows("queued"));
        assertEquals(8, messages("sent"), "one message per planned row");
        assertEquals(8, salon.count("SELECT count(DISTINCT message_id) FROM reminders_plan"));
    }

    @Test
    void stoppedAfterQueuingBeforeTheRowWasMarked() {
        salon.drive();
        clock.set(local("2026-03-26T15:00"));
        salon.drive();
        JsonNode reminder = salon.row(annas, "reminder", "24h");
        long messageId = reminder.get("messageId").asLong();
        // what a crash between queue() and marking the row leaves behind: the message exists, the row is still planned
        server.core().db().write(h -> h.execute("UPDATE reminders_plan SET status = 'planned', message_id = NULL, channel = NULL "
                + "WHERE id = ?", reminder.get("id").asLong()));
        restart();

        clock.set(local("2026-03-26T15:10"));
        salon.drive();
        JsonNode again = salon.row(annas, "reminder", "24h");
        assertEquals("queued", again.get("status").asText());
        assertEquals(messageId, again.get("messageId").asLong(), "the host answered with the message it already had");
        assertEquals(1, salon.count("SELECT count(*) FROM message WHERE dedup_key = ?", reminder.get("dedupKey").asText()));
        assertEquals(1, salon.count("SELECT count(*) FROM message WHERE id = ? AND status = 'sent'", messageId));
    }

    @Test
    void stoppedAfterQueuingBeforeDelivery() {
        server.core().events().dispatchDue(100);
        clock.set(local("2026-03-26T15:00"));
        server.core().tasks().runDue();  // queued, not delivered
        assertEquals(messages("pending"), rows("queued"));
        assertTrue(rows("queued") >= 3, "two confirmations and the first visit's request and 24 h reminder");
        int queued = rows("queued");
        restart();

        salon.drive();
        salon.drive();
        assertEquals(queued, messages("sent"));
        assertEquals(0, messages("pending"));
        assertEquals(queued, rows("queued"), "nothing queued twice");
    }

    @Test
    void twoNodesSendingAtOnceSendEveryMessageOnce() throws Exception {
        salon.drive();
        TestServer second = TestServer.start(root, clock);
        try {
            clock.set(local("2026-03-27T14:00"));
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<?>> runs = new ArrayList<>();
            for (TestServer node : List.of(server, second)) {
                Callable<Void> round = () -> {
                    for (int i = 0; i < 3; i++) {
                        node.core().events().dispatchDue(100);
                        node.core().tasks().runDue();
                        node.core().notifications().deliverDue(50);
                    }
                    return null;
                };
                runs.add(pool.submit(round));
            }
            for (Future<?> run : runs) {
                run.get();
            }
            pool.shutdown();
            clock.set(local("2026-03-27T14:05"));
            salon.drive();
            second.core().notifications().deliverDue(50);
        } finally {
            second.close();
        }
        assertEquals(8, rows("queued"));
        assertEquals(8, messages("sent"));
        assertEquals(0, salon.count("SELECT count(*) FROM message WHERE plugin_id = 'reminders' AND attempts > 1"),
                "no message was handed to a channel twice");
        assertEquals(4, salon.messages(anna).size(), "confirmation, request, two reminders");
        assertEquals(4, salon.messages(boris).size());
    }
}
