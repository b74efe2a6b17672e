package app.atelier.core.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.api.notify.DeliveryResult;
import app.atelier.api.notify.NotificationChannel;
import app.atelier.api.notify.OutgoingMessage;
import app.atelier.core.common.FieldError;
import app.atelier.core.common.InvalidInputException;
import app.atelier.core.common.NotFoundException;
import app.atelier.core.db.Database;
import app.atelier.core.notify.MessageLogEntry.Status;
import app.atelier.core.plugins.ActiveExtensions;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotificationServiceTest {
    private static final String PHONE = "+79991234567";

    @TempDir
    Path dir;
    private NotifyFixture fx;
    private long salon;
    private long client;
    private final CountingChannel counting = new CountingChannel("counting");

    @BeforeEach
    void setUp() {
        fx = new NotifyFixture(dir);
        salon = fx.salon("bella");
        client = fx.client(salon, "Anna");
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private NotificationService service(NotificationChannel... channels) {
        return fx.service(NotifyFixture.NO_PLUGINS, channels);
    }

    private OutgoingMessage message(String channel, String dedupKey) {
        return new OutgoingMessage(salon, client, channel, PHONE, "Reminder", "See you at 15:00", null, dedupKey);
    }

    private MessageLogEntry entry(NotificationService service, long id) {
        return service.log(salon, null).stream().filter(e -> e.id() == id).findFirst().orElseThrow();
    }

    @Test
    void aQueuedMessageIsSentOnceAndNeverAgain() {
        NotificationService service = service(counting);
        long id = service.queue(message("counting", null));

        assertEquals(Status.PENDING, entry(service, id).status());
        assertEquals(1, service.deliverDue(10));
        assertEquals(0, service.deliverDue(10));
        fx.clock.advance(Duration.ofDays(2));
        assertEquals(0, service.deliverDue(10));

        assertEquals(1, counting.calls(id));
        MessageLogEntry sent = entry(service, id);
        assertEquals(Status.SENT, sent.status());
        assertEquals(1, sent.attempts());
        assertEquals(NotifyFixture.START, sent.sentAt());
        assertEquals(NotifyFixture.START, sent.createdAt());
        assertNull(sent.lastError());
        assertEquals("Reminder", sent.subject());
        assertEquals(PHONE, sent.recipient());
    }

    @Test
    void aRepeatedDedupKeyReturnsTheFirstMessage() {
        NotificationService service = service(counting);
        long first = service.queue(message("counting", "reminder:visit:42:2h"));
        long again = service.queue(message("counting", "reminder:visit:42:2h"));
        long otherKey = service.queue(message("counting", "reminder:visit:42:24h"));
        long noKey1 = service.queue(message("counting", null));
        long noKey2 = service.queue(message("counting", null));
        long otherSalon = fx.salon("other");
        long sameKeyOtherSalon = service.queue(new OutgoingMessage(otherSalon, null, "counting", PHONE, null, "Hi", null,
                "reminder:visit:42:2h"));

        assertEquals(first, again);
        assertEquals(4, List.of(first, otherKey, noKey1, noKey2).stream().distinct().count());
        assertNotEquals(first, sameKeyOtherSalon);
        assertEquals(4, service.log(salon, null).size());
        assertEquals(5, service.deliverDue(10));
        assertEquals(1, counting.calls(first));
    }

    @Test
    void aMessageWaitsForItsNotBeforeTime() {
        NotificationService service = service(counting);
        Instant later = NotifyFixture.START.plus(Duration.ofHours(3));
        long id = service.queue(new OutgoingMessage(salon, client, "counting", PHONE, null, "Later", later, null));

        assertEquals(0, service.deliverDue(10));
        fx.clock.advance(Duration.ofHours(3).minusMillis(1));
        assertEquals(0, service.deliverDue(10));
        fx.clock.advance(Duration.ofMillis(1));
        assertEquals(1, service.deliverDue(10));
        assertEquals(Status.SENT, entry(service, id).status());
    }

    @Test
    void aFailingChannelIsRetriedOnlyAfterEachBackoffAndThenFails() {
        counting.answering(d -> DeliveryResult.failed("gateway busy", true));
        NotificationService service = service(counting);
        // the backoff runs past midnight: without quiet hours, so that only the backoff decides
        service.quietHours().set(salon, "00:00", "00:00");
        long id = service.queue(message("counting", null));

        assertEquals(1, service.deliverDue(10));
        int attempts = 1;
        for (Duration wait : NotificationService.BACKOFF) {
            MessageLogEntry pending = entry(service, id);
            assertEquals(Status.PENDING, pending.status());
            assertEquals(attempts, pending.attempts());
            assertEquals("gateway busy", pending.lastError());
            assertEquals(fx.clock.instant().plus(wait), pending.nextAttemptAt());

            fx.clock.advance(wait.minusSeconds(1));
            assertEquals(0, service.deliverDue(10), "retried before the backoff of " + wait + " passed");
            fx.clock.advance(Duration.ofSeconds(1));
            assertEquals(1, service.deliverDue(10));
            attempts++;
        }

        MessageLogEntry failed = entry(service, id);
        assertEquals(Status.FAILED, failed.status());
        assertEquals(6, failed.attempts());
        assertEquals("gateway busy", failed.lastError());
        fx.clock.advance(Duration.ofDays(7));
        assertEquals(0, service.deliverDue(10));
        assertEquals(6, counting.calls(id));
    }

    @Test
    void aFailureThatIsNotRetryableFailsAtOnce() {
        counting.answering(d -> DeliveryResult.failed("HTTP 400: invalid phone", false));
        NotificationService service = service(counting);
        long id = service.queue(message("counting", null));

        assertEquals(1, service.deliverDue(10));
        fx.clock.advance(Duration.ofDays(1));
        assertEquals(0, service.deliverDue(10));
        assertEquals(Status.FAILED, entry(service, id).status());
        assertEquals("HTTP 400: invalid phone", entry(service, id).lastError());
    }

    @Test
    void aThrowingChannelIsContainedLoggedWithoutPersonalDataAndRetried() {
        AtomicInteger calls = new AtomicInteger();
        counting.answering(d -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("cannot reach " + d.recipient() + " with " + d.body());
            }
            return DeliveryResult.sent("ok");
        });
        NotificationService service = service(counting);
        long id = service.queue(message("counting", null));
        long second = service.queue(message("counting", null));

        String logged;
        try (StderrCapture err = new StderrCapture()) {
            assertEquals(2, service.deliverDue(10));
            logged = err.text();
        }
        assertTrue(logged.contains("IllegalStateException"), logged);
        assertFalse(logged.contains(PHONE), logged);
        assertFalse(logged.contains("See you"), logged);
        assertEquals(Status.PENDING, entry(service, id).status());
        assertEquals("channel error: java.lang.IllegalStateException", entry(service, id).lastError());
        assertEquals(Status.SENT, entry(service, second).status(), "one broken send must not stop the next");

        fx.clock.advance(Duration.ofMinutes(1));
        assertEquals(1, service.deliverDue(10));
        assertEquals(Status.SENT, entry(service, id).status());
    }

    @Test
    void anUnknownChannelIsSkippedWithTheReason() {
        NotificationService service = service(counting);
        long id = service.queue(message("carrier-pigeon", null));

        assertEquals(1, service.deliverDue(10));
        fx.clock.advance(Duration.ofDays(1));
        assertEquals(0, service.deliverDue(10));
        MessageLogEntry skipped = entry(service, id);
        assertEquals(Status.SKIPPED, skipped.status());
        assertTrue(skipped.lastError().startsWith("unknown channel 'carrier-pigeon'"), skipped.lastError());
    }

    @Test
    void aChannelThatNeedsConfigurationIsSkippedInASalonWithout() {
        NotificationService service = service(new SmtpChannel(), new HttpGatewayChannel());
        long email = service.queue(new OutgoingMessage(salon, client, "email", "anna@example.com", "Hi", "Body", null, null));
        long sms = service.queue(message("sms", null));

        assertEquals(2, service.deliverDue(10));
        assertEquals(Status.SKIPPED, entry(service, email).status());
        assertEquals("channel 'email' is not configured for this salon", entry(service, email).lastError());
        assertEquals("channel 'sms' is not configured for this salon", entry(service, sms).lastError());
    }

    @Test
    void aPluginChannelIsUsedOnlyWhereItsPluginIsActive() {
        CountingChannel whatsapp = new CountingChannel("whatsapp");
        ActiveExtensions onlyBella = new ActiveExtensions() {
            @Override
            public <T> List<Contributed<T>> of(long salonId, Class<T> type) {
                return salonId == salon && type == NotificationChannel.class
                        ? List.of(new Contributed<>("whatsapp-plugin", type.cast(whatsapp))) : List.of();
            }
        };
        NotificationService service = fx.service(onlyBella, counting);
        long other = fx.salon("other");
        long inBella = service.queue(message("whatsapp", null), "reminders");
        long inOther = service.queue(new OutgoingMessage(other, null, "whatsapp", PHONE, null, "Hi", null, null));

        assertEquals(2, service.deliverDue(10));
        assertEquals(1, whatsapp.calls(inBella));
        assertEquals(Status.SENT, entry(service, inBella).status());
        assertEquals("reminders", entry(service, inBella).pluginId());
        assertEquals(Status.SKIPPED, service.log(other, null).get(0).status());
        assertEquals(0, whatsapp.calls(inOther));
    }

    @Test
    void queueingInsideATransactionCommitsAndRollsBackWithIt() {
        NotificationService service = service(counting);
        assertThrows(IllegalStateException.class, () -> fx.db.write(h -> {
            service.queue(h, message("counting", "k1"), "bonus");
            throw new IllegalStateException("the caller's change failed");
        }));
        assertEquals(List.of(), service.log(salon, null));

        long id = fx.db.write(h -> service.queue(h, message("counting", "k1"), "bonus"));
        assertEquals("bonus", entry(service, id).pluginId());
    }

    @Test
    void badInputIsRejectedWithEveryFieldAndStoresNothing() {
        NotificationService service = service(counting);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> service.queue(
                new OutgoingMessage(salon, null, "", " ", "two\nlines", "", null, "")));
        assertEquals(List.of("channel", "recipient", "subject", "body", "dedupKey"),
                e.errors().stream().map(FieldError::field).toList());
        assertEquals(List.of("recipient"), assertThrows(InvalidInputException.class, () -> service.queue(
                new OutgoingMessage(salon, null, "email", "not-an-address", null, "x", null, null)))
                .errors().stream().map(FieldError::field).toList());
        assertEquals(List.of("recipient"), assertThrows(InvalidInputException.class, () -> service.queue(
                new OutgoingMessage(salon, null, "sms", "8 999 123", null, "x", null, null)))
                .errors().stream().map(FieldError::field).toList());
        assertEquals(List.of("body"), assertThrows(InvalidInputException.class, () -> service.queue(
                new OutgoingMessage(salon, null, "log", PHONE, null, "x".repeat(20_001), null, null)))
                .errors().stream().map(FieldError::field).toList());
        assertThrows(NotFoundException.class, () -> service.queue(
                new OutgoingMessage(9_999, null, "log", PHONE, null, "x", null, null)));
        long otherClient = fx.client(fx.salon("other"), "Boris");
        assertThrows(NotFoundException.class, () -> service.queue(
                new OutgoingMessage(salon, otherClient, "log", PHONE, null, "x", null, null)));
        assertEquals(List.of(), service.log(salon, null));
    }

    @Test
    void theLogShowsOneClientsHistoryNewestFirstAndNoOtherSalons() {
        NotificationService service = service(counting);
        long boris = fx.client(salon, "Boris");
        long a1 = service.queue(message("counting", null));
        long b1 = service.queue(new OutgoingMessage(salon, boris, "counting", "+79990000000", null, "Hi", null, null));
        long a2 = service.queue(message("counting", null));

        assertEquals(List.of(a2, a1), service.log(salon, client).stream().map(MessageLogEntry::id).toList());
        assertEquals(List.of(b1), service.log(salon, boris).stream().map(MessageLogEntry::id).toList());
        assertEquals(3, service.log(salon, null).size());
        assertEquals(List.of(), service.log(fx.salon("other"), client));
    }

    @Test
    void twoNodesDeliveringAtOnceSendEachMessageExactlyOnce() throws Exception {
        int messages = 60;
        List<Long> ids = new ArrayList<>();
        NotificationService first = service(counting);
        for (int i = 0; i < messages; i++) {
            ids.add(first.queue(message("counting", "m" + i)));
        }
        try (Database secondPool = Database.open(dir)) {
            NotificationService second = fx.service(secondPool, NotifyFixture.NO_PLUGINS, counting);
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Integer>> runs = new ArrayList<>();
                for (NotificationService node : List.of(first, second)) {
                    Callable<Integer> run = () -> {
                        start.await();
                        return node.deliverDue(1_000);
                    };
                    runs.add(pool.submit(run));
                }
                start.countDown();
                int taken = 0;
                for (Future<Integer> run : runs) {
                    taken += run.get();
                }
                assertEquals(messages, taken);
            } finally {
                pool.shutdownNow();
            }
        }
        for (long id : ids) {
            assertEquals(1, counting.calls(id), "message " + id);
        }
        assertEquals(messages, counting.total());
        assertTrue(first.log(salon, null).stream().allMatch(e -> e.status() == Status.SENT));
    }
}
