package app.atelier.web.reminders;

import static app.atelier.web.reminders.ReminderSalon.local;
import static app.atelier.web.testing.SalonFixture.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.web.admin.PanelClient;
import app.atelier.web.testing.MutableClock;
import app.atelier.web.testing.PluginJars;
import app.atelier.web.testing.SalonFixture;
import app.atelier.web.testing.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reminders plugin's pages inside the panel (/admin/reminders/…), with the real plugin jar: the
 * navigation follows the switch, a template edited through the form is what the next booking's
 * message says, refused text stays in the form with the reason beside the field, the log shows why
 * a message was skipped, and only the salon's owner and admins see any of it.
 */
class RemindersAdminPagesTest {
    static final String TEMPLATE = "/admin/reminders/templates/booking_confirmation/en";
    /** Page times measured by {@link #timed}, printed once for the report. */
    static final Map<String, Long> TIMES = new LinkedHashMap<>();

    @TempDir
    Path root;
    TestServer server;
    ReminderSalon salon;
    PanelClient panel;

    @BeforeEach
    void start() {
        PluginJars.install(root.resolve("plugins"), "reminders");
        server = TestServer.start(root, new MutableClock(local("2026-03-25T12:00")));
        salon = ReminderSalon.create(server, "panelrem", "en", List.of("reminders"));
        panel = PanelClient.session(server, "owner@panelrem.test", ReminderSalon.OWNER_PASSWORD);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @AfterAll
    static void report() {
        System.out.println("reminders admin page times (ms, after one warm-up request): " + TIMES);
    }

    @Test
    void theMenuEntriesFollowTheSwitchAndThePagesAnswer404WhileOff() {
        String nav = panel.get("/admin").body();
        assertTrue(nav.contains("href=\"/admin/reminders/today\" class=\"plugin-link\""), nav);
        assertTrue(nav.contains(">Message templates</a>"), nav);

        ok(server.call("PUT", "/api/v1/plugins/reminders", salon.token(), Map.of("enabled", false)), 200);
        String off = panel.get("/admin").body();
        assertFalse(off.contains("/admin/reminders/"), "no entry while the plugin is off: " + off);
        assertEquals(404, panel.get("/admin/reminders/today").status());
        assertEquals(404, panel.get("/admin/reminders/templates").status());
        assertEquals(404, panel.get("/admin/reminders/log").status());

        ok(server.call("PUT", "/api/v1/plugins/reminders", salon.token(), Map.of("enabled", true)), 200);
        assertTrue(panel.get("/admin").body().contains("href=\"/admin/reminders/templates\" class=\"plugin-link\""));
        assertEquals(200, panel.get("/admin/reminders/templates").status());
    }

    @Test
    void aTemplateEditedThroughTheFormIsWhatTheNextBookingsMessageSays() {
        PanelClient.Page list = timed("templates", "/admin/reminders/templates");
        assertEquals(200, list.status(), list.body());
        assertEquals(10, count(list.body(), "class=\"card template-kind\""), "every kind: " + list.body());
        assertTrue(list.body().contains("{confirmLink}"), "the placeholders are listed");
        assertEquals(20, count(list.body(), "class=\"template-lang\""), "English and Russian of each kind");

        PanelClient.Page form = timed("template form", TEMPLATE);
        assertEquals(200, form.status(), form.body());
        assertTrue(form.body().contains("<label for=\"body\">"), "labelled fields");
        PanelClient.Page saved = panel.post(TEMPLATE, Map.of("_csrf", form.csrf(), "subject", "Booked at {salonName}",
                "body", "Dear {clientName}, written in the panel: {date} at {time}."));
        assertEquals(303, saved.status(), saved.body());
        assertEquals(TEMPLATE + "?saved=1", saved.location());
        assertTrue(panel.get(saved.location()).body().contains("Saved."));

        long anna = salon.client("Anna Weber", "+4915112345678", "anna@example.com", true, null);
        long visit = salon.book(anna, "2026-03-27T15:30");
        salon.drive();
        String text = salon.bodyOf(salon.row(visit, "booking_confirmation", "-"));
        assertTrue(text.startsWith("Dear Anna Weber, written in the panel: 27 March at 15:30."), text);

        PanelClient.Page reset = panel.post(TEMPLATE + "/reset", Map.of("_csrf", form.csrf()));
        assertEquals(303, reset.status(), reset.body());
        JsonNode shipped = ok(salon.get("/api/v1/reminders/templates/booking_confirmation/en"), 200);
        assertFalse(shipped.get("custom").asBoolean(), "back to the shipped text: " + shipped);
    }

    @Test
    void anUnknownPlaceholderIsRefusedBesideTheBodyAndNothingIsSaved() {
        String csrf = panel.get(TEMPLATE).csrf();
        String typed = "Hello {clientNmae}, see you on {date}";
        PanelClient.Page refused = panel.post(TEMPLATE, Map.of("_csrf", csrf, "subject", "Booked", "body", typed));
        assertEquals(422, refused.status(), refused.body());
        assertTrue(refused.body().contains("<span class=\"error\" id=\"body-error\">Unknown placeholder {clientNmae}."),
                refused.body());
        assertTrue(refused.body().contains("aria-describedby=\"placeholders body-error\""), "the field points at its error");
        assertTrue(refused.body().contains(">" + typed + "</textarea>"), "the typed text is kept: " + refused.body());
        assertFalse(refused.body().contains("id=\"subject-error\""), "the subject was fine");
        assertEquals(0, salon.count("SELECT count(*) FROM reminders_template WHERE salon_id = ?", salon.id));

        panel.cookies.put("atelier_lang", "ru");
        PanelClient.Page russian = panel.post(TEMPLATE, Map.of("_csrf", csrf, "subject", "", "body", typed));
        assertEquals(422, russian.status());
        assertTrue(russian.body().contains("id=\"body-error\">Неизвестная подстановка {clientNmae}."), russian.body());
        assertTrue(russian.body().contains("id=\"subject-error\">Обязательное поле."), russian.body());
        assertEquals(0, salon.count("SELECT count(*) FROM reminders_template WHERE salon_id = ?", salon.id));
    }

    @Test
    void thePreviewRendersTypedTextWithASampleClientAsAnHtmxPartial() {
        String csrf = panel.get(TEMPLATE).csrf();
        Map<String, String> htmx = Map.of("HX-Request", "true");
        PanelClient.Page preview = panel.post(TEMPLATE + "/preview", Map.of("_csrf", csrf, "subject", "Hi {clientName}",
                "body", "{clientName}, your {weekday} visit at {salonName}"), htmx);
        assertEquals(200, preview.status(), preview.body());
        assertFalse(preview.body().contains("<html"), "a partial, not framed: " + preview.body());
        assertTrue(preview.body().contains("<strong>Hi Anna Smith</strong>"), preview.body());
        assertTrue(preview.body().contains("Anna Smith, your Thursday visit at Salon panelrem"), "tomorrow 15:00 as sample: "
                + preview.body());

        PanelClient.Page wrong = panel.post(TEMPLATE + "/preview", Map.of("_csrf", csrf, "subject", "Hi", "body", "{nope}"), htmx);
        assertEquals(200, wrong.status(), "htmx swaps the problem into the preview");
        assertTrue(wrong.body().contains("Unknown placeholder {nope}."), wrong.body());
        assertEquals(403, panel.post(TEMPLATE + "/preview", Map.of("subject", "Hi", "body", "x")).status(),
                "no CSRF token, no preview");
    }

    @Test
    void theLogShowsASkippedMessageWithItsReasonByDayAndByClient() {
        long silent = salon.client("Silent Sam", "+4915112345678", null, false, null);
        long visit = salon.book(silent, "2026-03-28T15:00");
        salon.drive();

        PanelClient.Page byClient = timed("log (client)", "/admin/reminders/log?client=" + silent);
        assertEquals(200, byClient.status(), byClient.body());
        assertTrue(byClient.body().contains("Messages of Silent Sam"), byClient.body());
        assertTrue(byClient.body().contains("<span class=\"badge off\">Skipped</span>"), byClient.body());
        assertTrue(byClient.body().contains("<td class=\"reason\">no consent to messages</td>"), "the stored reason in words: " + byClient.body());
        assertTrue(byClient.body().contains("href=\"/admin/visits/" + visit + "\""), byClient.body());

        PanelClient.Page byDay = timed("log (day)", "/admin/reminders/log?date=2026-03-25");
        assertTrue(byDay.body().contains("Booking confirmation"), byDay.body());
        assertTrue(byDay.body().contains("<a href=\"/admin/clients/" + silent + "\">Silent Sam</a>"), byDay.body());
        assertTrue(byDay.body().contains("no consent"));
        panel.cookies.put("atelier_lang", "ru");
        assertTrue(panel.get("/admin/reminders/log?client=" + silent).body().contains("<td class=\"reason\">нет согласия на сообщения</td>"),
                "and in Russian");
        panel.cookies.remove("atelier_lang");
        PanelClient.Page otherDay = panel.get("/admin/reminders/log?date=2026-03-24");
        assertFalse(otherDay.body().contains("Silent Sam"), "a day without messages lists none");
        PanelClient.Page badDay = panel.get("/admin/reminders/log?date=25.03.2026");
        assertEquals(400, badDay.status());
        assertTrue(badDay.body().contains("id=\"log-date-error\">Enter a date like 2026-12-01."), badDay.body());

        PanelClient.Page today = timed("today", "/admin/reminders/today");
        assertTrue(today.body().contains("Silent Sam"), "today's skipped confirmation: " + today.body());
    }

    @Test
    void aBusyDayIsCountedWholeAndListedAPageAtATime() {
        long anna = salon.client("Anna Weber", "+4915112345678", null, true, null);
        long today = local("2026-03-25T14:00").toEpochMilli();
        long evening = local("2026-03-25T20:00").toEpochMilli();
        server.core().db().write(h -> {
            var batch = h.prepareBatch("""
                    INSERT INTO reminders_plan (salon_id, client_id, kind, slot, due_at, status, reason, dedup_key, created_at, updated_at)
                    VALUES (?, ?, 'birthday', ?, ?, ?, ?, ?, ?, ?)""");
            for (int i = 0; i < 630; i++) {
                boolean skipped = i >= 600;  // the skipped ones come last in the day: a cut list would miss them
                batch.add(salon.id, anna, "y" + i, skipped ? evening + i : today + i, skipped ? "skipped" : "planned",
                        skipped ? "no consent" : null, "test:" + i, today, today);
            }
            batch.execute();
            return null;
        });

        PanelClient.Page page = timed("today (630 rows)", "/admin/reminders/today");
        assertTrue(page.body().contains("Due today (630)"), page.body());
        assertTrue(page.body().contains(">Planned: 600</a>") && page.body().contains(">Skipped: 30</a>"), page.body());
        assertEquals(100, count(page.body(), "class=\"due-row"), "the page stays small");
        assertTrue(page.body().contains("Showing 1–100 of 630"), page.body());
        assertTrue(page.body().contains("href=\"/admin/reminders/log?date=2026-03-25&amp;status=skipped\""), page.body());

        PanelClient.Page log = timed("log (630 rows)", "/admin/reminders/log?date=2026-03-25");
        assertTrue(log.body().contains(">Planned: 600</a>") && log.body().contains(">Skipped: 30</a>"), log.body());
        assertEquals(100, count(log.body(), "class=\"due-row"));
        assertTrue(log.body().contains("Showing 1–100 of 630"), log.body());
        assertTrue(log.body().contains("href=\"/admin/reminders/log?date=2026-03-25&amp;page=2\" rel=\"next\""), log.body());
        PanelClient.Page last = panel.get("/admin/reminders/log?date=2026-03-25&page=7");
        assertEquals(30, count(last.body(), "class=\"due-row status-skipped"), "the day's end is reachable");
        assertTrue(last.body().contains("Showing 601–630 of 630") && !last.body().contains("rel=\"next\""), last.body());
        PanelClient.Page skipped = panel.get("/admin/reminders/log?date=2026-03-25&status=skipped");
        assertEquals(30, count(skipped.body(), "class=\"due-row status-skipped"));
        assertFalse(skipped.body().contains("id=\"log-showing\""), "all 30 on one page: " + skipped.body());
        assertTrue(skipped.body().contains("<option value=\"skipped\" selected>"), skipped.body());
        panel.cookies.put("atelier_lang", "ru");
        String russian = panel.get("/admin/reminders/log?date=2026-03-25").body();
        assertTrue(russian.contains(">Запланировано: 600</a>") && russian.contains("Показаны 1–100 из 630"), russian);

        JsonNode day = ok(salon.get("/api/v1/reminders/due?date=2026-03-25&limit=100&offset=600"), 200);
        assertEquals(630, day.get("total").asInt());
        assertEquals(600, day.get("counts").get("planned").asInt());
        assertEquals(30, day.get("rows").size());
        assertFalse(day.get("more").asBoolean());
        assertEquals(500, ok(salon.get("/api/v1/reminders/due?date=2026-03-25"), 200).get("rows").size(), "500 at most a page");
        assertTrue(ok(salon.get("/api/v1/reminders/due?date=2026-03-25"), 200).get("more").asBoolean());
        assertEquals(400, salon.get("/api/v1/reminders/due?status=sent").status());
        assertEquals(400, salon.get("/api/v1/reminders/due?limit=501").status());
        assertEquals(30, ok(salon.get("/api/v1/reminders/clients/" + anna + "?status=skipped"), 200).get("rows").size());
    }

    @Test
    void offsetsThePluginCannotReadAreRefusedWhenSavedBesideTheFieldInThePanelAndTheApi() {
        // the whole settings form as the browser sends it, the salon's current values filled in
        JsonNode current = ok(salon.get("/api/v1/plugins/reminders/settings"), 200);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", panel.get("/admin/plugins").csrf());
        for (JsonNode f : current.get("schema")) {
            String key = f.get("key").asText();
            String value = current.get("values").get(key).asText();
            if (!f.get("type").asText().equals("BOOLEAN")) {
                form.put("s_" + key, value);
            } else if (value.equals("true")) {
                form.put("s_" + key, "true");
            }
        }
        form.put("s_reminderOffsets", "5m, 100h");
        PanelClient.Page refused = panel.post("/admin/plugins/reminders/settings", form);
        assertEquals(422, refused.status(), refused.body());
        assertTrue(refused.body().contains("<p class=\"error\" id=\"e-f-reminders-reminderOffsets\">must list up to 10 offsets"),
                refused.body());
        assertTrue(refused.body().matches("(?s).*value=\"5m, 100h\"\\s+aria-invalid=\"true\" aria-describedby=\"e-f-reminders-reminderOffsets\".*"),
                "the typed text stays, pointing at its error: " + refused.body());
        assertFalse(refused.body().contains("Saved."), refused.body());
        assertEquals("2h", ok(salon.get("/api/v1/plugins/reminders/settings"), 200).get("values").get("reminderOffsets").asText());

        String detail = SalonFixture.problem(salon.put("/api/v1/plugins/reminders/settings", Map.of("reminderOffsets", "banana")), 400);
        JsonNode problem = salon.put("/api/v1/plugins/reminders/settings", Map.of("reminderOffsets", "banana",
                "publicUrl", "salon.example")).json();
        assertEquals(java.util.Set.of("reminderOffsets", "publicUrl"), ReminderSalon.list(problem.get("errors")).stream()
                .map(e -> e.get("field").asText()).collect(java.util.stream.Collectors.toSet()), problem + " / " + detail);
        assertEquals(List.of(), ReminderSalon.list(ok(salon.get("/api/v1/reminders/config"), 200).path("warnings")),
                "nothing unreadable was stored");

        form.put("s_reminderOffsets", "24h, 2h");
        PanelClient.Page saved = panel.post("/admin/plugins/reminders/settings", form);
        assertEquals(200, saved.status(), saved.body());
        assertTrue(saved.body().contains("Saved."));
    }

    @Test
    void todayAndTheTemplatesWarnWhileLinksStillPointToTheDefaultAddress() {
        String today = panel.get("/admin/reminders/today").body();
        assertTrue(today.contains("id=\"public-url-notice\"") && today.contains("Links in messages point to http://localhost:7070"),
                today);
        assertTrue(today.contains("<a href=\"/admin/plugins#plugin-reminders\">"), today);
        assertTrue(today.contains("This page is open at " + server.url("").replaceAll("/+$", "")), today);
        assertTrue(panel.get("/admin/reminders/templates").body().contains("id=\"public-url-notice\""));
        panel.cookies.put("atelier_lang", "ru");
        assertTrue(panel.get("/admin/reminders/today").body().contains("это адрес по умолчанию"));

        salon.settings("reminders", Map.of("publicUrl", "https://crm.example.com/"));
        assertFalse(panel.get("/admin/reminders/today").body().contains("public-url-notice"));
        assertFalse(panel.get("/admin/reminders/templates").body().contains("public-url-notice"));
    }

    @Test
    void theRepeatIntervalIsSetThroughItsFormAndRefusedOutOfRange() {
        PanelClient.Page page = timed("repeat", "/admin/reminders/repeat");
        assertTrue(page.body().contains("<label for=\"days-" + salon.serviceId + "\">"), page.body());
        PanelClient.Page saved = panel.post("/admin/reminders/repeat/" + salon.serviceId, Map.of("_csrf", page.csrf(), "days", "45"));
        assertEquals(303, saved.status(), saved.body());
        JsonNode services = ok(salon.get("/api/v1/reminders/services"), 200).get("services");
        assertEquals(45, services.get(0).get("inviteAfterDays").asInt(), services.toString());

        PanelClient.Page refused = panel.post("/admin/reminders/repeat/" + salon.serviceId, Map.of("_csrf", page.csrf(), "days", "0"));
        assertEquals(422, refused.status());
        assertTrue(refused.body().contains("id=\"days-" + salon.serviceId + "-error\">Enter a whole number of days from 1 to 730"),
                refused.body());
        assertEquals(45, ok(salon.get("/api/v1/reminders/services"), 200).get("services").get(0).get("inviteAfterDays").asInt());
    }

    @Test
    void aMasterMayNotAndAnotherSalonSeesNothingOfThisOne() {
        long anna = salon.client("Anna Weber", "+4915112345678", null, true, null);
        salon.book(anna, "2026-03-25T18:00");
        salon.drive();
        ok(server.call("POST", "/api/v1/users", salon.token(), Map.of("email", "vera@panelrem.test", "password", "master-secret-1",
                "role", "master", "staffId", salon.staffId)), 201);
        PanelClient master = PanelClient.session(server, "vera@panelrem.test", "master-secret-1");
        assertFalse(master.get("/admin").body().contains("/admin/reminders/"), "no entries for a master");
        assertEquals(403, master.get("/admin/reminders/today").status());
        assertTrue(master.get("/admin/reminders/today").body().contains("<header class=\"top\">"),
                "a plugin's refusal is the panel's own error page, not JSON");
        assertEquals(403, master.get("/admin/reminders/templates").status());
        String csrf = master.csrf();
        assertEquals(403, master.post(TEMPLATE, Map.of("_csrf", csrf, "subject", "a", "body", "b")).status());
        assertEquals(0, salon.count("SELECT count(*) FROM reminders_template"));

        ReminderSalon other = ReminderSalon.create(server, "otherrem", "en", List.of("reminders"));
        PanelClient stranger = PanelClient.session(server, "owner@otherrem.test", ReminderSalon.OWNER_PASSWORD);
        assertEquals(404, stranger.get("/admin/reminders/log?client=" + anna).status());
        PanelClient.Page theirs = stranger.get("/admin/reminders/today");
        assertEquals(200, theirs.status());
        assertFalse(theirs.body().contains("Anna Weber"), theirs.body());
        assertTrue(panel.get("/admin/reminders/today").body().contains("Anna Weber"), "the owner's own page does list her");
        assertFalse(stranger.get("/admin/reminders/log?date=2026-03-25").body().contains("Anna Weber"));
        assertEquals(404, stranger.post("/admin/reminders/repeat/" + salon.serviceId, Map.of("_csrf", stranger.csrf(), "days", "9"))
                .status());
        assertTrue(other.id != salon.id);
    }

    @Test
    void thePagesSpeakRussianWithThePanelLanguageCookie() {
        panel.cookies.put("atelier_lang", "ru");
        String nav = panel.get("/admin").body();
        assertTrue(nav.contains(">Напоминания</a>") && nav.contains(">Шаблоны сообщений</a>"), nav);
        String list = panel.get("/admin/reminders/templates").body();
        assertTrue(list.contains("<h1>Шаблоны сообщений</h1>"), list);
        assertTrue(list.contains("Подтверждение записи"), list);
        assertTrue(panel.get("/admin/reminders/today").body().contains("Напоминания на сегодня"));
        String log = panel.get("/admin/reminders/log?date=2026-03-25").body();
        assertTrue(log.contains("Сообщения за среда, 25 марта 2026"), log);
    }

    /** A GET after one warm-up (Pebble compiles a template on first use), its time kept for the report. */
    private PanelClient.Page timed(String name, String path) {
        panel.get(path);
        long start = System.nanoTime();
        PanelClient.Page page = panel.get(path);
        long millis = (System.nanoTime() - start) / 1_000_000;
        TIMES.merge(name, millis, Math::max);
        assertTrue(millis < 1_000, name + " took " + millis + " ms");
        return page;
    }

    private static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
