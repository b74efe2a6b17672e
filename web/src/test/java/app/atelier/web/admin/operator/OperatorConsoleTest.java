package app.atelier.web.admin.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.core.auth.AuthService;
import app.atelier.web.admin.AdminSession;
import app.atelier.web.admin.PanelClient;
import app.atelier.web.admin.PanelClient.Page;
import app.atelier.web.testing.PluginJars;
import app.atelier.web.testing.TestServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator console's salons, tariffs and users, through its forms, against the real server
 * with the discounts and bonus plugin jars loaded from its plugins folder.
 */
class OperatorConsoleTest {
    @TempDir
    static Path root;
    static TestServer server;
    static PanelClient operator;

    @BeforeAll
    static void start() {
        PluginJars.install(root.resolve("plugins"), "discounts", "bonus");
        server = TestServer.start(root);
        server.salonWithOwner("alpha", "basic", List.of());
        operator = PanelClient.session(server, TestServer.OPERATOR_EMAIL, TestServer.OPERATOR_PASSWORD);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String csrf() {
        return operator.get("/admin/operator").csrf();
    }

    private static Map<String, String> salonForm(String slug, String email, String password) {
        Map<String, String> f = new HashMap<>(Map.of("_csrf", csrf(), "name", "Salon " + slug, "slug", slug,
                "timezone", "Europe/Moscow", "currency", "RUB", "country", "RU", "locale", "ru", "tariff", "basic"));
        f.put("owner.email", email);
        f.put("owner.password", password);
        return f;
    }

    private static long salonId(String slug) {
        return server.core().salons().bySlug(slug).orElseThrow().id();
    }

    @Test
    void operatorSignsInAtThePanelAndLandsOnTheConsole() {
        PanelClient panel = new PanelClient(server);
        Page in = panel.signIn(TestServer.OPERATOR_EMAIL, TestServer.OPERATOR_PASSWORD);
        assertEquals(303, in.status(), in.body());
        assertEquals("/admin/operator", in.location());
        assertTrue(panel.cookies.get(AdminSession.COOKIE).startsWith("ats_"));
        Page home = panel.get("/admin/operator");
        assertEquals(200, home.status(), home.body());
        assertTrue(home.body().contains("Operator console"), home.body());
        for (String nav : List.of("/admin/operator/salons", "/admin/operator/tariffs", "/admin/operator/plugins", "/admin/operator/users")) {
            assertTrue(home.body().contains("href=\"" + nav + "\""), nav);
        }
        assertTrue(home.body().contains("<td><code>alpha</code></td>"), "the salon list");
        // salon pages send the operator to the console
        for (String salonPage : List.of("/admin", "/admin/clients", "/admin/plugins")) {
            Page r = panel.get(salonPage);
            assertEquals(303, r.status(), salonPage);
            assertEquals("/admin/operator", r.location(), salonPage);
        }
        assertEquals("/admin/operator", panel.get("/admin/login").location(), "signed in already");
        // sign out from the console's own form
        Page out = panel.post("/admin/operator/logout", Map.of("_csrf", home.csrf()));
        assertEquals(303, out.status());
        assertEquals(303, panel.get("/admin/operator").status());
        assertTrue(panel.get("/admin/operator").location().startsWith("/admin/login?next="));
    }

    @Test
    void salonUsersAreRefusedTheConsole() {
        PanelClient owner = PanelClient.session(server, "owner@alpha.test", "owner-secret-1");
        String csrf = owner.csrf();
        for (String path : List.of("/admin/operator", "/admin/operator/salons", "/admin/operator/plugins", "/admin/operator/tariffs",
                "/admin/operator/users")) {
            Page r = owner.get(path);
            assertEquals(403, r.status(), path);
            assertTrue(r.body().contains("<h1>403</h1>") && r.body().contains("owner@alpha.test"), "the salon panel's own 403 page: " + r.body());
        }
        int before = server.core().salons().summaries().size();
        Map<String, String> form = new HashMap<>(Map.of("_csrf", csrf, "name", "Sneaky", "slug", "sneaky", "timezone", "UTC",
                "currency", "RUB", "country", "RU", "locale", "ru", "tariff", "basic"));
        form.put("owner.email", "sneaky@example.com");
        form.put("owner.password", "sneaky-secret-1");
        assertEquals(403, owner.post("/admin/operator/salons", form).status());
        assertEquals(before, server.core().salons().summaries().size(), "nothing created");
        assertEquals(200, owner.get("/admin").status(), "the owner's own panel still works");
    }

    @Test
    void aSalonCreatedInTheFormHasAnOwnerWhoCanSignIn() {
        Page r = operator.post("/admin/operator/salons", salonForm("bravo", "Boss@Bravo.test", "bravo-secret-1"));
        assertEquals(303, r.status(), r.body());
        assertEquals("/admin/operator/salons?created=bravo", r.location());
        Page list = operator.get(r.location());
        assertTrue(list.body().contains("id=\"salon-created\""), list.body());
        String row = row(list.body(), "salon-" + salonId("bravo"));
        assertTrue(row.contains("Salon bravo") && row.contains("boss@bravo.test") && row.contains("<option selected>basic</option>"), row);

        PanelClient owner = new PanelClient(server);
        Page in = owner.signIn("boss@bravo.test", "bravo-secret-1");
        assertEquals(303, in.status(), in.body());
        assertEquals("/admin", in.location());
        Page dashboard = owner.get("/admin");
        assertEquals(200, dashboard.status());
        assertTrue(dashboard.body().contains("Salon bravo"));
    }

    @Test
    void badSalonInputIsShownAtItsFieldsAndCreatesNothing() {
        int before = server.core().salons().summaries().size();

        Page taken = operator.post("/admin/operator/salons", salonForm("alpha", "new@alpha2.test", "long-enough-1"));
        assertEquals(422, taken.status());
        assertTrue(taken.body().contains("id=\"e-f-slug\">A salon with this address name already exists."), taken.body());

        Map<String, String> bad = salonForm("charlie", "not-an-email", "short");
        bad.put("name", "Typed Name");
        bad.put("timezone", "Mars/Olympus");
        Page invalid = operator.post("/admin/operator/salons", bad);
        assertEquals(422, invalid.status());
        assertTrue(invalid.body().contains("id=\"e-f-owner-email\">Enter an email address."), invalid.body());
        assertTrue(invalid.body().contains("id=\"e-f-owner-password\">The password must be 8 to 200 characters."), invalid.body());
        assertTrue(invalid.body().contains("id=\"e-f-timezone\""), invalid.body());
        assertFalse(invalid.body().contains("id=\"e-f-slug\""), "the slug was fine");
        assertTrue(invalid.body().contains("value=\"Typed Name\""), "typed values are kept");
        assertTrue(invalid.body().contains("value=\"not-an-email\""));
        assertTrue(invalid.body().contains("value=\"Mars/Olympus\""));
        assertFalse(invalid.body().contains("value=\"short\""), "the password is not sent back");

        Page emailTaken = operator.post("/admin/operator/salons", salonForm("delta", "owner@alpha.test", "long-enough-1"));
        assertEquals(422, emailTaken.status());
        assertTrue(emailTaken.body().contains("id=\"e-f-owner-email\">A user with this email already exists."), emailTaken.body());

        assertEquals(before, server.core().salons().summaries().size(), "no salon was created");
        assertTrue(server.core().salons().bySlug("charlie").isEmpty());
        assertTrue(server.core().salons().bySlug("delta").isEmpty());
        assertThrows(AuthService.LoginFailed.class, () -> server.core().auth().login("new@alpha2.test", "long-enough-1", "fixture:x"));
    }

    @Test
    void aTariffMadeInTheConsoleAndGivenToASalonShowsOnTheSalonsPluginsPage() {
        server.salonWithOwner("echo", "echo-basic", List.of());
        PanelClient owner = PanelClient.session(server, "owner@echo.test", "owner-secret-1");
        assertTrue(section(owner.get("/admin/plugins").body(), "plugin-discounts").contains("badge off"),
                "before: discounts is not in the salon's tariff");

        Page badId = operator.post("/admin/operator/tariffs", Map.of("_csrf", csrf(), "mode", "create", "name", "gold", "other", "Bad_Id"));
        assertEquals(422, badId.status());
        assertTrue(badId.body().contains("id=\"e-tariff-other-new\""), badId.body());
        assertTrue(server.core().tariffs().byName("gold").isEmpty());

        Page created = operator.postFields("/admin/operator/tariffs", List.of(Map.entry("_csrf", csrf()), Map.entry("mode", "create"),
                Map.entry("name", "gold"), Map.entry("plugins", "discounts"), Map.entry("plugins", "bonus"), Map.entry("other", "")));
        assertEquals(303, created.status(), created.body());
        assertEquals(java.util.Set.of("discounts", "bonus"), server.core().tariffs().byName("gold").orElseThrow().plugins());
        Page tariffs = operator.get("/admin/operator/tariffs");
        String gold = section(tariffs.body(), "tariff-gold");
        assertTrue(gold.contains("<span class=\"badge\">bonus</span>") && gold.contains("<span class=\"badge\">discounts</span>"), gold);

        Page again = operator.post("/admin/operator/tariffs", Map.of("_csrf", csrf(), "mode", "create", "name", "gold", "plugins", "bonus"));
        assertEquals(422, again.status(), "creating a tariff of an existing name does not overwrite it");
        assertEquals(2, server.core().tariffs().byName("gold").orElseThrow().plugins().size());

        long echo = salonId("echo");
        Page moved = operator.post("/admin/operator/salons/" + echo + "/tariff", Map.of("_csrf", csrf(), "tariff", "gold"));
        assertEquals(303, moved.status(), moved.body());
        assertEquals("gold", server.core().salons().tariffOf(echo));
        assertFalse(section(owner.get("/admin/plugins").body(), "plugin-discounts").contains("badge off"),
                "after: discounts is in the tariff");
        assertFalse(section(owner.get("/admin/plugins").body(), "plugin-bonus").contains("badge off"));

        Page unknown = operator.post("/admin/operator/salons/" + echo + "/tariff", Map.of("_csrf", csrf(), "tariff", "platinum"));
        assertEquals(422, unknown.status());
        assertEquals("gold", server.core().salons().tariffOf(echo));
        assertEquals(404, operator.post("/admin/operator/salons/99999/tariff", Map.of("_csrf", csrf(), "tariff", "gold")).status());

        // edit: drop bonus
        Page edited = operator.post("/admin/operator/tariffs", Map.of("_csrf", csrf(), "mode", "edit", "name", "gold", "plugins", "discounts"));
        assertEquals(303, edited.status());
        assertEquals(java.util.Set.of("discounts"), server.core().tariffs().pluginsOfSalon(echo));
        assertTrue(section(owner.get("/admin/plugins").body(), "plugin-bonus").contains("badge off"));
    }

    @Test
    void operatorListsAddsAndRemovesASalonsUsers() {
        server.salonWithOwner("foxtrot", "basic", List.of());
        long id = salonId("foxtrot");
        Page users = operator.get("/admin/operator/users?salon=" + id);
        assertEquals(200, users.status(), users.body());
        assertTrue(users.body().contains("owner@foxtrot.test"), users.body());
        assertFalse(users.body().contains("owner@alpha.test"), "only this salon's users");
        assertFalse(users.body().contains("/delete"), "the owner has no remove button");

        Page bad = operator.post("/admin/operator/users/" + id, Map.of("_csrf", csrf(), "email", "nope", "password", "x", "role", "admin"));
        assertEquals(422, bad.status());
        assertTrue(bad.body().contains("id=\"e-u-email\""), bad.body());
        assertTrue(bad.body().contains("id=\"e-u-password\""), bad.body());
        Page master = operator.post("/admin/operator/users/" + id, Map.of("_csrf", csrf(), "email", "m@foxtrot.test",
                "password", "master-secret-1", "role", "master"));
        assertEquals(422, master.status(), "a master needs a staff row");
        assertTrue(master.body().contains("id=\"e-u-staff\""), master.body());

        Page added = operator.post("/admin/operator/users/" + id, Map.of("_csrf", csrf(), "email", "desk@foxtrot.test",
                "password", "desk-secret-1", "role", "admin"));
        assertEquals(303, added.status(), added.body());
        assertTrue(operator.get(added.location()).body().contains("desk@foxtrot.test"));
        PanelClient desk = PanelClient.session(server, "desk@foxtrot.test", "desk-secret-1");
        assertEquals(200, desk.get("/admin").status(), "the new administrator runs the salon's desk");

        long deskId = server.core().auth().login("desk@foxtrot.test", "desk-secret-1", "fixture:desk").principal().userId();
        Page removed = operator.post("/admin/operator/users/" + id + "/" + deskId + "/delete", Map.of("_csrf", csrf()));
        assertEquals(303, removed.status());
        assertFalse(operator.get("/admin/operator/users?salon=" + id).body().contains("desk@foxtrot.test"));
        assertEquals(303, desk.get("/admin").status(), "signed out everywhere");
        long ownerId = server.core().auth().login("owner@foxtrot.test", "owner-secret-1", "fixture:o").principal().userId();
        assertEquals(409, operator.post("/admin/operator/users/" + id + "/" + ownerId + "/delete", Map.of("_csrf", csrf())).status());
        assertEquals(404, operator.get("/admin/operator/users?salon=424242").status());
    }

    @Test
    void everyConsolePostNeedsTheCsrfTokenAndRussianIsOneSwitchAway() {
        assertEquals(403, operator.post("/admin/operator/tariffs", Map.of("mode", "create", "name", "sneaky")).status());
        assertTrue(server.core().tariffs().byName("sneaky").isEmpty());
        PanelClient ru = PanelClient.session(server, TestServer.OPERATOR_EMAIL, TestServer.OPERATOR_PASSWORD);
        Page switched = ru.post("/admin/operator/language", Map.of("_csrf", ru.get("/admin/operator").csrf(), "lang", "ru",
                "next", "/admin/operator/tariffs"));
        assertEquals(303, switched.status());
        assertEquals("/admin/operator/tariffs", switched.location());
        Page page = ru.get("/admin/operator/tariffs");
        assertTrue(page.body().contains("<html lang=\"ru\">") && page.body().contains("Консоль оператора")
                && page.body().contains("Новый тариф"), page.body());
    }

    /** Median and worst of 30 loads of each console page; the target is 200 ms. */
    @Test
    void consolePagesAnswerQuickly() {
        long alpha = salonId("alpha");
        for (String path : List.of("/admin/operator", "/admin/operator/tariffs", "/admin/operator/plugins",
                "/admin/operator/users?salon=" + alpha)) {
            for (int i = 0; i < 5; i++) {
                assertEquals(200, operator.get(path).status(), path);
            }
            List<Long> micros = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                long t = System.nanoTime();
                operator.get(path);
                micros.add((System.nanoTime() - t) / 1000);
            }
            Collections.sort(micros);
            long median = micros.get(15);
            System.out.printf("%s: median %.1f ms, worst %.1f ms of 30%n", path, median / 1000.0, micros.get(29) / 1000.0);
            assertTrue(median < 200_000, path + " median " + median + " µs");
        }
    }

    static String section(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertTrue(start >= 0, "no element " + id);
        int end = html.indexOf("</section>", start);
        return html.substring(start, end);
    }

    static String row(String html, String id) {
        Matcher m = Pattern.compile("<tr id=\"" + id + "\">(.*?)</tr>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), "no row " + id);
        return m.group(1);
    }
}
