package app.atelier.web.loyalty.discounts;

import static app.atelier.web.loyalty.discounts.DiscountSalon.discounts;
import static app.atelier.web.loyalty.discounts.DiscountSalon.notes;
import static app.atelier.web.loyalty.discounts.DiscountSalon.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.web.testing.MutableClock;
import app.atelier.web.testing.PluginJars;
import app.atelier.web.testing.TestServer;
import app.atelier.web.testing.TestServer.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Personal and manual discounts, the rules API's tenancy, roles and validation, over HTTP with the
 * real discounts jar as the only plugin.
 */
class DiscountAdminHttpTest {
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
    void aPersonalDiscountOnTheCardCompetesOrCombinesAsTheSalonSays() {
        DiscountSalon salon = DiscountSalon.create(server, "personal");
        long client = salon.client("Paula", null);
        long visit = salon.bookHaircut(client, "2026-11-03T10:00");
        Reply put = salon.call("PUT", "/api/v1/discounts/clients/" + client + "/personal", Map.of("percent", 700, "reason", "family"));
        assertEquals(200, put.status(), put.body());
        assertEquals("Personal discount −7%", put.json().get("label").asText());
        assertEquals("owner", salon.call("GET", "/api/v1/discounts/clients/" + client + "/personal", null).json().get("setByRole").asText());
        assertEquals(List.of("Personal discount −7% -4200"), discounts(salon.quote(visit)));
        salon.rule(Map.of("name", "Regulars −10%", "kind", "percent", "value", 1000));
        assertEquals(List.of("Regulars −10% -6000"), discounts(salon.quote(visit)), "best of the two by default");
        salon.settings("discounts", Map.of("personalCombines", true));
        assertEquals(List.of("Personal discount −7% -4200", "Regulars −10% -6000"), discounts(salon.quote(visit)));
        JsonNode widget = DiscountRulesHttpTest.widget(salon, client);
        assertEquals(700, widget.get("data").get("personalDiscount").get("percent").asLong());
        assertEquals(204, salon.call("DELETE", "/api/v1/discounts/clients/" + client + "/personal", null).status());
        assertEquals(404, salon.call("GET", "/api/v1/discounts/clients/" + client + "/personal", null).status());
        assertEquals(List.of("Regulars −10% -6000"), discounts(salon.quote(visit)));
        DiscountSalon other = DiscountSalon.create(server, "personal-other");
        assertEquals(404, other.call("PUT", "/api/v1/discounts/clients/" + client + "/personal",
                Map.of("percent", 700, "reason", "not yours")).status(), "another salon's client is not found");
    }

