package app.atelier.web.booking;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.web.testing.SalonFixture;
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
 * A {@link SalonFixture} (Europe/Moscow, RUB, Russian): master Vera works Monday to Saturday
 * 10:00–20:00, one service "Haircut" of 60 minutes at 1 500.00, the plugins of its tariff switched
 * on; plus the booking plugin's public calls (slots, bookings, one-time codes). The server's clock
 * starts on Tuesday 2026-12-01 at 09:00 Moscow time.
 */
final class BookingSalon extends SalonFixture {
    static final long PRICE = 150_000;

    final long staffId;
    final long serviceId;

    private BookingSalon(SalonFixture salon) {
        super(salon);
        staffId = master("Vera", hours(1, 6, "10:00", "20:00"));
        serviceId = service("Haircut", "Hair", 60, PRICE);
    }

    public static BookingSalon create(TestServer server, String slug, List<String> plugins) {
        return new BookingSalon(SalonFixture.create(server, slug, plugins));
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

    /** {@code POST /api/v1/public/{slug}/booking/bookings}, as a client books online; the reply as it came. */
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

    /** The visit as the desk sees it. */
    JsonNode visit(long visitId) {
        return ok(get("/api/v1/visits/" + visitId), 200);
    }
}
