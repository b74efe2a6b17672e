package app.atelier.web.reports;

import static app.atelier.web.reports.ReportSalon.problemFields;
import static app.atelier.web.testing.SalonFixture.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.web.testing.TestServer;
import app.atelier.web.testing.TestServer.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reports over HTTP, on a history made through the API (booking, checkout, no-show, refund):
 * who may read them, the JSON and CSV shapes, and bad input answered 400 problem+json. The figures
 * themselves are proven against a hand-computed history in the core's ReportFigures tests; here a
 * few are checked end to end.
 *
 * <p>History (Moscow): Anna (instagram, vip) haircuts with Alina on 2 and 16 November; Boris
 * (friends) a manicure with Bella on 5 November and a no-show on 20 November; Clara a haircut on
 * 1 June, never back; "=SUM(A1), Eve" a manicure on 10 November, refunded.
 */
class ReportsApiTest {
    static final String NOVEMBER = "from=2026-11-01&to=2026-11-30";

    @TempDir
    static Path root;
    static TestServer server;
    static ReportSalon salon;
    static ReportSalon other;
    static long anna;
    static long boris;
    static long clara;
    static long eve;

    @BeforeAll
    static void start() {
        server = TestServer.start(root);
        salon = new ReportSalon(server, "reps");
        anna = salon.clientFrom("Anna", "instagram", "vip");
        boris = salon.clientFrom("Boris", "friends");
        clara = salon.clientFrom("Clara", null);
        eve = salon.clientFrom("=SUM(A1), Eve", "friends");
        salon.visit(anna, salon.alina, "2026-11-02T12:00", salon.haircut, false);
        salon.visit(anna, salon.alina, "2026-11-16T12:00", salon.haircut, false);
        salon.visit(boris, salon.bella, "2026-11-05T12:00", salon.manicure, false);
        salon.visit(boris, salon.bella, "2026-11-20T12:00", salon.manicure, true);
        salon.visit(clara, salon.alina, "2026-06-01T12:00", salon.haircut, false);
        long refunded = salon.visit(eve, salon.bella, "2026-11-10T12:00", salon.manicure, false);
        ok(server.call("POST", "/api/v1/visits/" + refunded + "/refund", salon.owner, Map.of("reason", "test")), 201);
        other = new ReportSalon(server, "other-reps");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Reply get(String path, String token) {
        return server.call("GET", path, token, null);
    }

    @Test
    void everyReportAnswersOwnersAndAdminsAndNobodyElse() {
        for (String report : List.of("returnability", "lost-clients", "sources", "top-clients", "masters", "category-gaps", "activity",
                "category-gaps/clients/" + anna)) {
            String path = "/api/v1/reports/" + report + "?" + NOVEMBER;
            ok(get(path, salon.owner), 200);
            ok(get(path, salon.admin), 200);
            problemFields(get(path, salon.master), 403);
            assertEquals(401, get(path, null).status());
        }
        JsonNode catalogue = ok(get("/api/v1/reports", salon.admin), 200);
        assertTrue(catalogue.path("reports").has("lost-clients"));
        // another salon's client is not found, as a missing one
        problemFields(get("/api/v1/reports/category-gaps/clients/" + anna, other.owner), 404);
    }

    @Test
    void figuresEndToEnd() {
        // November: Anna 2 × 2000, Boris 1500; Eve's refunded visit and Boris's no-show do not count
        JsonNode top = ok(get("/api/v1/reports/top-clients?" + NOVEMBER, salon.owner), 200);
        assertEquals(5500, top.path("totalRevenue").asLong());
        assertTrue(top.path("table").isMissingNode(), "the CSV table is not part of the JSON");
        assertEquals(3, top.path("totalVisits").asLong());
        assertEquals("Anna", top.path("clients").get(0).path("name").asText());
        assertEquals(7273, top.path("clients").get(0).path("revenueShareBp").asInt());
        // new in November: Anna (back on the 16th), Boris (not back; his window runs to 5 December: open), Eve
        // (her only visit was refunded: not a client of the period)
        JsonNode ret = ok(get("/api/v1/reports/returnability?days=30&" + NOVEMBER, salon.owner), 200);
        assertEquals(List.of(2, 1, 1, 5000), List.of(ret.path("total").path("clients").asInt(), ret.path("total").path("returned").asInt(),
                ret.path("total").path("windowOpen").asInt(), ret.path("total").path("returnRateBp").asInt()));
        // lost as of today (1 December): Clara, 183 days after 1 June
        JsonNode lost = ok(get("/api/v1/reports/lost-clients", salon.owner), 200);
        assertEquals(1, lost.path("total").asInt());
        assertEquals(clara, lost.path("clients").get(0).path("clientId").asLong());
        assertEquals(183, lost.path("clients").get(0).path("daysSinceLastVisit").asInt());
        assertEquals("Alina", lost.path("clients").get(0).path("favouriteMasterName").asText());
        // Bella in November: Boris's manicure, Eve's (refunded, but she came) and Boris's no-show → 1 of 3 due;
        // revenue only Boris's 1500
        JsonNode masters = ok(get("/api/v1/reports/masters?" + NOVEMBER + "&staffId=" + salon.bella, salon.owner), 200);
        assertEquals(1, masters.path("masters").size());
        assertEquals(3333, masters.path("masters").get(0).path("noShowRateBp").asInt());
        assertEquals(1500, masters.path("masters").get(0).path("revenue").asLong());
        // the other salon sees none of it
        assertEquals(0, ok(get("/api/v1/reports/top-clients?" + NOVEMBER, other.owner), 200).path("totalVisits").asInt());
    }

    @Test
    void csvByAcceptHeaderOrFormatParameter() {
        Reply byHeader = server.call("GET", "/api/v1/reports/top-clients?" + NOVEMBER, salon.owner, null, Map.of("Accept", "text/csv"));
        Reply byParam = get("/api/v1/reports/top-clients?format=csv&" + NOVEMBER, salon.owner);
        for (Reply r : List.of(byHeader, byParam)) {
            assertEquals(200, r.status(), r.body());
            assertTrue(r.contentType().startsWith("text/csv"), r.contentType());
            List<String> lines = Arrays.asList(r.body().split("\r\n"));
            assertEquals("rank,clientId,name,phone,source,revenue (RUB),visits,averageBill (RUB),revenueShare (%),visitsShare (%)",
                    lines.get(0));
            // money in roubles, shares in percent: 4000 of 5500 = 72.73 %, 2 of 3 visits = 66.67 %
            assertEquals("1," + anna + ",Anna,,instagram,40.00,2,20.00,72.73,66.67", lines.get(1));
            assertEquals(3, lines.size(), r.body());
        }
        // every report exports, each with a header row
        for (String report : List.of("returnability", "lost-clients", "sources", "masters", "category-gaps", "activity",
                "category-gaps/clients/" + anna)) {
            Reply r = get("/api/v1/reports/" + report + "?format=csv&" + NOVEMBER, salon.admin);
            assertEquals(200, r.status(), report + ": " + r.body());
            assertTrue(r.contentType().startsWith("text/csv"), report);
            String header = r.body().split("\r\n")[0];
            assertTrue(header.matches("[A-Za-z]+(,[A-Za-z]+( \\((RUB|%)\\))?)+"), report + ": " + header);
        }
        Reply activity = get("/api/v1/reports/activity?format=csv&" + NOVEMBER, salon.owner);
        assertEquals(1 + 7 * 24, activity.body().split("\r\n").length);
        // a name that is CSV and a spreadsheet formula: quoted, and kept from running
        Reply gaps = get("/api/v1/reports/category-gaps?format=csv&category=hair&from=2026-11-01&to=2026-11-30", salon.owner);
        assertEquals(200, gaps.status(), gaps.body());
        assertTrue(gaps.body().contains(boris + ",Boris,"), gaps.body());
        assertTrue(!gaps.body().contains("SUM"), "Eve's only visit was refunded: " + gaps.body());
        Reply json = server.call("GET", "/api/v1/reports/top-clients?format=json&" + NOVEMBER, salon.owner, null, Map.of("Accept", "text/csv"));
        assertTrue(json.contentType().startsWith("application/json"), "format wins over Accept");
    }

    @Test
    void formulaLikeTextIsDefusedInCsv() {
        long client = salon.clientFrom("=HYPERLINK(\"http://x\"), Eve", null);
        salon.visit(client, salon.alina, "2026-10-24T12:00", salon.haircut, false);
        Reply r = get("/api/v1/reports/top-clients?format=csv&from=2026-10-01&to=2026-10-31", salon.owner);
        assertTrue(r.body().contains(",\"'=HYPERLINK(\"\"http://x\"\"), Eve\","), r.body());
    }

    @Test
    void badInputIsA400ProblemNamingTheField() {
        Map<String, String> cases = Map.ofEntries(
                Map.entry("/api/v1/reports/activity?from=2026-13-01", "from"),
                Map.entry("/api/v1/reports/activity?to=yesterday", "to"),
                Map.entry("/api/v1/reports/activity?from=2026-12-01&to=2026-11-01", "from"),
                Map.entry("/api/v1/reports/activity?from=1990-01-01", "from"),
                Map.entry("/api/v1/reports/activity?staffId=abc", "staffId"),
                Map.entry("/api/v1/reports/activity?staffId=" + 999_999, "staffId"),
                Map.entry("/api/v1/reports/activity?format=xml", "format"),
                Map.entry("/api/v1/reports/activity?category=" + "x".repeat(201), "category"),
                Map.entry("/api/v1/reports/returnability?days=0", "days"),
                Map.entry("/api/v1/reports/returnability?days=99999999999", "days"),
                Map.entry("/api/v1/reports/lost-clients?k=zero", "k"),
                Map.entry("/api/v1/reports/lost-clients?k=0.5", "k"),
                Map.entry("/api/v1/reports/lost-clients?thresholdDays=0", "thresholdDays"),
                Map.entry("/api/v1/reports/lost-clients?sort=name", "sort"),
                Map.entry("/api/v1/reports/lost-clients?limit=0", "limit"),
                Map.entry("/api/v1/reports/lost-clients?offset=-1", "offset"),
                Map.entry("/api/v1/reports/top-clients?by=name", "by"),
                Map.entry("/api/v1/reports/masters?lostDays=0", "lostDays"),
                Map.entry("/api/v1/reports/category-gaps?limit=100001", "limit"));
        cases.forEach((path, field) -> assertTrue(problemFields(get(path, salon.owner), 400).contains(field), path));
        // a master of another salon is no master here
        assertEquals(List.of("staffId"), problemFields(get("/api/v1/reports/masters?staffId=" + other.alina, salon.owner), 400));
        problemFields(get("/api/v1/reports/category-gaps/clients/abc", salon.owner), 404);
        problemFields(get("/api/v1/reports/no-such-report", salon.owner), 404);
    }
}
