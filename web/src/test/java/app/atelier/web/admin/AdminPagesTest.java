package app.atelier.web.admin;

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
import app.atelier.web.admin.PanelClient.Page;
import app.atelier.web.testing.TestServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every page per role, live search, booking errors next to fields, quote and checkout, and tenant isolation. */
class AdminPagesTest {
    @TempDir
    static Path root;
    static TestServer server;
    static long salonId;
    static long mila;
    static long olga;
    static long service;
    static long anna;
    static long milasVisit;
    static long olgasVisit;
    static long betaClient;

    @BeforeAll
    static void start() {
        server = TestServer.start(root);
        AtelierCore core = server.core();
        Principal owner = core.auth().authenticate(server.salonWithOwner("alpha", "basic", List.of())).orElseThrow();
        salonId = owner.salonId();
        List<StaffInput.Hours> hours = new ArrayList<>();
        for (int d = 1; d <= 7; d++) {
            hours.add(new StaffInput.Hours(d, "10:00", "20:00"));
        }
        mila = core.staff().create(salonId, StaffInput.named("Mila Master").withHours(hours)).id();
        olga = core.staff().create(salonId, StaffInput.named("Olga Other").withHours(hours)).id();
        service = core.catalog().createService(salonId, new ServiceInput("Haircut", "Hair", 60, 250000L, true)).id();
        anna = core.clients().create(salonId, ClientInput.named("Anna Smirnova").withPhone("+79161234567")).id();
        core.clients().create(salonId, ClientInput.named("Boris Petrov").withPhone("+79161234568"));
        milasVisit = core.visits().book(salonId, new BookingRequest(anna, mila, "2026-12-01T12:00",
                List.of(new ItemRequest(service, null, null)), "admin")).id();
        olgasVisit = core.visits().book(salonId, new BookingRequest(anna, olga, "2026-12-01T15:00",
                List.of(new ItemRequest(service, null, null)), "admin")).id();
        core.salonUsers().create(owner, new SalonUserService.NewUser("admin@alpha.test", "admin-secret-1", "admin", null));
        core.salonUsers().create(owner, new SalonUserService.NewUser("mila@alpha.test", "mila-secret-1", "master", mila));

        Principal beta = core.auth().authenticate(server.salonWithOwner("beta", "basic-b", List.of())).orElseThrow();
        betaClient = core.clients().create(beta.salonId(), ClientInput.named("Vera Beta")).id();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    // AuthService allows 10 sign-ins a minute per address and the test clock stands still: sign in once per user
    static PanelClient ownerPanel;
    static PanelClient adminPanel;
    static PanelClient masterPanel;
    static PanelClient betaPanel;

    static PanelClient owner() {
        if (ownerPanel == null) {
            ownerPanel = PanelClient.session(server, "owner@alpha.test", "owner-secret-1");
        }
        return ownerPanel;
    }

    static PanelClient admin() {
        if (adminPanel == null) {
            adminPanel = PanelClient.session(server, "admin@alpha.test", "admin-secret-1");
        }
        return adminPanel;
    }

    static PanelClient master() {
        if (masterPanel == null) {
            masterPanel = PanelClient.session(server, "mila@alpha.test", "mila-secret-1");
        }
        return masterPanel;
    }

    @Test
    void ownerSeesMoneyAndPluginsInRussianForARussianSalon() {
        PanelClient p = owner();
        Page dash = p.get("/admin");
        assertEquals(200, dash.status());
        assertTrue(dash.body().contains("id=\"revenue-today\""), "owner sees revenue");
        assertTrue(dash.body().contains("Выручка сегодня"), "ru salon, ru messages");
        assertTrue(dash.body().contains("Mila Master") && dash.body().contains("Olga Other"));
        assertTrue(dash.body().contains("Anna Smirnova"), "today's visits by master");
        assertTrue(dash.body().contains("₽"), "money in the salon's currency: " + dash.body().lines().filter(l -> l.contains("revenue")).toList());
        assertEquals(200, p.get("/admin/plugins").status());
        assertEquals(200, p.get("/admin/clients").status());
    }

    @Test
    void adminRunsTheDeskButSeesNoMoneyOrPlugins() {
        PanelClient p = admin();
        Page dash = p.get("/admin");
        assertEquals(200, dash.status());
        assertFalse(dash.body().contains("revenue-today"));
        assertEquals(200, p.get("/admin/clients").status());
        assertEquals(200, p.get("/admin/clients/" + anna).status());
        assertEquals(200, p.get("/admin/calendar").status());
        assertEquals(403, p.get("/admin/plugins").status());
        assertEquals(403, p.post("/admin/plugins/bonus/switch", Map.of("_csrf", p.csrf(), "enabled", "true")).status());
    }

    @Test
    void masterSeesOnlyTheirOwnDay() {
        PanelClient p = master();
        Page dash = p.get("/admin");
        assertEquals(200, dash.status());
        assertFalse(dash.body().contains("revenue-today"));
        assertTrue(dash.body().contains("Mila Master"));
        assertFalse(dash.body().contains("Olga Other"), "another master's column is not shown");
        Page cal = p.get("/admin/calendar?date=2026-12-01&staff=" + olga);
        assertEquals(200, cal.status());
        assertTrue(cal.body().contains("/admin/visits/" + milasVisit));
        assertFalse(cal.body().contains("/admin/visits/" + olgasVisit), "asking for another master still shows their own");
        assertFalse(cal.body().contains("booking-form"), "a master books nothing");
        assertEquals(200, p.get("/admin/visits/" + milasVisit).status());
        assertEquals(404, p.get("/admin/visits/" + olgasVisit).status());
        assertEquals(403, p.get("/admin/clients").status());
        assertEquals(403, p.get("/admin/clients/" + anna).status());
        assertEquals(403, p.get("/admin/plugins").status());
        String csrf = p.csrf();
        assertEquals(403, p.post("/admin/visits/" + milasVisit + "/cancel", Map.of("_csrf", csrf)).status());
        assertEquals(403, p.post("/admin/calendar/book", Map.of("_csrf", csrf)).status());
    }

    @Test
    void liveSearchAnswersRowsOnlyForHtmx() {
        PanelClient p = admin();
        Page full = p.get("/admin/clients?q=smir");
        assertTrue(full.body().contains("<html"));
        assertTrue(full.body().contains("Anna Smirnova"));
        Page rows = p.get("/admin/clients?q=smir", Map.of("HX-Request", "true"));
        assertEquals(200, rows.status());
        assertFalse(rows.body().contains("<html"));
        assertTrue(rows.body().contains("Anna Smirnova"));
        assertFalse(rows.body().contains("Boris"));
    }

    @Test
    void clientCardShowsTheSummary() {
        Page card = admin().get("/admin/clients/" + anna);
        assertTrue(card.body().contains("Anna Smirnova"));
        assertTrue(card.body().contains("/admin/visits/" + milasVisit), "history");
        assertTrue(card.body().contains("Всего потрачено"));
    }

    @Test
    void anotherSalonsClientAndVisitAnswer404() {
        if (betaPanel == null) {
            betaPanel = PanelClient.session(server, "owner@beta.test", "owner-secret-1");
        }
        PanelClient beta = betaPanel;
        Page missing = beta.get("/admin/clients/" + anna);
        assertEquals(404, missing.status());
        assertTrue(missing.body().contains("<h1>404</h1>"), missing.body());
        assertFalse(missing.body().contains("Anna"));
        assertEquals(404, beta.get("/admin/visits/" + milasVisit).status());
        assertEquals(404, beta.post("/admin/visits/" + milasVisit + "/cancel", Map.of("_csrf", beta.csrf())).status());
        assertEquals(200, beta.get("/admin/clients/" + betaClient).status());
        assertEquals(404, owner().get("/admin/clients/" + betaClient).status());
        assertFalse(beta.get("/admin/clients?q=anna").body().contains("Anna"));
    }

    @Test
    void bookingErrorsShowNextToTheirFields() {
        PanelClient p = admin();
        String csrf = p.csrf();
        Page empty = p.post("/admin/calendar/book", Map.of("_csrf", csrf, "clientId", "", "staffId", "", "serviceId", "",
                "date", "2026-12-02", "time", ""));
        assertEquals(422, empty.status());
        for (String field : List.of("clientId", "staffId", "serviceId", "time")) {
            assertTrue(empty.body().contains("id=\"e-" + field + "\""), field);
        }
        // Mila is busy 12:00-13:00 on December 1st: the overlap is refused as the API refuses it
        Page busy = p.post("/admin/calendar/book", Map.of("_csrf", csrf, "clientId", String.valueOf(anna), "staffId",
                String.valueOf(mila), "serviceId", String.valueOf(service), "date", "2026-12-01", "time", "12:30"));
        assertEquals(422, busy.status());
        assertTrue(busy.body().contains("id=\"e-time\""), busy.body());
    }

    @Test
    void bookQuoteMoveConfirmAndCheckOut() {
        PanelClient p = admin();
        String csrf = p.csrf();
        Page booked = p.post("/admin/calendar/book", Map.of("_csrf", csrf, "clientId", String.valueOf(anna), "staffId",
                String.valueOf(olga), "serviceId", String.valueOf(service), "date", "2026-12-03", "time", "11:00"));
        assertEquals(303, booked.status(), booked.body());
        String visit = booked.location();
        assertTrue(visit.startsWith("/admin/visits/"));
        Page card = p.get(visit);
        assertTrue(card.body().contains("id=\"quote-total\""));
        Page quote = p.post(visit + "/quote", Map.of("redeemBonus", "", "promoCode", "", "manualPercent", "abc", "manualReason", ""),
                Map.of("X-CSRF-Token", csrf, "HX-Request", "true"));
        assertEquals(200, quote.status());
        assertFalse(quote.body().contains("<html"));
        assertTrue(quote.body().contains("class=\"error\""), "a bad option shows its message");
        Page early = p.post(visit + "/checkout", Map.of("_csrf", csrf, "idempotencyKey", "k-0", "method", "card", "amount", ""));
        assertEquals(409, early.status(), "a visit of a later day is not paid today");
        assertTrue(early.body().contains("id=\"e-checkout\""), early.body());
        assertEquals(409, p.post(visit + "/no-show", Map.of("_csrf", csrf)).status(), "no no-show before the visit has begun");
        assertFalse(card.body().contains("id=\"no-show\""), "nor a button for it");
        // the client came in today instead: moved to this evening, it can be paid
        Page moved = p.post(visit + "/move", Map.of("_csrf", csrf, "date", "2026-12-01", "time", "19:30", "staffId", String.valueOf(olga)));
        assertEquals(303, moved.status(), moved.body());
        assertTrue(p.get(visit).body().contains("19:30"));
        assertEquals(303, p.post(visit + "/confirm", Map.of("_csrf", csrf)).status());
        Page paid = p.post(visit + "/checkout", Map.of("_csrf", csrf, "idempotencyKey", "k-1", "method", "card", "amount", ""));
        assertEquals(303, paid.status(), paid.body());
        Page done = p.get(visit);
        assertTrue(done.body().contains("id=\"completed-bill\""), done.body());
        assertTrue(done.body().contains("2\u00a0500,00\u00a0₽"), "the bill in roubles for the ru locale");
        assertFalse(done.body().contains("id=\"checkout-form\""), "a completed visit has no checkout form");
    }

    @Test
    void revenueTodayIsWhatWasPaidForTodaysVisits() {
        AtelierCore core = server.core();
        // other tests of this class may take payments today as well: count from what is there
        long before = core.dashboard().today(salonId).revenueToday();
        long visit = core.visits().book(salonId, new BookingRequest(anna, olga, "2026-12-01T18:00",
                List.of(new ItemRequest(service, null, null)), "admin")).id();
        core.checkout().checkout(salonId, visit, "revenue-1", new CheckoutRequest(null, null,
                List.of(new Payment("cash", 200000L)), null), null, "owner");
        String dash = owner().get("/admin").body();
        String today = dash.substring(dash.indexOf("id=\"revenue-today\""));
        String expected = new Formats(core.salons().get(salonId), java.util.Locale.forLanguageTag("ru-RU")).money(before + 200_000);
        assertTrue(today.startsWith("id=\"revenue-today\">" + expected), expected + " vs " + today.substring(0, 80));
        assertTrue(before == 0 || before == 250_000, "nothing else is paid today but the other test's haircut: " + before);
    }

    @Test
    void weekViewOfOneMaster() {
        Page week = admin().get("/admin/calendar?view=week&date=2026-12-03&staff=" + mila);
        assertEquals(200, week.status());
        assertTrue(week.body().contains("/admin/visits/" + milasVisit), "Tuesday's visit in the week of Thursday");
        assertFalse(week.body().contains("/admin/visits/" + olgasVisit), "only the chosen master");
        assertEquals(7, week.body().split("class=\"card column\"", -1).length - 1, "a column per day");
        Page mine = master().get("/admin/calendar?view=week&date=2026-12-01&staff=" + olga);
        assertTrue(mine.body().contains("/admin/visits/" + milasVisit));
        assertFalse(mine.body().contains("/admin/visits/" + olgasVisit), "a master's week is their own");
    }

    @Test
    void catalogueForTheDeskOnly() {
        Page catalog = admin().get("/admin/catalog");
        assertEquals(200, catalog.status());
        assertTrue(catalog.body().contains("Haircut") && catalog.body().contains("Mila Master"));
        assertTrue(catalog.body().contains("10:00–20:00"));
        assertEquals(403, master().get("/admin/catalog").status());
    }

    @Test
    void eachUserMayChooseTheirLanguage() {
        PanelClient p = PanelClient.session(server, "owner@alpha.test", "owner-secret-1");
        assertTrue(p.get("/admin").body().contains("Выручка сегодня"), "the salon's language first");
        Page switched = p.post("/admin/language", Map.of("_csrf", p.csrf(), "lang", "en", "next", "/admin/calendar"));
        assertEquals(303, switched.status());
        assertEquals("/admin/calendar", switched.location());
        String dash = p.get("/admin").body();
        assertTrue(dash.contains("Revenue today"), "English for this user");
        assertTrue(dash.contains("RUB") || dash.contains("₽"), "money still in the salon's currency");
        assertTrue(owner().get("/admin").body().contains("Выручка сегодня"), "other sessions keep the salon's language");
    }

    @Test
    void staticAssetsComeFromTheJar() {
        PanelClient p = new PanelClient(server);
        Page htmx = p.get("/admin/static/htmx.min.js");
        assertEquals(200, htmx.status());
        assertTrue(htmx.body().contains("htmx"));
        assertEquals(200, p.get("/admin/static/admin.css").status());
    }
}
