package app.atelier.web.admin.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.core.AtelierCore;
import app.atelier.core.auth.Principal;
import app.atelier.core.auth.SalonUserService;
import app.atelier.core.catalog.ServiceItem;
import app.atelier.core.staff.StaffMember;
import app.atelier.web.admin.PanelClient;
import app.atelier.web.admin.PanelClient.Page;
import app.atelier.web.testing.TestServer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The owner edits the catalogue in the panel through the same core rules as the API; the desk only reads it. */
class CatalogPagesTest {
    @TempDir
    static Path root;
    static TestServer server;
    static long salonId;
    static PanelClient owner;
    static PanelClient admin;
    static PanelClient otherOwner;

    @BeforeAll
    static void start() {
        server = TestServer.start(root);
        AtelierCore core = server.core();
        Principal p = core.auth().authenticate(server.salonWithOwner("cat", "plain", List.of())).orElseThrow();
        salonId = p.salonId();
        core.salonUsers().create(p, new SalonUserService.NewUser("admin@cat.test", "admin-secret-1", "admin", null));
        server.salonWithOwner("other", "plain-2", List.of());
        owner = PanelClient.session(server, "owner@cat.test", "owner-secret-1");
        admin = PanelClient.session(server, "admin@cat.test", "admin-secret-1");
        otherOwner = PanelClient.session(server, "owner@other.test", "owner-secret-1");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void ownerAddsAndEditsAServiceWithThePriceInRoubles() {
        Page created = owner.post("/admin/catalog/services", form(owner, "name", "Manicure", "category", "Nails", "durationMinutes", "45",
                "price", "1 500,50", "active", "on"));
        assertEquals(303, created.status(), created.body());
        ServiceItem manicure = service("Manicure");
        assertEquals(150_050, manicure.price(), "1 500,50 ₽ is 150 050 kopecks");
        assertEquals(45, manicure.durationMinutes());

        Page edit = owner.get("/admin/catalog/services/" + manicure.id());
        assertTrue(edit.body().contains("value=\"1500.50\""), "the stored price in major units");
        assertEquals(303, owner.post("/admin/catalog/services/" + manicure.id(), form(owner, "name", "Manicure", "category", "Nails",
                "durationMinutes", "60", "price", "1600")).status());
        ServiceItem changed = server.core().catalog().getService(salonId, manicure.id());
        assertEquals(160_000, changed.price());
        assertFalse(changed.active(), "an unticked box takes the service off the menu");
        assertTrue(owner.get("/admin/catalog").body().contains("class=\"inactive\""));
    }

    @Test
    void badInputStaysInTheFormWithMessagesAndWritesNothing() {
        int before = server.core().catalog().listServices(salonId, true).size();
        Page bad = owner.post("/admin/catalog/services", form(owner, "name", "", "category", "Hair", "durationMinutes", "2", "price", "abc"));
        assertEquals(422, bad.status());
        assertTrue(bad.body().contains("id=\"item-price-error\""), bad.body());
        Page bad2 = owner.post("/admin/catalog/services", form(owner, "name", "", "category", "Hair", "durationMinutes", "2", "price", "10"));
        assertEquals(422, bad2.status());
        assertTrue(bad2.body().contains("id=\"item-name-error\"") && bad2.body().contains("id=\"item-durationMinutes-error\""), bad2.body());
        assertTrue(bad2.body().contains("value=\"2\""), "what was typed stays");
        assertEquals(before, server.core().catalog().listServices(salonId, true).size());
    }

    @Test
    void aProductToo() {
        assertEquals(303, owner.post("/admin/catalog/products", form(owner, "name", "Shampoo", "price", "890", "active", "on")).status());
        assertTrue(server.core().catalog().listProducts(salonId, false).stream().anyMatch(p -> p.name().equals("Shampoo") && p.price() == 89_000));
    }

    @Test
    void aMastersHoursAndDaysOffWithTheErrorOnTheWeekdayItConcerns() {
        Page bad = owner.post("/admin/catalog/staff", form(owner, "name", "Lena", "start_1", "10:00", "end_1", "20:00",
                "start_2", "18:00", "end_2", "09:00", "active", "on"));
        assertEquals(422, bad.status(), bad.body());
        assertTrue(bad.body().contains("id=\"error-hours_2\""), "Tuesday's row carries the message: " + bad.body());
        assertTrue(server.core().staff().list(salonId, true).stream().noneMatch(s -> s.name().equals("Lena")));

        Page ok = owner.post("/admin/catalog/staff", form(owner, "name", "Lena", "start_1", "10:00", "end_1", "20:00",
                "start_5", "12:00", "end_5", "26:00", "daysOff", "2026-12-31, 2027-01-01", "active", "on"));
        assertEquals(303, ok.status(), ok.body());
        StaffMember lena = server.core().staff().list(salonId, true).stream().filter(s -> s.name().equals("Lena")).findFirst().orElseThrow();
        assertEquals(2, lena.hours().size());
        assertEquals(26 * 60, lena.hours().get(1).endMinute(), "Friday runs to 02:00");
        assertEquals(List.of(LocalDate.parse("2026-12-31"), LocalDate.parse("2027-01-01")), lena.daysOff());
        assertTrue(owner.get("/admin/catalog/staff/" + lena.id()).body().contains("value=\"26:00\""));
    }

    @Test
    void theDeskReadsButOnlyTheOwnerEditsAndOnlyTheirOwnSalon() {
        // the other tests may have added services already; any service of the salon will do
        List<ServiceItem> services = server.core().catalog().listServices(salonId, true);
        long id = services.isEmpty() ? seedService() : services.get(0).id();
        Page desk = admin.get("/admin/catalog");
        assertEquals(200, desk.status());
        assertFalse(desk.body().contains("id=\"add-service\""), "no edit buttons for the desk");
        assertEquals(403, admin.get("/admin/catalog/services/" + id).status());
        assertEquals(403, admin.post("/admin/catalog/services",
                form(admin, "name", "X", "category", "Y", "durationMinutes", "30", "price", "1")).status());
        assertEquals(404, otherOwner.get("/admin/catalog/services/" + id).status(), "another salon's service does not exist for them");
        assertEquals(404, otherOwner.post("/admin/catalog/services/" + id,
                form(otherOwner, "name", "Taken", "category", "Y", "durationMinutes", "30", "price", "1")).status());
        assertFalse(server.core().catalog().getService(salonId, id).name().equals("Taken"));
    }

    private static long seedService() {
        owner.post("/admin/catalog/services",
                form(owner, "name", "Seed", "category", "Hair", "durationMinutes", "30", "price", "100", "active", "on"));
        return service("Seed").id();
    }

    private static ServiceItem service(String name) {
        return server.core().catalog().listServices(salonId, true).stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    /** A form as the panel's page would send it, with the session's CSRF token. */
    private static Map<String, String> form(PanelClient client, String... pairs) {
        Map<String, String> m = new HashMap<>();
        m.put("_csrf", client.csrf());
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
