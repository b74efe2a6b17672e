package app.atelier.web.reminders;

import static app.atelier.web.reminders.ReminderSalon.local;
import static app.atelier.web.testing.SalonFixture.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.web.testing.MutableClock;
import app.atelier.web.testing.PluginJars;
import app.atelier.web.testing.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The messages leave through real channels: a GreenMail SMTP server receives the email, a small
 * HTTP server in the test plays the SMS gateway (and, failing with 503, is retried with the host's
 * backoff until the message is marked failed).
 */
class ReminderDeliveryTest {
    @TempDir
    Path root;
    TestServer server;
    ReminderSalon salon;
    GreenMail mail;
    HttpServer gateway;
    final List<String> gatewayCalls = new CopyOnWriteArrayList<>();
    final AtomicInteger gatewayStatus = new AtomicInteger(200);

    @BeforeEach
    void start() throws IOException {
        PluginJars.install(root.resolve("plugins"), "reminders");
        server = TestServer.start(root, new MutableClock(local("2026-03-25T12:00")));
        salon = ReminderSalon.create(server, "mailing", "en", List.of("reminders"));
        mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        mail.start();
        gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext("/send", exchange -> {
            gatewayCalls.add(exchange.getRequestMethod() + " " + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] answer = (gatewayStatus.get() == 200 ? "{\"ok\":true}" : "busy").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(gatewayStatus.get(), answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        gateway.start();
        ok(server.call("PUT", "/api/v1/channels/email", salon.token(), Map.of("host", "127.0.0.1",
                "port", mail.getSmtp().getPort(), "from", "Salon mailing <noreply@mailing.test>")), 204);
        ok(server.call("PUT", "/api/v1/channels/sms", salon.token(), Map.of(
                "url", "http://127.0.0.1:" + gateway.getAddress().getPort() + "/send", "method", "POST",
                "headers", "Content-Type: application/json", "body", "{\"to\": \"{{to}}\", \"text\": \"{{text}}\"}")), 204);
        salon.settings("reminders", Map.of("channel", "email", "salonAddress", "Torstraße 1, Berlin", "publicUrl", "http://localhost:7070"));
    }

    @AfterEach
    void stop() {
        server.close();
        mail.stop();
        gateway.stop(0);
    }

    @Test
    void theBookingConfirmationArrivesByEmailWithTheRightText() throws Exception {
        long anna = salon.client("Anna Weber", "+4915112345678", "anna@example.com", true, null);
        long visit = salon.book(anna, "2026-03-27T15:30");
        salon.drive();

        MimeMessage[] received = mail.getReceivedMessages();
        assertEquals(1, received.length);
        assertEquals("anna@example.com", received[0].getAllRecipients()[0].toString());
        assertEquals("Your visit to Salon mailing", received[0].getSubject());
        String text = ((String) received[0].getContent()).trim();
        assertTrue(text.startsWith("Hello, Anna Weber! You are booked at Salon mailing on Friday, 27 March at 15:30 with Vera. "
                + "Torstraße 1, Berlin"), text);
        String confirm = ReminderSalon.link(text.replace("\r\n", "\n"), null);
        assertTrue(text.contains("Cancel: http://localhost:7070" + confirm + "?action=cancel"), text);
        assertEquals("email", salon.row(visit, "booking_confirmation", "-").get("channel").asText());

        // the link in the email works
        assertEquals(200, salon.form(confirm, "action=confirm").status());
        assertEquals("confirmed", salon.status(visit));
    }

    @Test
    void aClientWhoPrefersSmsGetsItThroughTheGateway() throws Exception {
        long boris = salon.client("Boris", "+4915187654321", "boris@example.com", true, null);
        ok(server.call("PUT", "/api/v1/reminders/clients/" + boris + "/channel", salon.token(), Map.of("channel", "sms")), 200);
        salon.book(boris, "2026-03-27T10:00");
        salon.drive();

        assertEquals(0, mail.getReceivedMessages().length);
        assertEquals(1, gatewayCalls.size(), gatewayCalls.toString());
        assertTrue(gatewayCalls.get(0).startsWith("POST "), gatewayCalls.get(0));
        JsonNode sent = new ObjectMapper().readTree(gatewayCalls.get(0).substring(5));
        assertEquals("+4915187654321", sent.get("to").asText());
        assertTrue(sent.get("text").asText().startsWith("Hello, Boris! You are booked at Salon mailing on Friday, 27 March at 10:00"),
                sent.toString());
        JsonNode history = ok(salon.get("/api/v1/reminders/clients/" + boris), 200);
        assertEquals("sms", history.get("preferredChannel").asText());
    }

    @Test
    void aFailingGatewayIsRetriedWithBackoffAndThenMarkedFailed() {
        gatewayStatus.set(503);
        long boris = salon.client("Boris", "+4915187654321", null, true, null);
        salon.settings("reminders", Map.of("channel", "sms"));
        long visit = salon.book(boris, "2026-03-30T18:00");
        salon.drive();
        JsonNode row = salon.row(visit, "booking_confirmation", "-");
        assertEquals(1, gatewayCalls.size());
        assertEquals("PENDING", salon.messageOf(row).get("status").asText().toUpperCase());

        // the host's backoff: 1, 5, 30 minutes, 2 and 6 hours; nothing is tried before its time
        List<Duration> waits = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2),
                Duration.ofHours(6));
        for (Duration wait : waits) {
            server.clock.advance(wait.minusSeconds(1));
            server.core().notifications().deliverDue(50);
            int before = gatewayCalls.size();
            server.clock.advance(Duration.ofSeconds(1));
            server.core().notifications().deliverDue(50);
            assertEquals(before + 1, gatewayCalls.size(), "one more attempt after " + wait);
        }
        JsonNode failed = salon.messageOf(row);
        assertEquals("FAILED", failed.get("status").asText().toUpperCase(), failed.toString());
        assertEquals(6, failed.get("attempts").asInt());
        assertTrue(failed.get("lastError").asText().contains("503"), failed.toString());
        server.clock.advance(Duration.ofDays(1));
        salon.drive();
        assertEquals(6, gatewayCalls.size(), "a failed message is not sent again, nor planned again");
        assertEquals("queued", salon.row(visit, "booking_confirmation", "-").get("status").asText());
    }
}
