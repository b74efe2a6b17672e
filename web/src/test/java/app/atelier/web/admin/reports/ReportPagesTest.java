package app.atelier.web.admin.reports;

import static app.atelier.web.admin.reports.PanelSalon.english;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.core.tasks.Task;
import app.atelier.web.admin.PanelClient;
import app.atelier.web.admin.PanelClient.Page;
import app.atelier.web.testing.TestServer;
import app.atelier.web.testing.TestServer.Reply;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The owner's report pages over a small history made through the core (Moscow; today is Tuesday
 * 1 December 2026): Anna (instagram, vip) haircuts with Alina on Monday 2 and Monday 16 November,
 * Boris (friends) a manicure with Bella on Thursday 5 November, all at 12:00; Clara, Dina and Egor
 * one haircut each on 1 June, 10 June and 1 July, never back. Figures by hand, CSV against the
 * REST API's, bad filters as 422, roles, tenancy, lost clients to tasks, both languages.
 */
class ReportPagesTest {
    static final String NOVEMBER = "from=2026-11-01&to=2026-11-30";

    @TempDir
    static Path root;
    static TestServer server;
    static PanelSalon salon;
    static PanelSalon other;
    static long anna;
    static long boris;
    static long clara;
    static long dina;
    static long egor;
    static PanelClient owner;

    @BeforeAll
    static void start() {
        server = TestServer.start(root);
        salon = new PanelSalon(server, "rep-panel");
        anna = salon.clientFrom("Anna", "instagram", "vip");
        boris = salon.clientFrom("Boris", "friends");
        clara = salon.clientFrom("Clara", null);
        dina = salon.clientFrom("Dina", null);
        egor = salon.clientFrom("Egor", null);
        salon.visit(anna, salon.alina, "2026-11-02T12:00", salon.haircut);
        salon.visit(anna, salon.alina, "2026-11-16T12:00", salon.haircut);
        salon.visit(boris, salon.bella, "2026-11-05T12:00", salon.manicure);
        salon.visit(clara, salon.alina, "2026-06-01T12:00", salon.haircut);
        salon.visit(dina, salon.bella, "2026-06-10T12:00", salon.haircut);
        salon.visit(egor, salon.alina, "2026-07-01T12:00", salon.haircut);
        other = new PanelSalon(server, "rep-other");
        owner = english(salon.owner());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String byId(String body, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\">([^<]*)<").matcher(body);
        assertTrue(m.find(), () -> "no #" + id + " in " + body);
        return m.group(1).strip();
    }

    /**
     * An English page's body, checked for 200, money written "RUB5,500.00" (the JDK's en-RU format
     * puts a space after the code or not, depending on its locale data).
     */
    static String en(Page page) {
        return ok(page).body().replace('\u00a0', ' ').replace('\u202f', ' ').replace("RUB ", "RUB");
    }

    static Page ok(Page page) {
        assertEquals(200, page.status(), page::body);
        return page;
    }

    @Test
    void returnabilityShowsTheHandComputedShare() {
        // new in November: Anna (back on the 16th, within 30 days) and Boris (not back; his window runs to 5 December)
        String body = en(owner.get("/admin/reports/returnability?" + NOVEMBER + "&days=30"));
        assertEquals("2", byId(body, "ret-clients"));
        assertEquals("1", byId(body, "ret-returned"));
        assertEquals("50%", byId(body, "ret-share"));
        assertEquals("1", byId(body, "ret-open"));
        // by master: Alina's one new client came back, Bella's did not (yet)
        assertTrue(body.matches("(?s).*<td>Alina</td><td class=\"num\">1</td><td class=\"num\">1</td><td class=\"num\">0</td><td class=\"num\">100%</td>.*"),
                body);
        assertTrue(body.contains("<td>instagram</td>"), "by source");
        // within 7 days nobody came back: Anna's return was 14 days later
        assertEquals("0%", byId(en(owner.get("/admin/reports/returnability?" + NOVEMBER + "&days=7")), "ret-share"));
    }

