package app.atelier.web.pluginhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.api.notify.OutgoingMessage;
import app.atelier.core.AtelierCore;
import app.atelier.core.CoreConfig;
import app.atelier.core.clients.ClientInput;
import app.atelier.core.salons.NewSalon;
import app.atelier.web.testing.MutableClock;
import app.atelier.web.testing.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With the background workers on (as in production), events, messages and tasks move on their
 * own: nothing in the request path delivers them. The clock stays put; only the workers' polling
 * runs, and the test waits for the outcome with a bounded deadline.
 */
class BackgroundWorkersTest {

    @Test
    void workersDeliverEventsMessagesAndTasksWithoutAnyoneAsking(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("plugins"));
        Files.copy(TestServer.proofPluginJar(), root.resolve("plugins/proof.jar"));
        MutableClock clock = new MutableClock(Instant.parse("2026-12-01T06:00:00Z"));
        try (AtelierCore core = new AtelierCore(new CoreConfig(root.resolve("data"), root.resolve("plugins"),
                TestServer.API_VERSION, clock, Duration.ofMillis(20))).start()) {
            core.tariffs().save("with-proof", List.of("proof"));
            long salon = core.salons().create(new NewSalon("workers", "Workers", "Europe/Moscow", "RUB", "RU", "ru",
                    "with-proof", "owner@workers.test", "owner-secret-1")).id();
            core.pluginSettings().setEnabled(salon, "proof", true);

            long client = core.clients().create(salon, ClientInput.named("Eventful Client")).id();
            core.notifications().queue(new OutgoingMessage(salon, client, "proof-pigeon", "loft-7", null, "hi", null, "w-1"));

            awaitAtLeast(1, () -> count(core, "SELECT count(*) FROM proof_event_call WHERE type = 'client.created' AND succeeded = 1"));
            awaitAtLeast(1, () -> count(core, "SELECT count(*) FROM proof_delivery WHERE recipient = 'loft-7'"));
            awaitAtLeast(1, () -> count(core, "SELECT count(*) FROM proof_task_run"));
            assertEquals("sent", core.notifications().log(salon, client).get(0).status().name().toLowerCase());
            // the clock did not move, so the hourly task ran once however often the workers polled
            assertEquals(1, count(core, "SELECT count(*) FROM proof_task_run"));
        }
    }

    private static int count(AtelierCore core, String sql) {
        return core.db().read(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    private static void awaitAtLeast(int expected, IntSupplier actual) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (actual.getAsInt() < expected) {
            assertTrue(System.nanoTime() < deadline, "background workers did not get there within 20 s");
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
    }
}
