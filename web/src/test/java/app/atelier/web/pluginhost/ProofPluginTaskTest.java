package app.atelier.web.pluginhost;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.atelier.web.testing.PluginJars;
import app.atelier.web.testing.TestServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The proof plugin's hourly task "tick": runs once per due time, and its schedule survives a restart. */
class ProofPluginTaskTest {

    @TempDir
    Path root;

    @Test
    void scheduledTaskRunsOncePerDueTimeAndSurvivesARestart() {
        PluginJars.installProof(root.resolve("plugins"));
        TestServer server = TestServer.start(root);
        long salonId;
        try {
            salonId = ProofSalon.create(server, server.operatorToken(), "ticks", "gold", List.of("proof")).enableProof().id;

            server.core().tasks().runDue();
            assertEquals(1, runs(server, salonId), "first run");

            server.core().tasks().runDue();
            assertEquals(1, runs(server, salonId), "not due again at the same time");

            server.clock.advance(Duration.ofMinutes(59));
            server.core().tasks().runDue();
            assertEquals(1, runs(server, salonId), "not due before the hour is up");

            server.clock.advance(Duration.ofMinutes(1));
            server.core().tasks().runDue();
            assertEquals(2, runs(server, salonId), "due an hour later");
        } finally {
            server.close();
        }

        TestServer restarted = TestServer.start(root, server.clock);
        try {
            restarted.core().tasks().runDue();
            assertEquals(2, runs(restarted, salonId), "the schedule persisted: nothing due right after the restart");

            restarted.clock.advance(Duration.ofHours(1));
            restarted.core().tasks().runDue();
            assertEquals(3, runs(restarted, salonId), "due an hour after the last run");
            assertEquals(3L, ((Number) restarted.core().tasks().schedule("proof").get(0).get("runs")).longValue());
        } finally {
            restarted.close();
        }
    }

    private static int runs(TestServer server, long salonId) {
        return server.count("SELECT count(*) FROM proof_task_run WHERE salon_id = :s", Map.of("s", salonId));
    }
}
