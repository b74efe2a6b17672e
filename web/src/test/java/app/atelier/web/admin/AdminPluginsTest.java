package app.atelier.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.core.AtelierCore;
import app.atelier.core.auth.Principal;
import app.atelier.core.catalog.ServiceInput;
import app.atelier.core.clients.ClientInput;
import app.atelier.core.staff.StaffInput;
import app.atelier.core.visits.BookingRequest;
import app.atelier.core.visits.ItemRequest;
import app.atelier.web.admin.PanelClient.Page;
import app.atelier.web.testing.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plugins page: the switch, the tariff rule, the settings form validated by the schema, and the effect on the quote. */
class AdminPluginsTest {
    @TempDir
    Path root;

    @Test
    void switchesSettingsAndTheirEffect() throws Exception {
        Path jar = Path.of(System.getProperty("atelier.featurePluginsDir", "../plugins"))
                .resolve("discounts/target/atelier-plugin-discounts.jar");
        assertTrue(Files.exists(jar), jar + " is missing: build the plugins first");
        Files.createDirectories(root.resolve("plugins"));
        Files.copy(jar, root.resolve("plugins/discounts.jar"), StandardCopyOption.REPLACE_EXISTING);
        try (TestServer server = TestServer.start(root)) {
            AtelierCore core = server.core();
            Principal owner = core.auth().authenticate(server.salonWithOwner("gamma", "with-discounts", List.of("discounts"))).orElseThrow();
            long salonId = owner.salonId();
            List<StaffInput.Hours> hours = new ArrayList<>();
            for (int d = 1; d <= 7; d++) {
                hours.add(new StaffInput.Hours(d, "10:00", "20:00"));
            }
            long staff = core.staff().create(salonId, StaffInput.named("Mila").withHours(hours)).id();
            long service = core.catalog().createService(salonId, new ServiceInput("Haircut", "Hair", 60, 250000L, true)).id();
            long client = core.clients().create(salonId, ClientInput.named("Anna")).id();
            long visit = core.visits().book(salonId, new BookingRequest(client, staff, "2026-12-02T12:00",
                    List.of(new ItemRequest(service, null, null)), "admin")).id();
            server.salonWithOwner("delta", "without-discounts", List.of());

            PanelClient p = PanelClient.session(server, "owner@gamma.test", "owner-secret-1");
            String csrf = p.csrf();
            Page page = p.get("/admin/plugins");
            assertTrue(page.body().contains("id=\"plugin-discounts\""));
            String label = page.body().substring(page.body().indexOf("<label for=\"f-discounts-maxDiscountBasisPoints\">"));
            assertTrue(label.startsWith("<label for=\"f-discounts-maxDiscountBasisPoints\">Наибольшая общая скидка на счёт</label>"),
                    "the setting's label comes from the plugin's Russian texts: " + label.substring(0, Math.min(200, label.length())));
            assertTrue(page.body().contains("id=\"h-f-discounts-maxDiscountBasisPoints\""), "with its help line");
            assertEquals(303, p.post("/admin/plugins/discounts/switch", Map.of("_csrf", csrf, "enabled", "true")).status());
            assertTrue(core.activation().isActive(salonId, "discounts"));

            Map<String, String> quoteForm = Map.of("manualPercent", "10", "manualReason", "regular");
            Map<String, String> htmx = Map.of("X-CSRF-Token", csrf, "HX-Request", "true");
            assertTrue(p.post("/admin/visits/" + visit + "/quote", quoteForm, htmx).body().contains("class=\"adj\""),
                    "the manual discount while discounts is on");

            Page bad = p.post("/admin/plugins/discounts/settings", Map.of("_csrf", csrf, "s_maxDiscountBasisPoints", "999999"));
            assertEquals(422, bad.status());
            assertTrue(bad.body().contains("id=\"e-f-discounts-maxDiscountBasisPoints\""), bad.body());
            Page notNumber = p.post("/admin/plugins/discounts/settings", Map.of("_csrf", csrf, "s_maxDiscountBasisPoints", "half"));
            assertEquals(422, notNumber.status());
            Page good = p.post("/admin/plugins/discounts/settings", Map.of("_csrf", csrf, "s_maxDiscountBasisPoints", "4000"));
            assertEquals(200, good.status(), good.body());
            assertEquals("4000", core.pluginSettings().values(salonId, "discounts", core.plugins().settingsSchema("discounts"))
                    .values().get("maxDiscountBasisPoints"));

            assertEquals(303, p.post("/admin/plugins/discounts/switch", Map.of("_csrf", csrf, "enabled", "false")).status());
            assertFalse(core.activation().isActive(salonId, "discounts"));
            assertFalse(p.post("/admin/visits/" + visit + "/quote", quoteForm, htmx).body().contains("class=\"adj\""),
                    "switched off, its discount is gone from the quote");

            PanelClient delta = PanelClient.session(server, "owner@delta.test", "owner-secret-1");
            Page refused = delta.post("/admin/plugins/discounts/switch", Map.of("_csrf", delta.csrf(), "enabled", "true"));
            assertEquals(409, refused.status());
            assertEquals(404, delta.post("/admin/plugins/nope/switch", Map.of("_csrf", delta.csrf(), "enabled", "true")).status());
        }
    }
}
