package app.atelier.web.admin.reports;

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
import app.atelier.web.testing.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A salon for the panel's report and task tests, made through the core services (Europe/Moscow,
 * Russian, roubles; the test clock says 1 December 2026, 09:00 there): masters Alina and Bella, a
 * haircut (hair, 2 000 ₽) and a manicure (nails, 1 500 ₽), the owner, an administrator and Alina's
 * master account, each with a panel session.
 */
public final class PanelSalon {
    public static final long HAIRCUT_PRICE = 200_000;
    public static final long MANICURE_PRICE = 150_000;
    private static final AtomicInteger KEYS = new AtomicInteger();

    public final TestServer server;
    public final String slug;
    public final long salonId;
    public final Principal ownerPrincipal;
    public final long alina;
    public final long bella;
    public final long haircut;
    public final long manicure;
    public final long adminId;
    public final long masterId;

    public PanelSalon(TestServer server, String slug) {
        this.server = server;
        this.slug = slug;
        AtelierCore core = server.core();
        ownerPrincipal = core.auth().authenticate(server.salonWithOwner(slug, slug + "-tariff", List.of())).orElseThrow();
        salonId = ownerPrincipal.salonId();
        List<StaffInput.Hours> hours = new ArrayList<>();
        for (int d = 1; d <= 7; d++) {
            hours.add(new StaffInput.Hours(d, "10:00", "20:00"));
        }
        alina = core.staff().create(salonId, StaffInput.named("Alina").withHours(hours)).id();
        bella = core.staff().create(salonId, StaffInput.named("Bella").withHours(hours)).id();
        haircut = core.catalog().createService(salonId, new ServiceInput("Haircut", "hair", 60, HAIRCUT_PRICE, true)).id();
        manicure = core.catalog().createService(salonId, new ServiceInput("Manicure", "nails", 60, MANICURE_PRICE, true)).id();
        adminId = core.salonUsers().create(ownerPrincipal,
                new SalonUserService.NewUser(adminEmail(), "admin-secret-1", "admin", null)).id();
        masterId = core.salonUsers().create(ownerPrincipal,
                new SalonUserService.NewUser(masterEmail(), "master-secret-1", "master", alina)).id();
    }

    public String ownerEmail() {
        return "owner@" + slug + ".test";
    }

    public String adminEmail() {
        return "admin@" + slug + ".test";
    }

    public String masterEmail() {
        return "alina@" + slug + ".test";
    }

    public PanelClient owner() {
        return PanelClient.session(server, ownerEmail(), "owner-secret-1");
    }

    public PanelClient admin() {
        return PanelClient.session(server, adminEmail(), "admin-secret-1");
    }

    public PanelClient master() {
        return PanelClient.session(server, masterEmail(), "master-secret-1");
    }

    /** The test salons speak Russian; this client reads the panel in English (the language cookie). */
    public static PanelClient english(PanelClient p) {
        p.cookies.put("atelier_lang", "en");
        return p;
    }

    /** The part of a page from the element with this id to the end of its table. */
    public static String table(String body, String id) {
        int start = body.indexOf("id=\"" + id + "\"");
        if (start < 0) {
            throw new AssertionError("no #" + id + " in " + body);
        }
        return body.substring(start, body.indexOf("</table>", start));
    }

    public long client(String name, String source, String... tags) {
        ClientInput in = ClientInput.named(name).withTags(List.of(tags));
        return server.core().clients().create(salonId, source == null ? in : in.withSource(source)).id();
    }

    /** Books a visit at a Moscow wall time ({@code 2026-11-02T12:00}) and checks it out paying the full price. */
    public long visit(long client, long staff, String start, long service) {
        AtelierCore core = server.core();
        long visit = core.visits().book(salonId, new BookingRequest(client, staff, start, List.of(new ItemRequest(service, null, null)),
                "admin")).id();
        long price = service == haircut ? HAIRCUT_PRICE : MANICURE_PRICE;
        core.checkout().checkout(salonId, visit, slug + "-" + KEYS.incrementAndGet(),
                new CheckoutRequest(null, null, List.of(new Payment("card", price)), null), null, "owner");
        return visit;
    }
}
