package app.atelier.web.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.web.testing.TestServer;
import app.atelier.web.testing.TestServer.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A salon in Europe/Berlin (EUR, English) on a {@link TestServer} with the real reminders jar, one
 * master (Vera) and one 60-minute service (Haircut), and the calls the reminder stories make over
 * HTTP. Time is the server's {@code MutableClock}; {@link #drive()} runs what the background
 * workers would: the event outbox, due tasks, due messages.
 */
final class ReminderSalon {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final String PROBLEM = "application/problem+json";
    static final String OWNER_PASSWORD = "owner-secret-1";

    final TestServer server;
    final long id;
    final String slug;
    String token;
    final long staffId;
    final long serviceId;

    private ReminderSalon(TestServer server, long id, String slug, String token, long staffId, long serviceId) {
        this.server = server;
        this.id = id;
        this.slug = slug;
        this.token = token;
        this.staffId = staffId;
        this.serviceId = serviceId;
    }

    /** Copies the built jars of these plugins into {@code pluginsDir}. */
    static void install(Path pluginsDir, String... pluginIds) {
        app.atelier.web.testing.PluginJars.install(pluginsDir, pluginIds);
    }

    /** A salon in Berlin whose tariff allows {@code plugins}, each switched on, messages in {@code locale}. */
    static ReminderSalon create(TestServer server, String slug, String locale, List<String> plugins) {
        String op = server.operatorToken();
        ok(server.call("POST", "/api/v1/platform/tariffs", op, Map.of("name", "tariff-" + slug, "plugins", plugins)), 201);
        ok(server.call("POST", "/api/v1/platform/salons", op, Map.of("slug", slug, "name", "Salon " + slug,
                "timezone", BERLIN.getId(), "currency", "EUR", "country", "DE", "locale", locale, "tariff", "tariff-" + slug,
                "owner", Map.of("email", "owner@" + slug + ".test", "password", OWNER_PASSWORD))), 201);
        String token = server.login("owner@" + slug + ".test", OWNER_PASSWORD);
        long salonId = ok(server.call("GET", "/api/v1/auth/me", token, null), 200).path("salonId").asLong();
        long staff = ok(server.call("POST", "/api/v1/staff", token, Map.of("name", "Vera")), 201).get("id").asLong();
        long service = ok(server.call("POST", "/api/v1/services", token, Map.of("name", "Haircut", "category", "Hair",
                "durationMinutes", 60, "price", 4_000)), 201).get("id").asLong();
        ReminderSalon salon = new ReminderSalon(server, salonId, slug, token, staff, service);
        plugins.forEach(p -> ok(server.call("PUT", "/api/v1/plugins/" + p, token, Map.of("enabled", true)), 200));
        return salon;
    }

    /** The same salon seen through another server on the same data (a restart, a second node). */
    ReminderSalon on(TestServer other) {
        ReminderSalon salon = new ReminderSalon(other, id, slug, null, staffId, serviceId);
        salon.relogin();
        return salon;
    }

    void relogin() {
        token = server.login("owner@" + slug + ".test", OWNER_PASSWORD);
    }

    static JsonNode ok(Reply r, int status) {
        assertEquals(status, r.status(), r.body());
        return r.json();
    }

    /** Asserts a problem+json answer with this status. */
    static JsonNode problem(Reply r, int status) {
        assertEquals(status, r.status(), r.body());
        assertTrue(r.contentType().startsWith(PROBLEM), r.contentType() + " " + r.body());
        return r.json();
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

    void settings(Map<String, Object> values) {
        ok(server.call("PUT", "/api/v1/plugins/reminders/settings", token, values), 200);
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
        return ok(server.call("POST", "/api/v1/clients", token, body), 201).get("id").asLong();
    }

    long book(long clientId, String localStart) {
        return ok(server.call("POST", "/api/v1/visits", token, Map.of("clientId", clientId, "staffId", staffId,
                "start", localStart, "items", List.of(Map.of("serviceId", serviceId)), "channel", "admin")), 201).get("id").asLong();
    }

    void reschedule(long visitId, String localStart) {
        ok(server.call("POST", "/api/v1/visits/" + visitId + "/reschedule", token, Map.of("start", localStart)), 200);
    }

    void visitAction(long visitId, String action) {
        ok(server.call("POST", "/api/v1/visits/" + visitId + "/" + action, token, null), 200);
    }

    /** Quotes and pays the visit in full. */
    void payInFull(long visitId) {
        long total = ok(server.call("POST", "/api/v1/visits/" + visitId + "/quote", token, null), 200).get("bill").get("total").asLong();
        ok(server.call("POST", "/api/v1/visits/" + visitId + "/checkout", token,
                Map.of("payments", List.of(Map.of("method", "cash", "amount", total))), Map.of("Idempotency-Key", "pay-" + visitId)), 201);
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

    Reply get(String path) {
        return server.call("GET", path, token, null);
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

    /** {@code SELECT count(*) …} on the server's database. */
    int count(String sql, Object... args) {
        return server.core().db().read(h -> h.select(sql, args).mapTo(Integer.class).one());
    }
}
