package app.atelier.web.reminders;

import static app.atelier.web.reminders.ReminderSalon.local;
import static app.atelier.web.testing.SalonFixture.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.web.testing.MutableClock;
import app.atelier.web.testing.PluginJars;
import app.atelier.web.testing.SalonFixture;
import app.atelier.web.testing.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Warnings before bonus points expire, with both real jars: the reminders plugin reads the bonus
 * plugin's {@code BonusWallet.expiring} and warns 7 days and 1 day before, at the message hour,
 * once each, across the DST change of 29 March; nothing when the bonus plugin is off.
 */
class ReminderBonusExpiryTest {
    /** Ten days after the start, across the clocks going forward on 29 March. */
    private static final Instant EXPIRY = local("2026-04-04T18:00");

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
    void pointsExpiringInTenDaysAreWarnedSevenDaysAndOneDayBeforeAtTheMessageHourOnceEach() {
        ReminderSalon salon = ReminderSalon.create(server, "expiry", "en", List.of("reminders", "bonus"));
        long dora = salon.client("Dora", "+4915100000002", null, true, null);
        long eve = salon.client("Eve", "+4915100000003", null, false, null);
        gift(salon, dora, "gift-dora");
        gift(salon, eve, "gift-eve");

        Map<Long, String> firstSeen = runHourlyUntil(salon, dora, "2026-04-05T12:00");

        assertEquals(2, firstSeen.size(), "messages: " + firstSeen);
        List<String> times = List.copyOf(firstSeen.values());
        assertEquals(List.of("2026-03-28T11:00", "2026-04-03T11:00"), times, "7d and 1d before, at 11:00 salon time");
        for (long messageId : firstSeen.keySet()) {
            assertEquals("Dora, 1,000 bonus points expire on 4 April 2026. Use them at Salon expiry before then: "
                    + "http://localhost:7070/s/expiry/booking", salon.body(messageId));
        }
        assertEquals(2, salon.count("SELECT count(*) FROM reminders_plan WHERE kind = 'bonus_expiry' AND client_id = ?", dora));
        assertEquals(1, salon.count("SELECT count(*) FROM reminders_plan WHERE dedup_key = ?",
                "reminders:bonus_expiry:c" + dora + ":7d@" + EXPIRY.getEpochSecond()));
        assertEquals(1, salon.count("SELECT count(*) FROM reminders_plan WHERE dedup_key = ?",
                "reminders:bonus_expiry:c" + dora + ":1d@" + EXPIRY.getEpochSecond()));
        assertEquals(0, salon.messages(eve).size(), "no consent, no warning");
        assertEquals(2, salon.count("SELECT count(*) FROM reminders_plan WHERE kind = 'bonus_expiry' AND client_id = ? "
                + "AND status = 'skipped' AND reason = 'no consent'", eve));
    }

    @Test
    void noWarningWhenTheBonusPluginIsSwitchedOff() {
        ReminderSalon salon = ReminderSalon.create(server, "nobonus", "en", List.of("reminders", "bonus"));
        long dora = salon.client("Dora", "+4915100000002", null, true, null);
        gift(salon, dora, "gift-dora");
        ok(server.call("PUT", "/api/v1/plugins/bonus", salon.token(), Map.of("enabled", false)), 200);

        Map<Long, String> firstSeen = runHourlyUntil(salon, dora, "2026-04-05T12:00");

        assertEquals(Map.of(), firstSeen);
        assertEquals(0, salon.count("SELECT count(*) FROM reminders_plan WHERE kind = 'bonus_expiry'"));
    }

    @Test
    void aPlannedWarningIsSkippedOnceTheBonusPluginIsSwitchedOff() {
        ReminderSalon salon = ReminderSalon.create(server, "later", "en", List.of("reminders", "bonus"));
        long dora = salon.client("Dora", "+4915100000002", null, true, null);
        gift(salon, dora, "gift-dora");
        assertEquals(1, runHourlyUntil(salon, dora, "2026-03-28T12:00").size(), "the 7-day warning went");
        ok(server.call("PUT", "/api/v1/plugins/bonus", salon.token(), Map.of("enabled", false)), 200);

        assertEquals(1, runHourlyUntil(salon, dora, "2026-04-05T12:00").size(), "no 1-day warning");
        assertEquals(1, salon.count("SELECT count(*) FROM reminders_plan WHERE kind = 'bonus_expiry' AND status = 'skipped' "
                + "AND reason = 'the bonus plugin is not active'"));
    }

    @Test
    void theTemplatesShipInEnglishAndRussianAndAcceptPointsAndExpiryDateButNoVisitDate() {
        ReminderSalon salon = ReminderSalon.create(server, "texts", "en", List.of("reminders", "bonus"));
        JsonNode ru = ok(salon.get("/api/v1/reminders/templates/bonus_expiry/ru"), 200);
        assertTrue(ru.toString().contains("{points}") && ru.toString().contains("{expiryDate}") && ru.toString().contains("сгорят"),
                ru.toString());
        ok(server.call("PUT", "/api/v1/reminders/templates/bonus_expiry/en", salon.token(), Map.of("subject", "Points",
                "body", "{clientName}: {points} until {expiryDate}")), 200);
        SalonFixture.problem(server.call("PUT", "/api/v1/reminders/templates/bonus_expiry/en", salon.token(),
                Map.of("subject", "Points", "body", "{clientName}: see you on {date}")), 400);
        JsonNode preview = ok(server.call("POST", "/api/v1/reminders/templates/preview", salon.token(),
                Map.of("kind", "bonus_expiry")), 200);
        assertTrue(preview.get("body").asText().matches("Anna Smith: 500 until \\d{1,2} April 2026"), preview.toString());
    }

    private void gift(ReminderSalon salon, long clientId, String key) {
        ok(server.call("POST", "/api/v1/bonus/gifts", salon.token(), Map.of("clientId", clientId, "amount", 100_000,
                "reason", "Welcome", "expiresAt", EXPIRY.toString()), Map.of("Idempotency-Key", key)), 201);
    }

    /**
     * Moves the clock an hour at a time (driving the tasks twice at each step, as two workers might)
     * until {@code untilLocal}; returns the client's messages with the salon-local time each first
     * appeared, in that order.
     */
    private Map<Long, String> runHourlyUntil(ReminderSalon salon, long clientId, String untilLocal) {
        Map<Long, String> firstSeen = new LinkedHashMap<>();
        Instant until = local(untilLocal);
        for (Instant t = server.clock.instant(); !t.isAfter(until); t = t.plus(Duration.ofHours(1))) {
            server.clock.set(t);
            salon.drive();
            salon.drive();
            String at = t.atZone(ReminderSalon.BERLIN).toLocalDateTime().toString();
            for (JsonNode m : salon.messages(clientId)) {
                firstSeen.putIfAbsent(m.get("id").asLong(), at);
            }
        }
        for (JsonNode m : salon.messages(clientId)) {
            assertTrue(m.get("status").asText().equalsIgnoreCase("sent"), m.toString());
        }
        return firstSeen;
    }
}
