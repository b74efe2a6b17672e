package app.atelier.web.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.web.testing.TestServer;
import app.atelier.web.testing.TestServer.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A salon built over the REST API for the report and task tests (Europe/Moscow; the test server's
 * clock says 1 December 2026, 09:00 there): masters Alina and Bella, a haircut (hair, 2000) and a
 * manicure (nails, 1500), an admin and a master user, and visits booked and checked out through the
 * API.
 */
final class ReportSalon {
    private static final AtomicInteger KEYS = new AtomicInteger();

    final TestServer server;
    final String slug;
    final String owner;
    final String admin;
    final String master;
    final long adminId;
    final long masterId;
    final long alina;
    final long bella;
    final long haircut;
    final long manicure;

    ReportSalon(TestServer server, String slug) {
        this.server = server;
        this.slug = slug;
        this.owner = server.salonWithOwner(slug, slug + "-tariff", List.of());
        alina = id(post("/api/v1/staff", Map.of("name", "Alina", "hours",
                List.of(Map.of("weekday", 1, "start", "10:00", "end", "20:00")))));
        bella = id(post("/api/v1/staff", Map.of("name", "Bella")));
        haircut = id(post("/api/v1/services", Map.of("name", "Haircut", "category", "hair", "durationMinutes", 60, "price", 2000)));
        manicure = id(post("/api/v1/services", Map.of("name", "Manicure", "category", "nails", "durationMinutes", 60, "price", 1500)));
        adminId = id(post("/api/v1/users", Map.of("email", "admin@" + slug + ".test", "password", "admin-secret-1", "role", "admin")));
        masterId = id(post("/api/v1/users", Map.of("email", "alina@" + slug + ".test", "password", "master-secret-1", "role", "master",
                "staffId", alina)));
        admin = server.login("admin@" + slug + ".test", "admin-secret-1");
        master = server.login("alina@" + slug + ".test", "master-secret-1");
    }

    long client(String name, String source, String... tags) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        if (source != null) {
            body.put("source", source);
        }
        body.put("tags", List.of(tags));
        return id(post("/api/v1/clients", body));
    }

    /** Books a visit at a Moscow wall time and, unless {@code noShow}, checks it out paying the full price. */
    long visit(long client, long staff, String start, long service, boolean noShow) {
        long visit = id(post("/api/v1/visits", Map.of("clientId", client, "staffId", staff, "start", start,
                "items", List.of(Map.of("serviceId", service)))));
        if (noShow) {
            expect(server.call("POST", "/api/v1/visits/" + visit + "/no-show", owner, null), 200);
        } else {
            long price = service == haircut ? 2000 : 1500;
            expect(server.call("POST", "/api/v1/visits/" + visit + "/checkout", owner,
                    Map.of("payments", List.of(Map.of("method", "card", "amount", price))),
                    Map.of("Idempotency-Key", slug + "-" + KEYS.incrementAndGet())), 201);
        }
        return visit;
    }

    JsonNode post(String path, Object body) {
        return expect(server.call("POST", path, owner, body), 201);
    }

    static long id(JsonNode node) {
        return node.get("id").asLong();
    }

    static JsonNode expect(Reply r, int status) {
        assertEquals(status, r.status(), () -> "status of " + r.body());
        return r.json();
    }

    /** A problem document with this status; returns the fields it names. */
    static List<String> problem(Reply r, int status) {
        assertEquals(status, r.status(), () -> "status of " + r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"), () -> r.contentType() + " " + r.body());
        assertEquals(status, r.json().path("status").asInt());
        List<String> fields = new java.util.ArrayList<>();
        r.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }
}
