package app.atelier.web.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.web.testing.SalonFixture;
import app.atelier.web.testing.TestServer;
import app.atelier.web.testing.TestServer.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link SalonFixture} in Europe/Berlin (EUR) with master Vera and a 60-minute Haircut, plus what
 * the reminder stories need: clients with consent and channels, visit changes, the plugin's plan
 * rows and the host's messages. Time is the server's {@code MutableClock}; {@link #drive()} runs
 * what the background workers would: the event outbox, due tasks, due messages.
 */
final class ReminderSalon extends SalonFixture {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    final long staffId;
    final long serviceId;

    private ReminderSalon(SalonFixture salon) {
        this(salon, salon.master("Vera"), salon.service("Haircut", "Hair", 60, 4_000));
    }

    private ReminderSalon(SalonFixture salon, long staffId, long serviceId) {
        super(salon);
        this.staffId = staffId;
        this.serviceId = serviceId;
    }

    /** A salon in Berlin whose tariff allows {@code plugins}, each switched on, messages in {@code locale}. */
    static ReminderSalon create(TestServer server, String slug, String locale, List<String> plugins) {
        return new ReminderSalon(SalonFixture.setup(server, slug).place(BERLIN.getId(), "EUR", "DE", locale)
                .plugins(plugins).create());
    }

    /** The same salon seen through another server on the same data (a restart, a second node). */
    @Override
    public ReminderSalon on(TestServer other) {
        return new ReminderSalon(super.on(other), staffId, serviceId);
    }

    /** Moves the clock to a salon-local wall time. */
    void at(String localDateTime) {
        server.clock.set(LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant());
    }

    static Instant local(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }

    /** What the background workers would do now: events, due tasks, due messages. */
    void drive() {
        server.core().events().dispatchDue(100);
        server.core().tasks().runDue();
        server.core().events().dispatchDue(100);
        server.core().notifications().deliverDue(50);
    }

    /** A client with consent unless {@code consent} is false; phone, email, birthday may be null. */
    long client(String name, String phone, String email, boolean consent, String birthday) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("consent", consent);
        if (phone != null) {
            body.put("phone", phone);
        }
        if (email != null) {
            body.put("email", email);
        }
        if (birthday != null) {
            body.put("birthday", birthday);
        }
        return client(body);
    }

    /** Books the Haircut with Vera at a salon-local time; returns the visit id. */
    long book(long clientId, String localStart) {
        return book(clientId, staffId, localStart, serviceId);
    }

    /** Sets the Haircut's repeat-visit interval ({@code PUT /api/v1/reminders/services/{id}}). */
    void inviteAfter(int days) {
        ok(put("/api/v1/reminders/services/" + serviceId, Map.of("inviteAfterDays", days)), 200);
    }

    void reschedule(long visitId, String localStart) {
        ok(post("/api/v1/visits/" + visitId + "/reschedule", Map.of("start", localStart)), 200);
    }

    /** {@code POST /api/v1/visits/{id}/{action}} (confirm, cancel, no-show…); asserts 200. */
    void visitAction(long visitId, String action) {
        ok(post("/api/v1/visits/" + visitId + "/" + action, null), 200);
    }

    /** The plugin's rows for a visit. */
    List<JsonNode> plan(long visitId) {
        return list(ok(get("/api/v1/reminders/visits/" + visitId), 200).get("rows"));
    }

    /** The plan row of a kind (and slot, when given) of a visit; fails when there is not exactly one. */
    JsonNode row(long visitId, String kind, String slot) {
        List<JsonNode> rows = plan(visitId).stream().filter(r -> r.get("kind").asText().equals(kind)
                && (slot == null || r.get("slot").asText().equals(slot))).toList();
        assertEquals(1, rows.size(), "rows of " + kind + "/" + slot + ": " + rows);
        return rows.get(0);
    }

    /** The host's delivery log for a client, newest first. */
    List<JsonNode> messages(long clientId) {
        return list(ok(get("/api/v1/clients/" + clientId + "/messages"), 200));
    }

    static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    /** Posts an HTML form without credentials, as a client's browser would; returns status and page. */
    Reply form(String path, String form) {
        try {
            java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url(path)))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The visit's status as the core has it. */
    String status(long visitId) {
        return ok(get("/api/v1/visits/" + visitId), 200).get("status").asText();
    }

    /** The text of a message the host holds (the delivery log shows subjects, not texts). */
    String body(long messageId) {
        return server.core().db().read(h -> h.select("SELECT body FROM message WHERE id = ?", messageId).mapTo(String.class).one());
    }

    /** The text of the message a plan row was queued as. */
    String bodyOf(JsonNode row) {
        assertTrue(row.hasNonNull("messageId"), "not queued: " + row);
        return body(row.get("messageId").asLong());
    }

    /** The host's delivery log entry of a plan row's message. */
    JsonNode messageOf(JsonNode row) {
        long messageId = row.get("messageId").asLong();
        return messages(row.get("clientId").asLong()).stream().filter(m -> m.get("id").asLong() == messageId).findFirst()
                .orElseThrow(() -> new AssertionError("no message " + messageId));
    }

    /** The confirm link in a message text. */
    static String link(String body, String query) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("http://localhost:7070(/s/[^/\\s]+/reminders/confirm/[A-Za-z0-9._-]++)"
                + (query == null ? "(?![?])" : "\\?" + query)).matcher(body);
        assertTrue(m.find(), "no confirm link in: " + body);
        return m.group(1);
    }
}
