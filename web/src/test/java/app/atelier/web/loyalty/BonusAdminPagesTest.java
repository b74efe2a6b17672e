package app.atelier.web.loyalty;

import static app.atelier.web.testing.SalonFixture.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.web.admin.PanelClient;
import app.atelier.web.admin.PanelClient.Page;
import app.atelier.web.loyalty.bonus.BonusSalon;
import app.atelier.web.testing.PluginJars;
import app.atelier.web.testing.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bonus plugin's pages in the admin panel, with the real bonus jar loaded from a plugins
 * folder: the navigation entry, the program form (what it saves is what a checkout earns), the
 * form's problems, roles, tenancy, the points page with its gift form, and Russian. Salons are in
 * Moscow with roubles; the panel is in English unless a test chooses Russian.
 */
class BonusAdminPagesTest {
    private static final long PRICE = 100_000; // 1 000.00
    private static final String PROGRAM = "/admin/bonus/program";
    private static final String POINTS = "/admin/bonus/points";
    private static final String ANNA_PHONE = "+79161234567";

    @TempDir
    Path root;
    TestServer server;
    BonusSalon salon;
    PanelClient owner;
    long anna;

    @BeforeEach
    void start() {
        PluginJars.install(root.resolve("plugins"), "bonus");
        server = TestServer.start(root);
        salon = BonusSalon.create(server, "alpha", List.of("bonus"), PRICE);
        anna = ok(salon.post("/api/v1/clients", Map.of("name", "Anna Petrova", "phone", ANNA_PHONE)), 201).get("id").asLong();
        owner = PanelClient.session(server, "owner@alpha.test", "owner-secret-1");
        owner.cookies.put("atelier_lang", "en");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theMenuEntryIsThereOnlyWhileThePluginIsOnForTheSalon() {
        Page dashboard = owner.get("/admin");
        assertTrue(dashboard.body().contains("href=\"" + PROGRAM + "\""), dashboard.body());
        assertTrue(dashboard.body().contains(">Bonus program</a>"), "labelled from the plugin's bundle");
        assertEquals(200, owner.get(PROGRAM).status());

        salon.enable("bonus", false);

        assertFalse(owner.get("/admin").body().contains("href=\"" + PROGRAM + "\""));
        assertEquals(404, owner.get(PROGRAM).status());
        assertEquals(404, owner.get(POINTS).status());
        salon.enable("bonus", true);
        assertTrue(owner.get("/admin").body().contains("href=\"" + PROGRAM + "\""));
    }

    @Test
    void theProgramSavedThroughTheFormIsWhatACheckoutEarns() {
        Page empty = owner.get(PROGRAM);
        assertEquals(200, empty.status(), empty.body());
        assertEquals(1, count(empty.body(), "<html"), "a fragment, framed once by the panel");
        assertTrue(Pattern.compile("<div class=\"plugin-page\">\\s*<h1>Bonus program</h1>").matcher(empty.body()).find(), empty.body());
        assertTrue(empty.body().contains("No program yet"), empty.body());

        Page saved = owner.post(PROGRAM, form(empty.csrf(), "", "Loyalty", tiers(new String[] {"Base", "0", "5"})));

        assertEquals(303, saved.status(), saved.body());
        long id = programId(saved.location());
        JsonNode program = ok(salon.get("/api/v1/bonus/programs/" + id), 200);
        assertEquals(500, program.get("tiers").get(0).get("accrualBasisPoints").asLong());
        salon.visit(anna, "2026-12-02T12:00", 0);
        assertEquals(List.of(5_000L), salon.amounts(anna, "accrual"), "5% of 1 000.00");

        Page edit = owner.get(saved.location());
        assertTrue(edit.body().contains("Saved."), edit.body());
        assertTrue(edit.body().contains("value=\"5\""), "the stored percent is shown as typed: " + edit.body());
        Page changed = owner.post(PROGRAM, form(edit.csrf(), Long.toString(id), "Loyalty",
                tiers(new String[] {"Base", "0", "7.5"}, new String[] {"Gold", "1 000,00", "10"})));
        assertEquals(303, changed.status(), changed.body());
        salon.visit(anna, "2026-12-03T12:00", 0);

        assertEquals(List.of(5_000L, 10_000L), salon.amounts(anna, "accrual"),
                "the first visit's 1 000.00 reached Gold (from 1 000.00): 10% of the second");
        JsonNode tiers = ok(salon.get("/api/v1/bonus/programs/" + id), 200).get("tiers");
        assertEquals(100_000, tiers.get(1).get("minSpent").asLong(), "1 000,00 typed in major units, stored in kopecks");
        assertEquals(750, tiers.get(0).get("accrualBasisPoints").asLong());
    }

    @Test
    void badInputComesBackWith422TheProblemsBesideTheFieldsAndNothingSaved() {
        String csrf = owner.get(PROGRAM).csrf();

        Page refused = owner.post(PROGRAM, form(csrf, "", "  ", tiers(new String[] {"Base", "abc", "150"},
                new String[] {"Silver", "500", "5"}, new String[] {"Gold", "500.00", "7"})));

        assertEquals(422, refused.status(), refused.body());
        String body = refused.body();
        assertTrue(body.contains("aria-describedby=\"f-name-error\""), body);
        assertEquals("Fill this in", error(body, "f-name-error"));
        assertEquals("Enter an amount like 1500.00", error(body, "tier-0-threshold-error"));
        assertEquals("Enter a percent from 0 to 100", error(body, "tier-0-percent-error"), "limits in percent, not basis points");
        assertEquals("Another level starts at the same amount", error(body, "tier-2-threshold-error"));
        assertTrue(body.contains("value=\"abc\"") && body.contains("value=\"150\"") && body.contains("value=\"500.00\""),
                "the typed values are kept: " + body);
        assertEquals(0, ok(salon.get("/api/v1/bonus/programs"), 200).size(), "nothing saved");

        Page lifetime = owner.post(PROGRAM, withField(form(csrf, "", "Loyalty", tiers(new String[] {"Base", "0", "5"})),
                "lifetimeDays", "0"));
        assertEquals(422, lifetime.status());
        assertEquals("Enter a whole number from 1 to 3650", error(lifetime.body(), "f-lifetimeDays-error"));
        // the program alone would be fine (no minimum bill): the amount that is no number still stops it
        Page minBill = owner.post(PROGRAM, withField(form(csrf, "", "Loyalty", tiers(new String[] {"Base", "0", "5"})),
                "minBill", "1.500"));
        assertEquals(422, minBill.status());
        assertEquals("Enter an amount like 1500.00", error(minBill.body(), "f-minBill-error"), "three decimals are not kopecks");
        assertEquals(0, ok(salon.get("/api/v1/bonus/programs"), 200).size());
    }

    @Test
    void mastersAreRefusedAndAdminsMayEditTheProgramButNotGivePointsAway() {
        ok(salon.post("/api/v1/users", Map.of("email", "admin@alpha.test", "password", "admin-secret-1", "role", "admin")), 201);
        ok(salon.post("/api/v1/users", Map.of("email", "master@alpha.test", "password", "master-secret-1", "role", "master",
                "staffId", salon.staffId)), 201);
        PanelClient master = PanelClient.session(server, "master@alpha.test", "master-secret-1");
        PanelClient admin = PanelClient.session(server, "admin@alpha.test", "admin-secret-1");

        assertEquals(403, master.get(PROGRAM).status());
        assertEquals(403, master.get(POINTS).status());
        assertFalse(master.get("/admin").body().contains("href=\"" + PROGRAM + "\""), "no entry in a master's navigation");
        assertEquals(403, master.post(PROGRAM, form(master.csrf(), "", "Mine", tiers(new String[] {"Base", "0", "50"}))).status());
        assertEquals(0, ok(salon.get("/api/v1/bonus/programs"), 200).size());

        Page adminSaves = admin.post(PROGRAM, form(admin.csrf(), "", "Loyalty", tiers(new String[] {"Base", "0", "5"})));
        assertEquals(303, adminSaves.status(), "the API lets admins change programs: " + adminSaves.body());
        Page points = admin.get(POINTS);
        assertEquals(200, points.status());
        assertFalse(points.body().contains("name=\"amount\""), "no gift form for an admin");
        Page gift = admin.post(POINTS, Map.of("_csrf", admin.csrf(), "phone", ANNA_PHONE, "amount", "100", "reason", "Sorry"));
        assertEquals(403, gift.status());
        assertEquals(0, salon.balance(anna));
    }

    @Test
    void anotherSalonsUserSeesNothingOfThisSalon() {
        long id = programId(owner.post(PROGRAM, form(owner.get(PROGRAM).csrf(), "", "Alpha loyalty",
                tiers(new String[] {"Base", "0", "5"}))).location());
        ok(salon.gift(Map.of("clientId", anna, "amount", 50_000, "reason", "Alpha welcome")), 201);
        BonusSalon.create(server, "beta", List.of("bonus"), PRICE);
        PanelClient beta = PanelClient.session(server, "owner@beta.test", "owner-secret-1");
        beta.cookies.put("atelier_lang", "en");

        assertEquals(404, beta.get(PROGRAM + "?id=" + id).status());
        Page betaProgram = beta.get(PROGRAM);
        assertFalse(betaProgram.body().contains("Alpha loyalty"), betaProgram.body());
        Page steal = beta.post(PROGRAM, form(betaProgram.csrf(), Long.toString(id), "Stolen", tiers(new String[] {"Base", "0", "90"})));
        assertEquals(404, steal.status());
        assertEquals("Alpha loyalty", ok(salon.get("/api/v1/bonus/programs/" + id), 200).get("name").asText());
        Page betaPoints = beta.get(POINTS);
        assertFalse(betaPoints.body().contains("Anna Petrova") || betaPoints.body().contains("Alpha welcome"), betaPoints.body());
        Page gift = beta.post(POINTS, Map.of("_csrf", betaPoints.csrf(), "phone", ANNA_PHONE, "amount", "100", "reason", "x"));
        assertEquals(422, gift.status(), "alpha's client is no client of beta");
        assertEquals("The salon has no client with this phone", error(gift.body(), "g-phone-error"));
        assertEquals(50_000, salon.balance(anna));
    }

    @Test
    void theOwnerGivesPointsOnceFromThePointsPageWhichListsBalancesAndEntries() {
        Page page = owner.get(POINTS);
        assertTrue(page.body().contains("No client holds points yet."), page.body());
        Map<String, String> gift = Map.of("_csrf", page.csrf(), "key", "form-1", "phone", "8 916 123-45-67", "amount", "250,50",
                "reason", "Sorry for the wait", "expiresOn", "2027-01-31");

        Page given = owner.post(POINTS, gift);
        Page again = owner.post(POINTS, gift);

        assertEquals(303, given.status(), given.body());
        assertEquals(303, again.status(), "a second click answers as the first");
        assertEquals(25_050, salon.balance(anna), "once, in kopecks");
        JsonNode entry = salon.ledger(anna).get(0);
        assertEquals("gift", entry.get("kind").asText());
        assertEquals("2027-01-31T21:00:00Z", entry.get("expiresAt").asText(), "through the last day in Moscow");
        Page listed = owner.get(given.location());
        assertTrue(listed.body().contains("Points given."), listed.body());
        String text = plain(listed.body());
        assertTrue(text.contains("Anna Petrova") && text.contains("250.50") && text.contains("Sorry for the wait"), text);
        assertEquals(1, count(listed.body(), "class=\"balance-row\""));
        assertEquals(1, count(listed.body(), "class=\"entry-row\""));

        Page bad = owner.post(POINTS, Map.of("_csrf", page.csrf(), "phone", ANNA_PHONE, "amount", "0", "reason", "",
                "expiresOn", "2026-11-30"));
        assertEquals(422, bad.status());
        assertEquals("Enter an amount from 0.01 to 10000000.00", error(bad.body(), "g-amount-error"));
        assertEquals("Fill this in", error(bad.body(), "g-reason-error"));
        assertEquals("Choose a day after today", error(bad.body(), "g-expiresOn-error"));
        assertTrue(bad.body().contains("value=\"2026-11-30\""), "typed values kept");
        assertEquals(25_050, salon.balance(anna), "nothing given");
    }

    @Test
    void inRussianThePagesTheirProblemsAndTheMenuSpeakRussian() {
        owner.cookies.put("atelier_lang", "ru");

        Page page = owner.get(PROGRAM);
        assertTrue(page.body().contains(">Бонусная программа</a>"), "the navigation entry: " + page.body());
        assertTrue(page.body().contains("<h1>Бонусная программа</h1>"), page.body());
        assertTrue(page.body().contains("Кешбэк, %"), page.body());
        Page refused = owner.post(PROGRAM, form(page.csrf(), "", "", tiers(new String[] {"Базовый", "0", "5,5"})));
        assertEquals(422, refused.status());
        assertEquals("Заполните это поле", error(refused.body(), "f-name-error"));
        assertTrue(refused.body().contains("Исправьте отмеченные поля"), refused.body());
        assertTrue(refused.body().contains("value=\"5,5\""), refused.body());

        ok(salon.gift(Map.of("clientId", anna, "amount", 150_000, "reason", "Подарок")), 201);
        String points = plain(owner.get(POINTS).body());
        assertTrue(points.contains("Больше всего бонусов") && points.contains("1 500,00 ₽"), "roubles as Russian writes them: " + points);
    }

    @Test
    void pagesAnswerFast() {
        owner.post(PROGRAM, form(owner.get(PROGRAM).csrf(), "", "Loyalty", tiers(new String[] {"Base", "0", "5"})));
        for (int i = 0; i < 5; i++) {
            ok(salon.gift(Map.of("clientId", anna, "amount", 1_000 + i, "reason", "Gift " + i)), 201);
        }
        long program = fastest(owner, PROGRAM);
        long points = fastest(owner, POINTS);
        System.out.printf("bonus panel pages, best of 10: program %d ms, points %d ms%n", program, points);
        assertTrue(program < 200 && points < 200, "program " + program + " ms, points " + points + " ms");
    }

    /** The best of ten answers to GET {@code path}, in milliseconds (the best, so that a busy shared machine does not decide). */
    static long fastest(PanelClient panel, String path) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            long t0 = System.nanoTime();
            assertEquals(200, panel.get(path).status());
            best = Math.min(best, (System.nanoTime() - t0) / 1_000_000);
        }
        return best;
    }

    /** The program form: name, kind permanent, switched on, one row per tier {name, threshold, percent}. */
    private static List<Map.Entry<String, String>> form(String csrf, String id, String name, List<String[]> tiers) {
        List<Map.Entry<String, String>> f = new ArrayList<>(List.of(Map.entry("_csrf", csrf), Map.entry("id", id),
                Map.entry("name", name), Map.entry("kind", "permanent"), Map.entry("enabled", "on")));
        for (String[] t : tiers) {
            f.add(Map.entry("tierName", t[0]));
            f.add(Map.entry("tierThreshold", t[1]));
            f.add(Map.entry("tierPercent", t[2]));
        }
        // the empty spare row a browser sends along
        f.addAll(List.of(Map.entry("tierName", ""), Map.entry("tierThreshold", ""), Map.entry("tierPercent", "")));
        return f;
    }

    private static List<String[]> tiers(String[]... rows) {
        return List.of(rows);
    }

    private static List<Map.Entry<String, String>> withField(List<Map.Entry<String, String>> form, String name, String value) {
        List<Map.Entry<String, String>> f = new ArrayList<>(form);
        f.add(Map.entry(name, value));
        return f;
    }

    private static long programId(String location) {
        Matcher m = Pattern.compile("[?&]id=(\\d+)").matcher(location);
        assertTrue(m.find(), location);
        return Long.parseLong(m.group(1));
    }

    /** The text of the problem shown with this id, which a field names in aria-describedby. */
    static String error(String body, String id) {
        assertTrue(body.contains("aria-describedby=\"" + id + "\""), "a field points at " + id + ": " + body);
        Matcher m = Pattern.compile("<span class=\"error\" id=\"" + Pattern.quote(id) + "\">([^<]*)</span>").matcher(body);
        assertTrue(m.find(), "no problem " + id + " in " + body);
        return m.group(1);
    }

    /** The body with no-break spaces as plain ones, as a person reads it. */
    static String plain(String body) {
        return body.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    static int count(String body, String needle) {
        return body.split(Pattern.quote(needle), -1).length - 1;
    }
}
