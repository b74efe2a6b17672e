package app.atelier.web.admin.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.core.AtelierCore;
import app.atelier.core.auth.Principal;
import app.atelier.core.catalog.ProductInput;
import app.atelier.core.catalog.ServiceInput;
import app.atelier.core.clients.ClientInput;
import app.atelier.core.staff.StaffInput;
import app.atelier.core.visits.BookingRequest;
import app.atelier.core.visits.ItemRequest;
import app.atelier.core.visits.Visit;
import app.atelier.web.admin.PanelClient;
import app.atelier.web.admin.PanelClient.Page;
import app.atelier.web.testing.TestServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a visit consists of changes at the desk: a product sold, a service added or removed; the day must still fit. */
class VisitLinesTest {

    @Test
    void theDeskChangesAnOpenVisitsLinesAndTheQuoteFollows(@TempDir Path root) {
        try (TestServer server = TestServer.start(root)) {
            AtelierCore core = server.core();
            String token = server.salonWithOwner("lines", "plain", List.of());
            Principal owner = core.auth().authenticate(token).orElseThrow();
            long salonId = owner.salonId();
            long mila = core.staff().create(salonId, StaffInput.named("Mila")).id();
            long cut = core.catalog().createService(salonId, new ServiceInput("Cut", "Hair", 60, 200_000L, true)).id();
            long colour = core.catalog().createService(salonId, new ServiceInput("Colour", "Hair", 90, 500_000L, true)).id();
            long oil = core.catalog().createProduct(salonId, new ProductInput("Oil", 45_000L, true)).id();
            long anna = core.clients().create(salonId, ClientInput.named("Anna")).id();
            long visit = core.visits().book(salonId, new BookingRequest(anna, mila, "2026-12-10T11:00",
                    List.of(new ItemRequest(cut, null, null)), "admin")).id();
            // the next visit starts at 13:00: one more hour and a half does not fit after the cut
            core.visits().book(salonId, new BookingRequest(anna, mila, "2026-12-10T13:00", List.of(new ItemRequest(cut, null, null)), "admin"));
            PanelClient panel = PanelClient.session(server, "owner@lines.test", "owner-secret-1");
            assertTrue(panel.get("/admin/visits/" + visit).body().contains("id=\"schedule-warning\""),
                    "Mila has no working hours: the card says so");
            long night = core.staff().create(salonId, StaffInput.named("Nina").withHours(List.of(new StaffInput.Hours(4, "10:00", "20:00")))).id();
            long onShift = core.visits().book(salonId, new BookingRequest(anna, night, "2026-12-10T11:00",
                    List.of(new ItemRequest(cut, null, null)), "admin")).id();
            assertFalse(panel.get("/admin/visits/" + onShift).body().contains("id=\"schedule-warning\""), "Thursday 11:00 is Nina's shift");
            String path = "/admin/visits/" + visit + "/items";

            Page sold = panel.post(path, Map.of("_csrf", panel.csrf(), "productId", "" + oil, "quantity", "2"));
            assertEquals(303, sold.status(), sold.body());
            Visit withOil = core.visits().get(salonId, visit);
            assertEquals(List.of("Cut", "Oil"), withOil.items().stream().map(i -> i.name()).toList());
            assertEquals(290_000, withOil.items().stream().mapToLong(i -> i.amount()).sum());
            assertEquals(Duration.ofMinutes(60), Duration.between(withOil.start(), withOil.end()), "a product takes no time");
            assertTrue(panel.get("/admin/visits/" + visit).body().contains("2\u00a0900,00\u00a0₽"), "the quote follows the lines");

            Page tooLong = panel.post(path, Map.of("_csrf", panel.csrf(), "serviceId", "" + colour));
            assertEquals(422, tooLong.status());
            assertTrue(tooLong.body().contains("id=\"e-items\""), tooLong.body());
            assertEquals(2, core.visits().get(salonId, visit).items().size(), "nothing changed");

            Page removed = panel.post(path, Map.of("_csrf", panel.csrf(), "remove", "1"));
            assertEquals(303, removed.status());
            assertEquals(List.of("Cut"), core.visits().get(salonId, visit).items().stream().map(i -> i.name()).toList());

            // the API does the same for integrations
            var api = server.call("PUT", "/api/v1/visits/" + visit + "/items", token, Map.of("items",
                    List.of(Map.of("serviceId", cut), Map.of("productId", oil, "quantity", 1))));
            assertEquals(200, api.status(), api.body());
            assertEquals(2, api.json().get("items").size());
            assertEquals(400, server.call("PUT", "/api/v1/visits/" + visit + "/items", token, Map.of("items", List.of(Map.of("productId", oil))))
                    .status(), "products alone are not a visit");
            assertEquals(400, server.call("PUT", "/api/v1/visits/" + visit + "/items", token, Map.of("items", List.of())).status());
            assertEquals(409, server.call("PUT", "/api/v1/visits/" + visit + "/items", token, Map.of("items",
                    List.of(Map.of("serviceId", cut), Map.of("serviceId", colour)))).status(), "11:00 + 150 minutes runs into the 13:00 visit");
            assertEquals(200, server.call("PUT", "/api/v1/visits/" + visit + "/items", token, Map.of("items",
                    List.of(Map.of("serviceId", colour)))).status(), "the colour alone ends at 12:30: fits");
        }
    }
}
