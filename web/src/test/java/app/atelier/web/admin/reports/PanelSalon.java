package app.atelier.web.admin.reports;

import app.atelier.core.auth.Principal;
import app.atelier.web.admin.PanelClient;
import app.atelier.web.testing.SalonFixture;
import app.atelier.web.testing.TestServer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link SalonFixture} for the panel's report and task tests (Europe/Moscow, Russian, roubles; the
 * test clock says 1 December 2026, 09:00 there): masters Alina and Bella working every day
 * 10:00–20:00, a haircut (hair, 2 000 ₽) and a manicure (nails, 1 500 ₽), the owner, an
 * administrator and Alina's master account, each with a panel session.
 */
public final class PanelSalon extends SalonFixture {
    public static final long HAIRCUT_PRICE = 200_000;
    public static final long MANICURE_PRICE = 150_000;
    private static final AtomicInteger KEYS = new AtomicInteger();

    public final Principal ownerPrincipal;
    public final long alina;
    public final long bella;
    public final long haircut;
    public final long manicure;
    public final long adminId;
    public final long masterId;

    public PanelSalon(TestServer server, String slug) {
        super(SalonFixture.setup(server, slug).tariff(slug + "-tariff").create());
        ownerPrincipal = server.core().auth().authenticate(token()).orElseThrow();
        alina = master("Alina", hours(1, 7, "10:00", "20:00"));
        bella = master("Bella", hours(1, 7, "10:00", "20:00"));
        haircut = service("Haircut", "hair", 60, HAIRCUT_PRICE);
        manicure = service("Manicure", "nails", 60, MANICURE_PRICE);
        adminId = user(adminEmail(), "admin-secret-1", "admin", null);
        masterId = user(masterEmail(), "master-secret-1", "master", alina);
    }

    public String adminEmail() {
        return "admin@" + slug + ".test";
    }

    public String masterEmail() {
        return "alina@" + slug + ".test";
    }

    public PanelClient owner() {
        return PanelClient.session(server, ownerEmail(), OWNER_PASSWORD);
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

    /** Books a visit at a Moscow wall time ({@code 2026-11-02T12:00}) and checks it out paying the full price by card. */
    public long visit(long client, long staff, String start, long service) {
        long visit = book(client, staff, start, service);
        long price = service == haircut ? HAIRCUT_PRICE : MANICURE_PRICE;
        ok(checkout(visit, slug + "-" + KEYS.incrementAndGet(), List.of(Map.of("method", "card", "amount", price))), 201);
        return visit;
    }
}
