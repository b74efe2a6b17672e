package app.atelier.web.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.web.testing.TestServer;
import app.atelier.web.testing.TestServer.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A salon (Europe/Moscow, RUB, Russian) on a {@link TestServer}: master Vera works Monday to
 * Saturday 10:00–20:00, one service "Haircut" of 60 minutes at 1 500.00, the plugins of its tariff
 * switched on. The server's clock starts on Tuesday 2026-12-01 at 09:00 Moscow time.
 */
final class BookingSalon {
    static final long PRICE = 150_000;
    static final String PROBLEM = "application/problem+json";

    final TestServer server;
    final long id;
    final String slug;
    final String token;
    final long staffId;
    final long serviceId;

    private BookingSalon(TestServer server, long id, String slug, String token, long staffId, long serviceId) {
        this.server = server;
        this.id = id;
        this.slug = slug;
        this.token = token;
        this.staffId = staffId;
        this.serviceId = serviceId;
    }

    static BookingSalon create(TestServer server, String slug, List<String> plugins) {
        String token = server.salonWithOwner(slug, "tariff-" + slug, plugins);
        long salonId = ok(server.call("GET", "/api/v1/auth/me", token, null), 200).path("salonId").asLong();
        long staff = staff(server, token, "Vera", 10, 20);
        long service = ok(server.call("POST", "/api/v1/services", token, Map.of("name", "Haircut", "category", "Hair",
                "durationMinutes", 60, "price", PRICE)), 201).get("id").asLong();
        BookingSalon salon = new BookingSalon(server, salonId, slug, token, staff, service);
        plugins.forEach(p -> ok(server.call("PUT", "/api/v1/plugins/" + p, token, Map.of("enabled", true)), 200));
        return salon;
    }

    /** A master working Monday to Saturday from {@code from} to {@code to} o'clock. */
    static long staff(TestServer server, String token, String name, int from, int to) {
        List<Map<String, Object>> hours = new ArrayList<>();
        for (int day = 1; day <= 6; day++) {
            hours.add(Map.of("weekday", day, "start", String.format("%02d:00", from), "end", String.format("%02d:00", to)));
        }
        return ok(server.call("POST", "/api/v1/staff", token, Map.of("name", name, "hours", hours)), 201).get("id").asLong();
    }

    long staff(String name, int from, int to) {
        return staff(server, token, name, from, to);
    }

    void settings(Map<String, Object> values) {
        ok(server.call("PUT", "/api/v1/plugins/booking/settings", token, values), 200);
    }

    /** {@code /api/v1/public/{slug}/…} */
    Reply publicCall(String method, String path, Object body) {
        return server.call(method, "/api/v1/public/" + slug + "/" + path, null, body);
    }

    Reply publicCall(String method, String path, Object body, Map<String, String> headers) {
        return server.call(method, "/api/v1/public/" + slug + "/" + path, null, body, headers);
    }

    /** The free times of a day for the Haircut with any master, as instants. */
    List<String> slots(String date) {
        JsonNode answer = ok(publicCall("GET", "booking/slots?serviceIds=" + serviceId + "&date=" + date, null), 200);
        List<String> starts = new ArrayList<>();
        answer.get("slots").forEach(s -> starts.add(s.get("start").asText()));
        return starts;
    }

    /** A booking request body for the Haircut. */
    Map<String, Object> booking(String start, String name, String phone) {
        Map<String, Object> body = new HashMap<>();
        body.put("serviceIds", List.of(serviceId));
        body.put("start", start);
        body.put("name", name);
        body.put("phone", phone);
        return body;
    }

    Reply book(Map<String, Object> body) {
        return publicCall("POST", "booking/bookings", body);
    }

    /** The newest one-time code queued for the phone, read from the message table. */
    String lastCode(String phone) {
        String body = server.core().db().read(h -> h.createQuery(
                        "SELECT body FROM message WHERE salon_id = :s AND recipient = :r ORDER BY id DESC LIMIT 1")
                .bind("s", id).bind("r", phone).mapTo(String.class).findOne()).orElseThrow(() ->
                new AssertionError("no message was queued for " + phone));
        Matcher m = Pattern.compile("\\b(\\d{6})\\b").matcher(body);
        assertTrue(m.find(), body);
        return m.group(1);
    }

    int count(String sql, Map<String, Object> params) {
        return server.core().db().read(h -> {
            var q = h.createQuery(sql);
            params.forEach(q::bind);
            return q.mapTo(Integer.class).one();
        });
    }

    /** The visit as the desk sees it. */
    JsonNode visit(long visitId) {
        return ok(server.call("GET", "/api/v1/visits/" + visitId, token, null), 200);
    }

    static JsonNode ok(Reply r, int status) {
        assertEquals(status, r.status(), r.body());
        return r.json();
    }

    static String problem(Reply r, int status) {
        assertEquals(status, r.status(), r.body());
        assertTrue(r.contentType().startsWith(PROBLEM), r.contentType() + " " + r.body());
        return r.json().path("detail").asText();
    }
}