    @Test
    void aManualDiscountIsRecordedWithTheAdministratorWhoGaveItAndRefusedWithoutAReason() {
        DiscountSalon salon = DiscountSalon.create(server, "manual");
        Reply admin = salon.call("POST", "/api/v1/users", Map.of("email", "admin@manual.test", "password", "admin-secret-1",
                "role", "admin"));
        assertEquals(201, admin.status(), admin.body());
        long adminId = admin.json().get("id").asLong();
        String adminToken = server.login("admin@manual.test", "admin-secret-1");
        long client = salon.client("Mia", null);
        long visit = salon.bookHaircut(client, "2026-11-03T10:00");
        Map<String, Object> manual = Map.of("manual", Map.of("percent", 1000, "reason", "waited 40 minutes"));
        assertEquals(List.of("Manual discount −10% -6000"), discounts(salon.as(adminToken).quote(visit, options(manual))));
        JsonNode bill = salon.as(adminToken).payInFull(visit, options(manual));
        assertEquals(List.of("Manual discount −10% -6000"), discounts(bill));
        assertTrue(bill.get("notes").toString().contains("manual discount of 60.00 EUR recorded (waited 40 minutes)"), bill.toString());

        // an API key acts as an administrator: without a reason it gets a note and no discount
        Reply key = salon.call("POST", "/api/v1/api-keys", Map.of("name", "till"));
        assertEquals(201, key.status(), key.body());
        String apiKey = key.json().get("secret").asText();
        long second = salon.bookHaircut(client, "2026-11-10T10:00");
        Map<String, Object> noReason = Map.of("manual", Map.of("amount", 5000));
        JsonNode refused = salon.as(apiKey).quote(second, options(noReason));
        assertEquals(List.of(), discounts(refused));
        assertEquals(List.of("discounts: Manual discount not given: a reason is required"), notes(refused));
        assertEquals(List.of(), discounts(salon.as(apiKey).payInFull(second, options(noReason))));
        long third = salon.bookHaircut(client, "2026-11-17T10:00");
        salon.as(apiKey).payInFull(third, options(Map.of("manual", Map.of("amount", 5000, "reason", "voucher from the fair"))));

        Reply log = salon.call("GET", "/api/v1/discounts/manual-log", null);
        assertEquals(200, log.status(), log.body());
        assertEquals(2, log.json().get("entries").size(), log.body());
        JsonNode given = log.json().get("entries").get(0);
        assertEquals(visit, given.get("visitId").asLong());
        assertEquals(adminId, given.get("userId").asLong());
        assertEquals("user", given.get("givenBy").asText());
        assertEquals("waited 40 minutes", given.get("reason").asText());
        assertEquals(6000, given.get("amount").asLong());
        assertEquals(1000, given.get("percent").asLong());
        JsonNode byKey = log.json().get("entries").get(1);
        assertEquals(third, byKey.get("visitId").asLong());
        assertTrue(!byKey.hasNonNull("userId"), "an API key is no person: " + byKey);
        assertEquals("api key", byKey.get("givenBy").asText());
        assertEquals(11_000, log.json().get("given").asLong());
        assertEquals(0, salon.call("GET", "/api/v1/discounts/manual-log?from=2026-11-01&to=2026-11-30", null).json().get("entries").size(),
                "the log is filtered by when the discounts were given (1 December)");

        // a refund appends a reversal row; the given row stays (the log is append-only)
        Reply refund = salon.call("POST", "/api/v1/visits/" + visit + "/refund", Map.of("reason", "allergic reaction"));
        assertEquals(201, refund.status(), refund.body());
        JsonNode after = salon.call("GET", "/api/v1/discounts/manual-log", null).json();
        assertEquals(3, after.get("entries").size(), after.toString());
        JsonNode reversal = after.get("entries").get(2);
        assertEquals("refunded", reversal.get("entry").asText());
        assertEquals(visit, reversal.get("visitId").asLong());
        assertEquals("allergic reaction", reversal.get("reason").asText());
        assertEquals(11_000, after.get("given").asLong());
        assertEquals(6_000, after.get("refunded").asLong());
    }

    @Test
    void mastersReadRulesButChangeNothingAndCannotReachTheQuote() {
        DiscountSalon salon = DiscountSalon.create(server, "roles");
        long rule = salon.rule(Map.of("name", "Always −10%", "kind", "percent", "value", 1000));
        Reply master = salon.call("POST", "/api/v1/users", Map.of("email", "master@roles.test", "password", "master-secret-1",
                "role", "master", "staffId", salon.staffId));
        assertEquals(201, master.status(), master.body());
        String token = server.login("master@roles.test", "master-secret-1");
        long client = salon.client("Rita", null);
        assertEquals(200, server.call("GET", "/api/v1/discounts/rules/" + rule, token, null).status());
        assertEquals(403, server.call("POST", "/api/v1/discounts/rules", token, Map.of("name", "x", "kind", "percent", "value", 1)).status());
        assertEquals(403, server.call("DELETE", "/api/v1/discounts/rules/" + rule, token, null).status());
        assertEquals(403, server.call("PUT", "/api/v1/discounts/clients/" + client + "/personal", token,
                Map.of("percent", 500, "reason", "x")).status());
        assertEquals(403, server.call("GET", "/api/v1/discounts/manual-log", token, null).status());
        long visit = salon.bookHaircut(client, "2026-11-03T10:00");
        assertEquals(403, server.call("POST", "/api/v1/visits/" + visit + "/quote", token,
                Map.of("options", Map.of("discounts", Map.of("manual", Map.of("percent", 5000, "reason", "friend"))))).status());
    }