    @Test
    void topClientsRankAnnaFirstThenBoris() {
        String body = en(owner.get("/admin/reports/top?" + NOVEMBER));
        assertEquals("RUB5,500.00", byId(body, "top-revenue"));
        List<String> names = rows(body, "top-clients");
        assertEquals(List.of("Anna", "Boris"), names);
        assertTrue(body.contains("RUB4,000.00") && body.contains("72.7%"), "Anna: 4 000 of 5 500");
        // by average bill Anna's 2 000 beats Boris's 1 500; by visits too; over the whole year Clara, Dina and Egor join
        assertEquals(List.of("Anna", "Boris"), rows(en(owner.get("/admin/reports/top?" + NOVEMBER + "&by=averageBill")), "top-clients"));
        assertEquals(List.of("Anna", "Clara", "Dina", "Egor", "Boris"),
                rows(en(owner.get("/admin/reports/top?from=2026-01-01&to=2026-11-30&by=averageBill")), "top-clients"));
        assertEquals(List.of("Anna"), rows(en(owner.get("/admin/reports/top?" + NOVEMBER + "&limit=1")), "top-clients"));
        assertEquals(List.of("Anna"), rows(en(owner.get("/admin/reports/top?" + NOVEMBER + "&source=instagram")), "top-clients"));
    }

