package app.atelier.web.loyalty.discounts;

import static app.atelier.web.loyalty.discounts.DiscountSalon.discounts;
import static app.atelier.web.loyalty.discounts.DiscountSalon.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.web.admin.PanelClient;
import app.atelier.web.admin.PanelClient.Page;
import app.atelier.web.testing.MutableClock;
import app.atelier.web.testing.PluginJars;
import app.atelier.web.testing.TestServer;
import app.atelier.web.testing.TestServer.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The discounts plugin's panel pages, /admin/discounts/…, served by the real plugin jar from the test
 * server's plugins folder: a rule typed into the form decides a real quote, the form refuses what the
 * REST API refuses and says so next to each field, and the pages keep to the salon and the roles.
 */
class DiscountsAdminPagesTest {
    private static final String RULES = "/admin/discounts/rules";
    @TempDir
    static Path root;
    static TestServer server;

    @BeforeAll
    static void start() {
        PluginJars.install(root.resolve("plugins"), "discounts");
        server = TestServer.start(root, new MutableClock(Instant.parse("2026-12-01T06:00:00Z")));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theNavigationListsTheRulesPageOnlyWhileDiscountsAreOnForTheSalon() {
        DiscountSalon salon = DiscountSalon.create(server, "panel-menu", List.of("discounts"), List.of());
        PanelClient owner = owner("panel-menu");
        assertFalse(owner.get("/admin").body().contains("href=\"/admin/discounts/rules\""), "in the tariff but not switched on");
        assertEquals(404, owner.get(RULES).status());

        assertEquals(200, salon.call("PUT", "/api/v1/plugins/discounts", Map.of("enabled", true)).status());
        String nav = owner.get("/admin").body();
        assertTrue(nav.contains("<a href=\"/admin/discounts/rules\" class=\"plugin-link\" >Discounts</a>"), nav);
        assertTrue(nav.contains("<a href=\"/admin/discounts/manual-log\" class=\"plugin-link\" >Manual discounts</a>"), nav);
        Page rules = owner.get(RULES);
        assertEquals(200, rules.status(), rules.body());
        assertTrue(rules.body().startsWith("<!doctype html>"), "the host frames the fragment with the panel");
        assertTrue(rules.body().contains("<a href=\"/admin/discounts/rules\" class=\"plugin-link\" aria-current=\"page\">"),
                "the entry is marked as the current page: " + rules.body());

        assertEquals(200, salon.call("PUT", "/api/v1/plugins/discounts", Map.of("enabled", false)).status());
        assertFalse(owner.get("/admin").body().contains("/admin/discounts/rules"), "switched off, the entry is gone");
        assertEquals(404, owner.get(RULES).status());
        assertEquals(404, owner.get("/admin/discounts/manual-log").status());
    }

    @Test
    void aRuleTypedIntoTheFormAppliesToTheQuoteCanBeEditedSwitchedAndDeleted() {
        DiscountSalon salon = DiscountSalon.create(server, "panel-rules");
        PanelClient owner = owner("panel-rules");
        long visit = salon.bookHaircut(salon.client("Nora", null), "2026-11-03T10:00");
        assertEquals(List.of(), discounts(salon.quote(visit)));

        Page created = owner.post(RULES, form(owner, "name", "Panel haircut −10%", "kind", "percent", "value", "10",
                "target", "services", "serviceIds", Long.toString(salon.haircutId), "combines", "true", "active", "true"), Map.of());
        assertEquals(303, created.status(), created.body());
        assertEquals(RULES + "?saved", created.location());
        assertEquals(List.of("Panel haircut −10% -6000"), discounts(salon.quote(visit)), "the typed percent became 1000 bp");
        long id = ruleId(salon, "Panel haircut −10%");

        Page list = owner.get(RULES + "?saved");
        assertTrue(list.body().contains("id=\"saved\""), list.body());
        String card = card(list.body(), id);
        assertTrue(card.contains("<dd class=\"amount\">−10%</dd>"), card);
        assertTrue(card.contains("<dd class=\"target\">services: Haircut</dd>"), card);
        assertTrue(card.contains("<dd class=\"conditions\">always</dd>"), card);
        assertTrue(card.contains("class=\"badge on\"") && card.contains(">Combines</span>"), card);
        assertTrue(card.contains("href=\"/admin/discounts/rules/" + id + "\""), "a link to edit it: " + card);

        Page edit = owner.get(RULES + "/" + id);
        assertEquals(200, edit.status(), edit.body());
        assertTrue(edit.body().contains("name=\"value\" type=\"text\" value=\"10\""), "the stored 1000 bp read back as 10: " + edit.body());
        assertTrue(edit.body().contains("name=\"serviceIds\" value=\"" + salon.haircutId + "\" checked"), edit.body());
        Page edited = owner.post(RULES + "/" + id, form(owner, "name", "Panel haircut −15%", "kind", "percent", "value", "15",
                "target", "services", "serviceIds", Long.toString(salon.haircutId), "combines", "true", "active", "true"), Map.of());
        assertEquals(303, edited.status(), edited.body());
        assertEquals(List.of("Panel haircut −15% -9000"), discounts(salon.quote(visit)));

        Page off = owner.post(RULES + "/" + id + "/active", form(owner, "active", "false"), Map.of());
        assertEquals(303, off.status(), off.body());
        assertEquals(List.of(), discounts(salon.quote(visit)), "switched off in the list, it no longer applies");
        Page on = owner.post(RULES + "/" + id + "/active", form(owner, "active", "true"),
                Map.of("HX-Request", "true", "X-CSRF-Token", owner.csrf()));
        assertEquals(200, on.status(), on.body());
        assertTrue(on.body().startsWith("<article class=\"card rule\" id=\"rule-" + id + "\">"), "htmx gets just the card: " + on.body());
        assertTrue(on.body().contains("class=\"badge on\""), on.body());
        assertEquals(List.of("Panel haircut −15% -9000"), discounts(salon.quote(visit)));

        Page confirm = owner.get(RULES + "/" + id + "/delete");
        assertEquals(200, confirm.status(), confirm.body());
        assertTrue(confirm.body().contains("Delete the rule Panel haircut −15%?") && confirm.body().contains("id=\"confirm-delete\""),
                confirm.body());
        assertEquals(200, salon.call("GET", "/api/v1/discounts/rules/" + id, null).status(), "asking does not delete");
        Page deleted = owner.post(RULES + "/" + id + "/delete", form(owner), Map.of());
        assertEquals(303, deleted.status(), deleted.body());
        assertEquals(RULES + "?deleted", deleted.location());
        assertEquals(404, salon.call("GET", "/api/v1/discounts/rules/" + id, null).status());
        assertEquals(List.of(), discounts(salon.quote(visit)));
    }

    @Test
    void everyConditionOfTheFormIsStoredInTheRestApisUnitsAndSummarisedInWords() {
        DiscountSalon salon = DiscountSalon.create(server, "panel-full");
        PanelClient owner = owner("panel-full");
        Page created = owner.post(RULES, form(owner, "name", "Hair Tuesdays", "kind", "fixed", "value", "250.50",
                "target", "categories", "categories", "Hair", "serviceIds", Long.toString(salon.manicureId),
                "validFrom", "2026-11-01", "validTo", "2026-11-30", "weekdays", "2", "weekdays", "3", "hoursFrom", "10:00",
                "hoursTo", "14:00", "channels", "online", "minBill", "1 000,5", "clientTags", "vip, regular",
                "firstVisitOnly", "true", "birthday", "true", "birthdayBefore", "3", "birthdayAfter", "7", "active", "true"), Map.of());
        assertEquals(303, created.status(), created.body());
        JsonNode rule = rule(salon, ruleId(salon, "Hair Tuesdays"));
        assertEquals(25_050, rule.get("value").asLong(), "250.50 major units are 25050 minor units");
        assertEquals("{\"type\":\"categories\",\"categories\":[\"Hair\"]}", rule.get("target").toString(),
                "boxes ticked under another target are not meant");
        JsonNode c = rule.get("conditions");
        assertEquals("2026-11-01", c.get("validFrom").asText());
        assertEquals("2026-11-30", c.get("validTo").asText());
        assertEquals("[\"tuesday\",\"wednesday\"]", c.get("weekdays").toString());
        assertEquals("10:00", c.get("hours").get("from").asText());
        assertEquals("[\"online\"]", c.get("channels").toString());
        assertEquals(100_050, c.get("minBill").asLong(), "a space groups thousands, a comma marks the decimals");
        assertEquals("[\"vip\",\"regular\"]", c.get("clientTags").toString());
        assertTrue(c.get("firstVisitOnly").asBoolean());
        assertEquals(3, c.get("birthday").get("daysBefore").asInt());
        assertFalse(rule.get("combines").asBoolean(), "an unticked box is false");

        String card = card(owner.get(RULES).body(), rule.get("id").asLong());
        for (String words : List.of("categories: Hair", "on Tue, Wed", "10:00–14:00", "booked online", "clients tagged vip, regular",
                "first visit only", "3 days before to 7 days after the birthday", ">Best of</span>")) {
            assertTrue(card.contains(words), words + " in " + card);
        }

        Page tiers = owner.post(RULES, form(owner, "name", "Loyal spenders", "kind", "percent", "target", "bill",
                "tierMin", "", "tierValue", "", "tierMin", "1000", "tierValue", "5", "tierMin", "5000", "tierValue", "12.5",
                "tierResetDays", "180", "active", "true"), Map.of());
        assertEquals(303, tiers.status(), tiers.body());
        JsonNode tiered = rule(salon, ruleId(salon, "Loyal spenders")).get("conditions");
        assertEquals("[{\"minSpent\":100000,\"value\":500},{\"minSpent\":500000,\"value\":1250}]", tiered.get("spendTiers").toString());
        assertEquals(180, tiered.get("tierResetDays").asInt());
    }

    @Test
    void badInputIsRefusedWith422AndEachMessageNextToItsFieldAndNothingIsSaved() {
        DiscountSalon salon = DiscountSalon.create(server, "panel-bad");
        PanelClient owner = owner("panel-bad");

        Page bad = owner.post(RULES, form(owner, "name", " ", "kind", "percent", "value", "150", "target", "bill",
                "validFrom", "2026-12-10", "validTo", "2026-12-01", "active", "true"), Map.of());
        assertEquals(422, bad.status(), bad.body());
        assertEquals("Fill this in.", error(bad, "name"));
        // the salon is in Germany: its English-speaking user reads German decimal marks, as everywhere in the panel
        assertEquals("Must be from 0,01% to 100%.", error(bad, "value"), "the range in the unit the person typed");
        assertEquals("Must not be before the first day.", error(bad, "validTo"));
        assertTrue(bad.body().contains("id=\"f-value\" name=\"value\" type=\"text\" value=\"150\""), "the typed value is kept");
        assertTrue(bad.body().contains("value=\"2026-12-10\"") && bad.body().contains("value=\"2026-12-01\""), bad.body());
        assertTrue(bad.body().contains("aria-describedby=\"value-hint value-error\" aria-invalid=\"true\""), bad.body());
        assertTrue(bad.body().startsWith("<!doctype html>"), "a refused form is still a panel page");

        Page abc = owner.post(RULES, form(owner, "name", "Fixed", "kind", "fixed", "value", "abc", "target", "bill",
                "minBill", "12.345", "tierResetDays", "soon"), Map.of());
        assertEquals(422, abc.status(), abc.body());
        assertEquals("Enter an amount such as 250 or 250.50.", error(abc, "value"), "not also 'fill this in'");
        assertEquals("Enter an amount such as 250 or 250.50.", error(abc, "minBill"), "EUR has two minor digits, not three");
        assertEquals("Enter a whole number of days.", error(abc, "tierResetDays"));
        assertTrue(abc.body().contains("value=\"abc\""), abc.body());

        Page order = owner.post(RULES, form(owner, "name", "Tiers", "kind", "percent", "target", "services",
                "tierMin", "", "tierValue", "", "tierMin", "1000", "tierValue", "5", "tierMin", "500", "tierValue", "10"), Map.of());
        assertEquals(422, order.status(), order.body());
        assertEquals("Must be larger than the tier before (list the tiers from the lowest).", error(order, "tierMin-2"),
                "the service's second tier is the third row on the form");
        assertEquals("Tick at least one.", error(order, "serviceIds"));

        assertEquals(0, salon.call("GET", "/api/v1/discounts/rules", null).json().size(), "nothing was saved");
    }

    @Test
    void mastersAreRefusedAndAdministratorsManage() {
        DiscountSalon salon = DiscountSalon.create(server, "panel-roles");
        assertEquals(201, salon.call("POST", "/api/v1/users", Map.of("email", "master@panel-roles.test", "password", "master-secret-1",
                "role", "master", "staffId", salon.staffId)).status());
        assertEquals(201, salon.call("POST", "/api/v1/users", Map.of("email", "admin@panel-roles.test", "password", "admin-secret-1",
                "role", "admin")).status());
        long rule = salon.rule(Map.of("name", "Always −5%", "kind", "percent", "value", 500));

        PanelClient master = PanelClient.session(server, "master@panel-roles.test", "master-secret-1");
        assertFalse(master.get("/admin").body().contains("/admin/discounts/rules"), "no entry in a master's navigation");
        Page refused = master.get(RULES);
        assertEquals(403, refused.status(), refused.body());
        assertTrue(refused.body().contains("Only the salon&#39;s owner or an administrator can manage discounts."), refused.body());
        assertEquals(403, master.get(RULES + "/" + rule).status());
        assertEquals(403, master.get("/admin/discounts/manual-log").status());
        assertEquals(403, master.post(RULES, form(master, "name", "Mine", "kind", "percent", "value", "50", "active", "true"),
                Map.of()).status());
        assertEquals(403, master.post(RULES + "/" + rule + "/active", form(master, "active", "false"), Map.of()).status());
        assertEquals(403, master.post(RULES + "/" + rule + "/delete", form(master), Map.of()).status());
        JsonNode all = salon.call("GET", "/api/v1/discounts/rules", null).json();
        assertEquals(1, all.size());
        assertTrue(all.get(0).get("active").asBoolean(), "the master changed nothing");

        PanelClient admin = PanelClient.session(server, "admin@panel-roles.test", "admin-secret-1");
        assertEquals(200, admin.get(RULES).status());
        assertEquals(303, admin.post(RULES + "/" + rule + "/active", form(admin, "active", "false"), Map.of()).status());
        assertFalse(rule(salon, rule).get("active").asBoolean(), "an administrator switched it off");
    }

    @Test
    void anotherSalonsRuleIsNotFoundThroughAnyPage() {
        DiscountSalon salon = DiscountSalon.create(server, "panel-mine");
        long rule = salon.rule(Map.of("name", "Mine only −20%", "kind", "percent", "value", 2000));
        DiscountSalon.create(server, "panel-theirs");
        PanelClient stranger = owner("panel-theirs");

        assertFalse(stranger.get(RULES).body().contains("Mine only"), "not in the other salon's list");
        assertEquals(404, stranger.get(RULES + "/" + rule).status());
        assertEquals(404, stranger.get(RULES + "/" + rule + "/delete").status());
        assertEquals(404, stranger.post(RULES + "/" + rule, form(stranger, "name", "Taken", "kind", "percent", "value", "99",
                "active", "true"), Map.of()).status());
        assertEquals(404, stranger.post(RULES + "/" + rule, form(stranger, "name", "Taken", "kind", "percent", "value", "abc"),
                Map.of()).status(), "not found before the form is judged");
        assertEquals(404, stranger.post(RULES + "/" + rule + "/active", form(stranger, "active", "false"), Map.of()).status());
        assertEquals(404, stranger.post(RULES + "/" + rule + "/delete", form(stranger), Map.of()).status());
        assertEquals(404, stranger.get(RULES + "/not-a-number").status());
        JsonNode kept = rule(salon, rule);
        assertEquals("Mine only −20%", kept.get("name").asText());
        assertEquals(2000, kept.get("value").asLong());
        assertTrue(kept.get("active").asBoolean());
    }

    @Test
    void aRussianSpeakingUserReadsThePagesAndTheErrorsInRussian() {
        DiscountSalon salon = DiscountSalon.create(server, "panel-ru");
        salon.rule(Map.of("name", "Стрижка по вторникам", "kind", "fixed", "value", 25_050, "conditions",
                Map.of("weekdays", List.of("tue"), "minBill", 100_000)));
        PanelClient owner = owner("panel-ru");
        owner.cookies.put("atelier_lang", "ru");

        Page list = owner.get(RULES);
        assertEquals(200, list.status(), list.body());
        assertTrue(list.body().contains("<html lang=\"ru\">"), "the panel's frame is Russian too");
        assertTrue(list.body().contains(">Скидки</a>") && list.body().contains(">Ручные скидки</a>"), "the menu labels: " + list.body());
        assertTrue(list.body().contains("<h1>Правила скидок</h1>"), list.body());
        assertTrue(list.body().contains("−250,50\u00a0€"), "euros as a Russian reader writes them: " + list.body());
        assertTrue(list.body().contains("по дням: вт") && list.body().contains("счёт от 1\u00a0000,00\u00a0€"), list.body());

        Page bad = owner.post(RULES, form(owner, "name", "", "kind", "percent", "value", "150", "target", "bill"), Map.of());
        assertEquals(422, bad.status(), bad.body());
        assertEquals("Заполните это поле.", error(bad, "name"));
        assertEquals("Должно быть от 0,01% до 100%.", error(bad, "value"));
        assertTrue(bad.body().contains("<label for=\"f-name\">Название (печатается в счёте)</label>"), bad.body());

        Page log = owner.get("/admin/discounts/manual-log");
        assertTrue(log.body().contains("<h1>Ручные скидки</h1>"), log.body());
    }

    @Test
    void theManualLogShowsWhoGaveWhichDiscountWhenAndWhy() {
        DiscountSalon salon = DiscountSalon.create(server, "panel-log");
        long client = salon.client("Vera Manual", null);
        long visit = salon.bookHaircut(client, "2026-11-30T10:00");
        salon.payInFull(visit, options(Map.of("manual", Map.of("percent", 1000, "reason", "waited 40 minutes"))));
        PanelClient owner = owner("panel-log");

        Page log = owner.get("/admin/discounts/manual-log");
        assertEquals(200, log.status(), log.body());
        Matcher row = Pattern.compile("<tr class=\"log-row\">(.*?)</tr>", Pattern.DOTALL).matcher(log.body());
        assertTrue(row.find(), log.body());
        String text = row.group(1);
        assertTrue(text.contains("href=\"/admin/visits/" + visit + "\""), text);
        assertTrue(text.contains(">Vera Manual</a>"), text);
        assertTrue(text.contains("<td>given</td>") && text.contains("<td>10%</td>") && text.contains("<td>waited 40 minutes</td>"), text);
        assertTrue(text.contains("<td>" + salon.ownerEmail() + "</td>"), "who gave it, by name: " + text);
        assertTrue(log.body().contains("value=\"2026-11-01\"") && log.body().contains("value=\"2026-12-01\""),
                "by default the last 30 days by the injected clock: " + log.body());
        assertTrue(owner.get("/admin/discounts/manual-log?from=2026-10-01&to=2026-10-31").body().contains("No manual discounts"),
                "a period before the checkout is empty");

        Page bad = owner.get("/admin/discounts/manual-log?from=2026-12-01&to=2026-01-01");
        assertEquals(422, bad.status(), bad.body());
        assertEquals("Must be after the first day and at most a year later.", error(bad, "to"));
    }

    @Test
    void theRulesPageWithFiftyRulesAnswersWellUnder200Milliseconds() {
        DiscountSalon salon = DiscountSalon.create(server, "panel-many");
        for (int i = 1; i <= 50; i++) {
            salon.rule(Map.of("name", "Rule " + i, "kind", i % 2 == 0 ? "percent" : "fixed", "value", 100 + i, "combines", i % 3 == 0,
                    "target", Map.of("type", "services", "ids", List.of(salon.haircutId, salon.colourId)),
                    "conditions", Map.of("weekdays", List.of("mon", "fri"), "hours", Map.of("from", "10:00", "to", "12:00"),
                            "minBill", 10_000, "clientTags", List.of("vip"))));
        }
        PanelClient owner = owner("panel-many");
        for (int i = 0; i < 3; i++) {
            assertEquals(200, owner.get(RULES).status(), "warm-up: templates compiled, connections open");
        }
        List<Long> millis = new ArrayList<>();
        Page page = null;
        for (int i = 0; i < 15; i++) {
            long start = System.nanoTime();
            page = owner.get(RULES);
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        assertEquals(50, page.body().split("class=\"card rule\"", -1).length - 1, "every rule is listed");
        List<Long> sorted = millis.stream().sorted().toList();
        long median = sorted.get(sorted.size() / 2);
        System.out.println("discounts rules page with 50 rules: median " + median + " ms, max " + sorted.get(sorted.size() - 1)
                + " ms over " + sorted.size() + " requests");
        assertTrue(median < 200, "median " + median + " ms");
    }

    private static PanelClient owner(String slug) {
        return PanelClient.session(server, "owner@" + slug + ".test", "owner-secret-1");
    }

    /** The form's fields in order, keys may repeat; the session's CSRF token first. */
    private static List<Map.Entry<String, String>> form(PanelClient panel, String... keysAndValues) {
        List<Map.Entry<String, String>> form = new ArrayList<>();
        form.add(Map.entry("_csrf", panel.csrf()));
        for (int i = 0; i < keysAndValues.length; i += 2) {
            form.add(Map.entry(keysAndValues[i], keysAndValues[i + 1]));
        }
        return form;
    }

    /** The message shown next to a field, from its {@code <span class="error" id="<field>-error">}. */
    private static String error(Page page, String field) {
        Matcher m = Pattern.compile("<span class=\"error\" id=\"" + Pattern.quote(field) + "-error\">([^<]*)</span>").matcher(page.body());
        if (!m.find()) {
            throw new AssertionError("no error next to " + field + " in " + page.body());
        }
        return m.group(1).replace("&#39;", "'");
    }

    /** One rule's card on the list page. */
    private static String card(String body, long id) {
        Matcher m = Pattern.compile("<article class=\"card rule\" id=\"rule-" + id + "\">(.*?)</article>", Pattern.DOTALL).matcher(body);
        if (!m.find()) {
            throw new AssertionError("no card of rule " + id + " in " + body);
        }
        return m.group(1);
    }

    private static long ruleId(DiscountSalon salon, String name) {
        for (JsonNode r : salon.call("GET", "/api/v1/discounts/rules", null).json()) {
            if (r.get("name").asText().equals(name)) {
                return r.get("id").asLong();
            }
        }
        throw new AssertionError("no rule " + name);
    }

    private static JsonNode rule(DiscountSalon salon, long id) {
        Reply r = salon.call("GET", "/api/v1/discounts/rules/" + id, null);
        assertEquals(200, r.status(), r.body());
        return r.json();
    }
}
