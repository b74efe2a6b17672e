package app.atelier.core.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.api.Salon;
import app.atelier.api.notify.Delivery;
import app.atelier.api.notify.DeliveryResult;
import app.atelier.api.notify.OutgoingMessage;
import app.atelier.core.common.FieldError;
import app.atelier.core.common.InvalidInputException;
import app.atelier.core.notify.MessageLogEntry.Status;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmtpChannelTest {
    private static final Salon SALON = new Salon(1, "bella", "Bella", ZoneId.of("Europe/Moscow"), "RUB", "RU",
            Locale.forLanguageTag("ru"));

    private GreenMail mail;
    private final SmtpChannel channel = new SmtpChannel();

    @BeforeEach
    void startServer() {
        mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
                .withConfiguration(GreenMailConfiguration.aConfig().withUser("mailer@bella.test", "mailer", "s3cret"));
        mail.start();
    }

    @AfterEach
    void stopServer() {
        mail.stop();
    }

    private Map<String, String> config() {
        Map<String, String> config = new HashMap<>();
        config.put("host", "127.0.0.1");
        config.put("port", Integer.toString(mail.getSmtp().getPort()));
        config.put("from", "Bella <noreply@bella.test>");
        return config;
    }

    @Test
    void sendsSubjectBodyAndRecipientToTheServer() throws Exception {
        DeliveryResult result = channel.deliver(new Delivery(SALON, 7, "anna@example.com", "Запись на завтра",
                "Анна, ждём вас завтра в 15:00.", config()));

        assertTrue(result.delivered(), result.detail());
        MimeMessage[] received = mail.getReceivedMessages();
        assertEquals(1, received.length);
        assertEquals("Запись на завтра", received[0].getSubject());
        assertEquals("Анна, ждём вас завтра в 15:00.", ((String) received[0].getContent()).trim());
        assertEquals(List.of(new InternetAddress("anna@example.com")),
                List.of(received[0].getRecipients(Message.RecipientType.TO)));
        assertEquals("noreply@bella.test", ((InternetAddress) received[0].getFrom()[0]).getAddress());
    }

    @Test
    void logsInWithUsernameAndPassword() throws Exception {
        Map<String, String> config = config();
        config.put("username", "mailer");
        config.put("password", "s3cret");

        DeliveryResult result = channel.deliver(new Delivery(SALON, 8, "anna@example.com", null, "Hello", config));

        assertTrue(result.delivered(), result.detail());
        assertEquals(1, mail.getReceivedMessages().length);
    }

    @Test
    void aRejectedLoginIsARetryableFailure() {
        Map<String, String> config = config();
        config.put("username", "mailer");
        config.put("password", "wrong");

        DeliveryResult result = channel.deliver(new Delivery(SALON, 8, "anna@example.com", "s", "Hello", config));

        assertFalse(result.delivered());
        assertTrue(result.retryable());
        assertFalse(result.detail().contains("wrong"), result.detail());
        assertEquals(0, mail.getReceivedMessages().length);
    }

    @Test
    void aServerThatIsDownIsARetryableFailure() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Map<String, String> config = config();
        config.put("port", Integer.toString(closedPort));

        DeliveryResult result = channel.deliver(new Delivery(SALON, 9, "anna@example.com", "s", "b", config));

        assertFalse(result.delivered());
        assertTrue(result.retryable(), result.detail());
        assertTrue(result.detail().startsWith("SMTP 127.0.0.1:" + closedPort), result.detail());
    }

    @Test
    void aMalformedRecipientIsNotRetried() {
        DeliveryResult result = channel.deliver(new Delivery(SALON, 10, "anna at example", "s", "b", config()));

        assertFalse(result.delivered());
        assertFalse(result.retryable());
        assertEquals(0, mail.getReceivedMessages().length);
    }

    @Test
    void validationNamesEveryMissingKey() {
        app.atelier.core.common.Validator v = new app.atelier.core.common.Validator();
        channel.validate(Map.of("port", "99999", "starttls", "maybe", "password", "x"), v);
        InvalidInputException e = assertThrows(InvalidInputException.class, v::check);
        assertEquals(List.of("config.host", "config.port", "config.from", "config.starttls", "config.username"),
                e.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void theServiceDeliversQueuedEmailThroughTheSalonsServer(@TempDir Path dir) throws Exception {
        try (NotifyFixture fx = new NotifyFixture(dir)) {
            long salon = fx.salon("bella");
            long client = fx.client(salon, "Anna");
            NotificationService service = fx.service(NotifyFixture.NO_PLUGINS, new LogChannel(), channel);
            service.configs().put(salon, "email", config());

            long id = service.queue(new OutgoingMessage(salon, client, "email", "anna@example.com", "Reminder",
                    "See you tomorrow", null, "reminder:1"));

            assertEquals(1, service.deliverDue(10));
            assertEquals(1, mail.getReceivedMessages().length);
            assertEquals("Reminder", mail.getReceivedMessages()[0].getSubject());
            MessageLogEntry entry = service.log(salon, client).get(0);
            assertEquals(id, entry.id());
            assertEquals(Status.SENT, entry.status());
            assertEquals(NotifyFixture.START, entry.sentAt());
        }
    }
}