    static List<String> rows(String body, String tableId) {
        Matcher m = Pattern.compile("class=\"client-link\">([^<]+)<").matcher(PanelSalon.table(body, tableId));
        List<String> names = new java.util.ArrayList<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void lostClientsAsOfTodayAndOtherReportsRender() {
        // as of 1 December, 90 days: Clara (183 days), Dina (174), Egor (153); Anna and Boris came in November
        String lost = en(owner.get("/admin/reports/lost"));
        assertEquals("3", byId(lost, "lost-total"));
        assertEquals(List.of("Clara", "Dina", "Egor"), rows(lost, "lost-clients").stream().sorted().toList());
        assertTrue(lost.contains("<td class=\"num\">183</td>"), "Clara's days since her visit");
        assertTrue(lost.contains("name=\"clientId\" value=\"" + clara + "\""), "a checkbox per client");
        // with a 160-day threshold only Clara and Dina
        assertEquals(List.of("Clara", "Dina"),
                rows(en(owner.get("/admin/reports/lost?thresholdDays=160")), "lost-clients").stream().sorted().toList());
        // the masters: Alina 4 000 in November, Bella 1 500
        String masters = en(owner.get("/admin/reports/masters?" + NOVEMBER));
        assertTrue(masters.indexOf("Alina") < masters.indexOf("Bella") && masters.contains("RUB4,000.00"), masters);
        String sources = en(owner.get("/admin/reports/sources?" + NOVEMBER));
        assertTrue(sources.contains("<td>instagram</td>") && sources.contains("<td>friends</td>"), sources);
        // in November Anna used hair only and Boris nails only: one non-user each
        String gaps = en(owner.get("/admin/reports/categories?" + NOVEMBER));
        assertEquals("2", byId(gaps, "gap-clients"));
        String hair = en(owner.get("/admin/reports/categories?" + NOVEMBER + "&category=hair"));
        assertEquals(List.of("Boris"), rows(hair, "category-non-users"));
        assertEquals("200", String.valueOf(owner.get("/admin/reports").status()));
    }

    @Test
    void activityIsAWeekdayByHourGridShadedByVolume() {
        // Monday 12:00 twice (Anna), Thursday 12:00 once (Boris): only the 12 o'clock column, Monday the darkest
        String body = en(owner.get("/admin/reports/activity?" + NOVEMBER));
        assertEquals("3", byId(body, "act-visits"));
        String grid = PanelSalon.table(body, "activity-grid");
        assertTrue(grid.contains("<th scope=\"col\" class=\"num\">12</th>") && !grid.contains(">11</th>") && !grid.contains(">13</th>"), grid);
        assertTrue(grid.contains("<td class=\"heat-5\" title=\"Monday 12:00: 2 · RUB4,000.00\">2</td>"), grid);
        assertTrue(grid.contains("<td class=\"heat-3\" title=\"Thursday 12:00: 1 · RUB1,500.00\">1</td>"), grid);
        assertEquals(5, grid.split("class=\"heat-0\"").length - 1, "the other five weekdays are empty");
    }

    @Test
    void csvFromThePanelIsTheRestApisCsv() {
        String token = server.login(salon.ownerEmail(), "owner-secret-1");
        Map<String, String> queries = Map.of(
                "returnability", NOVEMBER + "&days=60",
                "lost", "to=2026-12-01&thresholdDays=100&sort=lastVisit",
                "sources", NOVEMBER,
                "top", NOVEMBER + "&by=visits&limit=5",
                "masters", NOVEMBER + "&staffId=" + salon.alina,
                "categories", NOVEMBER + "&category=hair",
                "activity", NOVEMBER + "&tag=vip");
        Map<String, String> rest = Map.of("returnability", "returnability", "lost", "lost-clients", "sources", "sources",
                "top", "top-clients", "masters", "masters", "categories", "category-gaps", "activity", "activity");
        queries.forEach((page, query) -> {
            Page csv = owner.get("/admin/reports/" + page + ".csv?" + query);
            assertEquals(200, csv.status(), csv::body);
            assertTrue(csv.headers().get("content-type").get(0).startsWith("text/csv"), page);
            Reply api = server.call("GET", "/api/v1/reports/" + rest.get(page) + "?format=csv&" + query, token, null);
            assertEquals(200, api.status(), api::body);
            assertEquals(api.body(), csv.body(), page);
            assertTrue(csv.body().split("\r\n").length > 1, page + " has rows: " + csv.body());
        });
        // the page's link carries its filters
        String top = en(owner.get("/admin/reports/top?" + NOVEMBER + "&by=visits"));
        assertTrue(top.contains("href=\"/admin/reports/top.csv?from=2026-11-01&amp;to=2026-11-30&amp;by=visits&amp;limit=20\""), top);
        Page lost = owner.get("/admin/reports/lost.csv");
        assertTrue(lost.body().contains(",Clara,") && lost.body().contains(",Egor,"), lost.body());
        assertTrue(lost.headers().get("content-disposition").get(0).contains("lost-clients_"), "named like the REST export");
    }

    @Test
    void badFiltersAre422WithTheMessageNextToTheField() {
        Map<String, String> cases = Map.ofEntries(
                Map.entry("/admin/reports/activity?from=2026-12-01&to=2026-11-01", "e-from"),
                Map.entry("/admin/reports/activity?from=2026-13-01", "e-from"),
                Map.entry("/admin/reports/top?staffId=999999", "e-staffId"),
                Map.entry("/admin/reports/masters?staffId=" + other.alina, "e-staffId"),
                Map.entry("/admin/reports/returnability?days=abc", "e-days"),
                Map.entry("/admin/reports/returnability?days=0", "e-days"),
                Map.entry("/admin/reports/lost?k=0.5", "e-k"),
                Map.entry("/admin/reports/top?by=name", "e-by"),
                Map.entry("/admin/reports/top.csv?from=2026-12-01&to=2026-11-01", "e-from"),
                Map.entry("/admin/reports/masters?lostDays=99999999999", "e-lostDays"),
                Map.entry("/admin/reports/sources?tag=" + "x".repeat(201), "e-tag"));
        cases.forEach((path, errorId) -> {
            Page page = owner.get(path);
            assertEquals(422, page.status(), path);
            assertTrue(page.body().contains("id=\"" + errorId + "\""), path + ": " + page.body());
            assertFalse(page.body().contains("id=\"csv\""), "no figures, no CSV link: " + path);
        });
        assertTrue(owner.get("/admin/reports/activity?from=2026-12-01&to=2026-11-01").body()
                .contains("The start must not be after the end."));
        assertTrue(owner.get("/admin/reports/top?staffId=999999").body().contains("Choose a master of this salon."));
        // in Russian too
        PanelClient ru = salon.owner();
        ru.cookies.put("atelier_lang", "ru");
        Page bad = ru.get("/admin/reports/activity?from=2026-12-01&to=2026-11-01");
        assertEquals(422, bad.status());
        assertTrue(bad.body().contains("Начало периода не может быть позже конца."), bad.body());
    }

    @Test
    void onlyTheOwnerOpensReports() {
        for (PanelClient p : List.of(salon.admin(), salon.master())) {
            for (String path : List.of("/admin/reports", "/admin/reports/top", "/admin/reports/lost", "/admin/reports/top.csv")) {
                Page page = p.get(path);
                assertEquals(403, page.status(), path);
                assertFalse(page.body().contains("Anna"), path);
            }
            assertEquals(403, p.post("/admin/reports/lost/tasks", Map.of("_csrf", p.csrf(), "clientId", String.valueOf(anna),
                    "title", "Call")).status());
        }
        assertEquals(303, new PanelClient(server).get("/admin/reports/top").status(), "no session: to the sign-in form");
        assertEquals(0, server.core().staffTasks().list(salon.ownerPrincipal, null, anna, null, null, null, 10, 0).total());
    }

    @Test
    void lostClientsBecomeOneCallTaskEach() {
        String csrf = owner.csrf();
        // nothing ticked: refused next to the list, nothing made
        Page none = owner.post("/admin/reports/lost/tasks", Map.of("_csrf", csrf, "title", "Call {name}", "assigneeId",
                String.valueOf(salon.adminId), "due", "2026-12-01", "to", "2026-12-01"));
        assertEquals(422, none.status(), none.body());
        assertTrue(none.body().contains("id=\"e-clientIds\""), none.body());
        assertTrue(none.body().contains("value=\"2026-12-01\""), "the filters come back");
        // Clara and Egor ticked (Egor twice: a repeat is one task), Dina not
        String form = "_csrf=" + csrf + "&clientId=" + clara + "&clientId=" + egor + "&clientId=" + egor
                + "&title=Call+%7Bname%7D+(%7BdaysSinceLastVisit%7D+days)&assigneeId=" + salon.adminId + "&due=2026-12-01&to=&thresholdDays=90";
        Page made = postRaw(owner, "/admin/reports/lost/tasks", form);
        assertEquals(303, made.status(), made.body());
        assertEquals("/admin/tasks?created=2", made.location());
        List<Task> tasks = server.core().staffTasks().list(salon.ownerPrincipal, salon.adminId, null, null, null, null, 50, 0).tasks();
        assertEquals(List.of("Call Clara (183 days)", "Call Egor (153 days)"), tasks.stream().map(Task::title).sorted().toList());
        assertTrue(tasks.stream().allMatch(t -> "report".equals(t.origin())));
        // in the administrator's "my tasks for today", and on Clara's card; Dina's card has none
        PanelClient admin = english(salon.admin());
        String mine = ok(admin.get("/admin/tasks")).body();
        String myTable = PanelSalon.table(mine, "my-tasks");
        assertTrue(myTable.contains("Call Clara (183 days)") && myTable.contains("Call Egor (153 days)"), myTable);
        assertFalse(myTable.contains("Dina"));
        Map<String, String> htmx = Map.of("HX-Request", "true");
        assertTrue(ok(admin.get("/admin/tasks/client/" + clara, htmx)).body().contains("Call Clara (183 days)"));
        assertFalse(ok(admin.get("/admin/tasks/client/" + dina, htmx)).body().contains("Call "));
        // the owner is told how many were made
        assertTrue(en(owner.get("/admin/tasks?created=2")).contains("id=\"created\""));
        // the second salon's owner sees none of it
        PanelClient beta = english(other.owner());
        assertFalse(ok(beta.get("/admin/tasks?done=all")).body().contains("Clara"));
        assertEquals(404, beta.get("/admin/tasks/client/" + clara, htmx).status());
        assertEquals(404, beta.post("/admin/tasks/" + tasks.get(0).id() + "/done", Map.of("_csrf", beta.csrf(), "done", "true")).status());
        assertFalse(ok(beta.get("/admin/reports/lost")).body().contains("Clara"));
        assertFalse(ok(beta.get("/admin/reports/top?" + NOVEMBER)).body().contains("Anna"));
        // and may not make tasks for the first salon's clients
        Page foreign = beta.post("/admin/reports/lost/tasks", Map.of("_csrf", beta.csrf(), "clientId", String.valueOf(dina), "title", "x"));
        assertEquals(422, foreign.status());
        assertEquals(0, server.core().staffTasks().list(salon.ownerPrincipal, null, dina, null, null, null, 10, 0).total());
    }

    /** A form with a repeated field, which a map cannot hold. */
    static Page postRaw(PanelClient p, String path, String body) {
        try {
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url(path)))
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", p.cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                            .collect(java.util.stream.Collectors.joining("; ")))
                    .build();
            var r = java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
            return new Page(r.statusCode(), r.body(), r.headers().map());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void russianTextsWithTheLanguageCookie() {
        PanelClient ru = salon.owner();
        ru.cookies.put("atelier_lang", "ru");
        String index = ok(ru.get("/admin/reports")).body();
        assertTrue(index.contains("Возвращаемость") && index.contains("Потерянные и уснувшие клиенты"), index);
        String ret = ok(ru.get("/admin/reports/returnability?" + NOVEMBER)).body();
        assertTrue(ret.contains("Скачать CSV") && ret.contains("Доля вернувшихся"), ret);
        assertEquals("50\u00a0%", byId(ret, "ret-share"));
        String top = ok(ru.get("/admin/reports/top?" + NOVEMBER)).body();
        assertEquals("5\u00a0500,00\u00a0₽", byId(top, "top-revenue"));
        String tasks = ok(ru.get("/admin/tasks")).body();
        assertTrue(tasks.contains("Мои задачи на сегодня"), tasks);
        String en = en(owner.get("/admin/reports"));
        assertTrue(en.contains("Returnability") && !en.contains("Возвращаемость"));
    }
}
