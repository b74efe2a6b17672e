package app.atelier.core.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.atelier.api.notify.OutgoingMessage;
import app.atelier.core.common.InvalidInputException;
import app.atelier.core.notify.MessageLogEntry.Status;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing goes out at night in the salon's zone; what would arrive too late is dropped with a reason. */
class QuietHoursTest {
    @TempDir
    Path dir;
    NotifyFixture fx;
    CountingChannel channel = new CountingChannel("counting");
    NotificationService service;
    long berlin;

    @BeforeEach
    void setUp() {
        fx = new NotifyFixture(dir);
        berlin = fx.db.write(h -> {
            h.execute("INSERT INTO tariff (name, created_at) VALUES ('basic', 0) ON CONFLICT (name) DO NOTHING");
            return h.createUpdate("""
                            INSERT INTO salon (slug, name, timezone, currency, country, locale, tariff_id, created_at)
                            VALUES ('berlin', 'Berlin', 'Europe/Berlin', 'EUR', 'DE', 'de', (SELECT id FROM tariff WHERE name = 'basic'), 0)""")
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        });
        service = fx.service(NotifyFixture.NO_PLUGINS, channel);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private long queue(String key, Instant expiresAt) {
        return service.queue(new OutgoingMessage(berlin, null, "counting", "+4915112345678", null, "hello", null, key, expiresAt));
    }

    private MessageLogEntry entry(long id) {
        return service.log(berlin, null).stream().filter(e -> e.id() == id).findFirst().orElseThrow();
    }

    @Test
    void aMessageDueAtNightWaitsForTheMorningAcrossTheDstChange() {
        // Saturday 2026-03-28 23:30 in Berlin (UTC+1); the clocks go forward that night
        fx.clock.set(Instant.parse("2026-03-28T22:30:00Z"));
        long id = queue("night", null);
        assertEquals(1, service.deliverDue(10));
        MessageLogEntry held = entry(id);
        assertEquals(Status.PENDING, held.status());
        assertEquals(0, held.attempts(), "being held is not a failed attempt");
        assertEquals(Instant.parse("2026-03-29T07:00:00Z"), held.nextAttemptAt(), "09:00 summer time is 07:00 UTC");
        assertEquals(0, channel.total());

        fx.clock.set(Instant.parse("2026-03-29T06:59:00Z"));
        assertEquals(0, service.deliverDue(10));
        fx.clock.set(Instant.parse("2026-03-29T07:00:00Z"));
        assertEquals(1, service.deliverDue(10));
        assertEquals(Status.SENT, entry(id).status());
        assertEquals(1, channel.total());
    }

    @Test
    void aMessageThatWouldArriveAfterItStopsMatteringIsDroppedWithAReason() {
        fx.clock.set(Instant.parse("2026-06-10T21:00:00Z")); // 23:00 Berlin summer time
        long reminder = queue("reminder", Instant.parse("2026-06-11T05:00:00Z")); // visit at 07:00, before quiet hours end
        long expired = queue("expired", Instant.parse("2026-06-10T20:00:00Z"));
        service.deliverDue(10);
        assertEquals(Status.SKIPPED, entry(reminder).status());
        assertEquals("quiet hours: it would be sent only after it stopped mattering", entry(reminder).lastError());
        assertEquals(Status.SKIPPED, entry(expired).status());
        assertEquals("expired before it could be sent", entry(expired).lastError());
        assertEquals(0, channel.total());
    }

    @Test
    void aSalonChoosesItsWindowOrSwitchesItOff() {
        fx.clock.set(Instant.parse("2026-06-10T18:30:00Z")); // 20:30 Berlin
        service.quietHours().set(berlin, "20:00", "08:00");
        long early = queue("early", null);
        service.deliverDue(10);
        assertEquals(Instant.parse("2026-06-11T06:00:00Z"), entry(early).nextAttemptAt());

        service.quietHours().set(berlin, "00:00", "00:00");
        fx.clock.advance(Duration.ofSeconds(1));
        long now = queue("now", null);
        service.deliverDue(10);
        assertEquals(Status.SENT, entry(now).status());

        InvalidInputException bad = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> service.quietHours().set(berlin, "25:00", "9"));
        assertEquals(2, bad.errors().size());
    }

    @Test
    void anUrgentMessageTheClientIsWaitingForIgnoresQuietHours() {
        fx.clock.set(Instant.parse("2026-06-10T21:00:00Z")); // 23:00 Berlin
        long code = service.queue(new OutgoingMessage(berlin, null, "counting", "+4915112345678", null, "code 123456", null,
                "code-1", Instant.parse("2026-06-10T21:10:00Z"), true));
        service.deliverDue(10);
        assertEquals(Status.SENT, entry(code).status());
        assertEquals(1, channel.total());
    }
}
