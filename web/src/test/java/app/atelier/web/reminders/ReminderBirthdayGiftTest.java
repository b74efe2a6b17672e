package app.atelier.web.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.web.testing.MutableClock;
import app.atelier.web.testing.PluginJars;
import app.atelier.web.testing.TestServer;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The birthday greeting mentions the bonus plugin's birthday points when it granted some, and not otherwise. */
class ReminderBirthdayGiftTest {
    @TempDir
    Path root;
    TestServer server;

    @BeforeEach
    void start() {
        PluginJars.install(root.resolve("plugins"), "reminders", "bonus");
        server = TestServer.start(root, new MutableClock(LocalDateTime.parse("2026-03-20T12:00")
                .atZone(ReminderSalon.BERLIN).toInstant()));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theGreetingMentionsTheBirthdayPointsOnlyForTheClientWhoGotThem() {
        ReminderSalon salon = ReminderSalon.create(server, "gift", "en", List.of("reminders", "bonus"));
        salon.settings("reminders", Map.of("bookingConfirmation", false, "confirmationRequest", false, "reminders", false,
                "reviewRequest", false));
        assertEquals(200, server.call("PUT", "/api/v1/plugins/bonus/settings", salon.token(),
                Map.of("birthdayGiftAmount", 5_000, "birthdayDaysBefore", 3)).status());
        long dora = salon.client("Dora", "+4915100000012", null, true, "1990-03-29");

        salon.at("2026-03-27T12:00");   // inside the 3-day window: the bonus plugin grants the points
        salon.drive();
        salon.at("2026-03-29T11:00");   // the birthday at the message hour: the greeting goes
        salon.drive();
        assertEquals(1, salon.messages(dora).size());
        String withGift = salon.body(salon.messages(dora).get(0).get("id").asLong());
        assertTrue(withGift.startsWith("Happy birthday, Dora!"), withGift);
        assertTrue(withGift.contains("bonus points to your account as a birthday gift"), withGift);

        assertEquals(200, server.call("PUT", "/api/v1/plugins/bonus", salon.token(), Map.of("enabled", false)).status());
        long emil = salon.client("Emil", "+4915100000013", null, true, "1991-03-30");
        salon.at("2026-03-30T11:00");
        salon.drive();
        assertEquals(1, salon.messages(emil).size());
        String withoutGift = salon.body(salon.messages(emil).get(0).get("id").asLong());
        assertFalse(withoutGift.contains("bonus"), "bonus is off: no gift line: " + withoutGift);
    }
}
