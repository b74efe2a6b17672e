package app.atelier.web.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.web.testing.SalonFixture;
import app.atelier.web.testing.TestServer;
import app.atelier.web.testing.TestServer.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link SalonFixture} for the report and task tests (Europe/Moscow; the test server's clock says
 * 1 December 2026, 09:00 there): masters Alina (Mondays) and Bella, a haircut (hair, 2000) and a
 * manicure (nails, 1500), an admin and a master user with their tokens, and visits booked and
 * checked out through the API.
 */
final class ReportSalon extends SalonFixture {
    private static final AtomicInteger KEYS = new AtomicInteger();

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
        super(SalonFixture.setup(server, slug).tariff(slug + "-tariff").create());
        owner = token();
        alina = master("Alina", hours(1, 1, "10:00", "20:00"));
        bella = master("Bella");
        haircut = service("Haircut", "hair", 60, 2000);
        manicure = service("Manicure", "nails", 60, 1500);
        adminId = user("admin@" + slug + ".test", "admin-secret-1", "admin", null);
        masterId = user("alina@" + slug + ".test", "master-secret-1", "master", alina);
        admin = server.login("admin@" + slug + ".test", "admin-secret-1");
        master = server.login("alina@" + slug + ".test", "master-secret-1");
    }

    /** Books a visit at a Moscow wall time and, unless {@code noShow}, checks it out paying the full price by card. */
    long visit(long client, long staff, String start, long service, boolean noShow) {
        long visit = book(client, staff, start, service);
        if (noShow) {
            ok(post("/api/v1/visits/" + visit + "/no-show", null), 200);
        } else {
            long price = service == haircut ? 2000 : 1500;
            ok(checkout(visit, slug + "-" + KEYS.incrementAndGet(), List.of(Map.of("method", "card", "amount", price))), 201);
        }
        return visit;
    }

    /** A problem document with this status; returns the fields it names. */
    static List<String> problemFields(Reply r, int status) {
        assertEquals(status, r.status(), () -> "status of " + r.body());
        assertTrue(r.contentType().startsWith(PROBLEM), () -> r.contentType() + " " + r.body());
        assertEquals(status, r.json().path("status").asInt());
        List<String> fields = new ArrayList<>();
        r.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }
}