    @Test
    void anotherSalonsRuleAnswers404AndTheOwnerReplacesAndDeletesTheirs() {
        DiscountSalon a = DiscountSalon.create(server, "tenant-a");
        DiscountSalon b = DiscountSalon.create(server, "tenant-b");
        long rule = a.rule(Map.of("name", "A only −10%", "kind", "percent", "value", 1000));
        Map<String, Object> valid = Map.of("name", "Taken over", "kind", "percent", "value", 9000);
        assertEquals(404, b.call("GET", "/api/v1/discounts/rules/" + rule, null).status());
        assertEquals(404, b.call("PUT", "/api/v1/discounts/rules/" + rule, valid).status());
        assertEquals(404, b.call("DELETE", "/api/v1/discounts/rules/" + rule, null).status());
        assertEquals(0, b.call("GET", "/api/v1/discounts/rules", null).json().size());
        assertEquals("A only −10%", a.call("GET", "/api/v1/discounts/rules/" + rule, null).json().get("name").asText());
        Reply replaced = a.call("PUT", "/api/v1/discounts/rules/" + rule, Map.of("name", "Hair −25%", "kind", "percent", "value", 2500,
                "target", Map.of("type", "services", "ids", List.of(a.haircutId))));
        assertEquals(200, replaced.status(), replaced.body());
        long visit = a.book(a.client("Tina", null), "2026-11-03T10:00", "admin", a.haircutId, a.manicureId).get("id").asLong();
        assertEquals(List.of("Hair −25% -15000"), discounts(a.quote(visit)));
        assertEquals(204, a.call("DELETE", "/api/v1/discounts/rules/" + rule, null).status());
        assertEquals(404, a.call("GET", "/api/v1/discounts/rules/" + rule, null).status());
        assertEquals(List.of(), discounts(a.quote(visit)));
    }

    @Test
    void badInputAnswers400NamingEachFieldAndWritesNothing() {
        DiscountSalon salon = DiscountSalon.create(server, "bad-input");
        DiscountSalon other = DiscountSalon.create(server, "bad-input-other");
        long rule = salon.rule(Map.of("name", "Kept −10%", "kind", "percent", "value", 1000));
        Reply bad = salon.call("POST", "/api/v1/discounts/rules", Map.of("name", "", "kind", "half", "value", 5,
                "target", Map.of("type", "services", "ids", List.of(other.haircutId)),
                "conditions", Map.of("weekdays", List.of("funday"), "hours", Map.of("from", "9", "to", "10:00"), "birthdays", true)));
        assertEquals(400, bad.status(), bad.body());
        assertTrue(bad.contentType().startsWith("application/problem+json"), bad.contentType());
        assertEquals(Set.of("name", "kind", "target.ids[0]", "conditions.weekdays[0]", "conditions.hours.from", "conditions.birthdays"),
                fields(bad));
        assertEquals(400, salon.call("POST", "/api/v1/discounts/rules", "{\"name\": ").status());
        assertEquals(Set.of("body"), fields(salon.call("POST", "/api/v1/discounts/rules", "[1, 2]")));
        assertEquals(Set.of("value"), fields(salon.call("POST", "/api/v1/discounts/rules", Map.of("name", "x", "kind", "percent",
                "value", 12.5))));
        Reply badPut = salon.call("PUT", "/api/v1/discounts/rules/" + rule, Map.of("name", "Changed", "kind", "percent", "value", 0));
        assertEquals(Set.of("value"), fields(badPut));
        assertEquals("Kept −10%", salon.call("GET", "/api/v1/discounts/rules/" + rule, null).json().get("name").asText());
        assertEquals(1, salon.call("GET", "/api/v1/discounts/rules", null).json().size(), "no rule was written by the bad requests");
        assertEquals(Set.of("id"), fields(salon.call("GET", "/api/v1/discounts/rules/abc", null)));
        long client = salon.client("Bea", null);
        assertEquals(Set.of("percent", "reason"), fields(salon.call("PUT", "/api/v1/discounts/clients/" + client + "/personal",
                Map.of("percent", 0))));
        assertEquals(404, salon.call("GET", "/api/v1/discounts/clients/" + client + "/personal", null).status());
        assertEquals(Set.of("from"), fields(salon.call("GET", "/api/v1/discounts/manual-log?from=yesterday", null)));
        assertEquals(Set.of("to"), fields(salon.call("GET", "/api/v1/discounts/manual-log?from=2026-12-01&to=2026-01-01", null)));
    }

    private static Set<String> fields(Reply r) {
        assertEquals(400, r.status(), r.body());
        Set<String> fields = new HashSet<>();
        r.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }
}
