package app.atelier.web.admin.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.core.AtelierCore;
import app.atelier.core.auth.Principal;
import app.atelier.core.auth.SalonUserService;
import app.atelier.core.catalog.ServiceInput;
import app.atelier.core.checkout.CheckoutRequest;
import app.atelier.core.checkout.Payment;
import app.atelier.core.clients.ClientInput;
import app.atelier.core.staff.StaffInput;
import app.atelier.core.visits.BookingRequest;
import app.atelier.core.visits.ItemRequest;
import app.atelier.web.admin.PanelClient;
import app.atelier.web.admin.PanelClient.Page;
import app.atelier.web.testing.TestServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The owner refunds a completed visit from its card, once, with a reason; the desk cannot. */
class RefundPageTest {

    @Test
    void theOwnerRefundsOnceWithAReason(@TempDir Path root) {
        try (TestServer server = TestServer.start(root)) {
            AtelierCore core = server.core();
            Principal owner = core.auth().authenticate(server.salonWithOwner("refund", "plain", List.of())).orElseThrow();
            long salonId = owner.salonId();
            core.salonUsers().create(owner, new SalonUserService.NewUser("admin@refund.test", "admin-secret-1", "admin", null));
            long mila = core.staff().create(salonId, StaffInput.named("Mila")).id();
            long cut = core.catalog().createService(salonId, new ServiceInput("Cut", "Hair", 60, 200_000L, true)).id();
            long anna = core.clients().create(salonId, ClientInput.named("Anna")).id();
            long visit = core.visits().book(salonId, new BookingRequest(anna, mila, "2026-12-01T10:00",
                    List.of(new ItemRequest(cut, null, null)), "admin")).id();
            core.checkout().checkout(salonId, visit, "pay-1", new CheckoutRequest(null, null, List.of(new Payment("card", 200_000L)), null),
                    null, "owner");
            PanelClient panel = PanelClient.session(server, "owner@refund.test", "owner-secret-1");
            String card = "/admin/visits/" + visit;

            assertTrue(panel.get(card).body().contains("id=\"refund-button\""));
            Page noReason = panel.post(card + "/refund", Map.of("_csrf", panel.csrf(), "reason", " "));
            assertEquals(422, noReason.status());
            assertTrue(noReason.body().contains("id=\"e-reason\""), noReason.body());
            assertTrue(core.refunds().find(salonId, visit).isEmpty(), "nothing refunded without a reason");

            PanelClient desk = PanelClient.session(server, "admin@refund.test", "admin-secret-1");
            assertFalse(desk.get(card).body().contains("id=\"refund-button\""), "the desk sees no refund");
            assertEquals(403, desk.post(card + "/refund", Map.of("_csrf", desk.csrf(), "reason", "mistake")).status());

            Page done = panel.post(card + "/refund", Map.of("_csrf", panel.csrf(), "reason", "charged twice"));
            assertEquals(303, done.status(), done.body());
            assertEquals(200_000, core.refunds().find(salonId, visit).orElseThrow().amount());
            String after = panel.get(card).body();
            assertTrue(after.contains("id=\"refunded\"") && after.contains("charged twice") && !after.contains("id=\"refund-button\""), after);
            assertEquals(409, panel.post(card + "/refund", Map.of("_csrf", panel.csrf(), "reason", "again")).status(), "once only");
            String client = panel.get("/admin/clients/" + anna).body();
            assertTrue(client.contains("<td>возврат</td>"), "the client's history marks the refunded visit: " + client);
            assertTrue(core.summaries().summary(salonId, anna).categoriesUsed().isEmpty(), "a refunded visit is no category used");
        }
    }
}
