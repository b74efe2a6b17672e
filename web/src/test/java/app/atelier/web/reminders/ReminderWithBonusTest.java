package app.atelier.web.reminders;

import static app.atelier.web.reminders.ReminderSalon.local;
import static app.atelier.web.testing.SalonFixture.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.atelier.web.testing.MutableClock;
import app.atelier.web.testing.PluginJars;
import app.atelier.web.testing.TestServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {bonusBalance} reads the bonus plugin's wallet through the BonusWallet extension point, and is empty without it. */
class ReminderWithBonusTest {
    @TempDir
    Path root;
    TestServer server;

    @BeforeEach
    void start() {
        PluginJars.install(root.resolve("plugins"), "reminders", "bonus");
        server = TestServer.start(root, new MutableClock(local("2026-03-25T12:00")));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theBirthdayGreetingShowsTheBonusBalanceWhenTheBonusPluginIsOn() {
        ReminderSalon salon = ReminderSalon.create(server, "points", "en", List.of("reminders", "bonus"));
        long dora = salon.client("Dora", "+4915100000002", null, true, "1990-03-25");
        ok(server.call("PUT", "/api/v1/reminders/templates/birthday/en", salon.token(), Map.of("subject", "Happy birthday",
                "body", "Happy birthday, {clientName}! You have {bonusBalance} points.")), 200);
        ok(server.call("POST", "/api/v1/bonus/gifts", salon.token(), Map.of("clientId", dora, "amount", 150_050,
                "reason", "Welcome")), 201);
        salon.drive();  // the daily run plans the greeting, due now
        salon.at("2026-03-25T12:05");
        salon.drive();  // the sending task's next run queues it
        assertEquals("Happy birthday, Dora! You have 1,500.50 points.", salon.body(salon.messages(dora).get(0).get("id").asLong()));

        ok(server.call("PUT", "/api/v1/plugins/bonus", salon.token(), Map.of("enabled", false)), 200);
        assertEquals("Happy birthday, Dora! You have  points.", ok(server.call("POST", "/api/v1/reminders/templates/preview",
                salon.token(), Map.of("kind", "birthday", "clientId", dora)), 200).get("body").asText());
    }
}
