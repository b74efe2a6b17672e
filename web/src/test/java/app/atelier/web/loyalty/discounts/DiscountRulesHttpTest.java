package app.atelier.web.loyalty.discounts;

import static app.atelier.web.loyalty.discounts.DiscountSalon.discounts;
import static app.atelier.web.loyalty.discounts.DiscountSalon.notes;
import static app.atelier.web.loyalty.discounts.DiscountSalon.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.web.testing.MutableClock;
import app.atelier.web.testing.PluginJars;
import app.atelier.web.testing.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Discount rules over HTTP with the real discounts jar as the only plugin in the plugins folder:
 * each condition decides a real quote, in a salon on Berlin time.
 */
class DiscountRulesHttpTest {
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
    void happyHoursApplyOnTuesdayAt11AndNotAt15InTheSalonsZoneAcrossDstChanges() {
        DiscountSalon salon = DiscountSalon.create(server, "happy");
        salon.rule(Map.of("name", "Happy hours −20%", "kind", "percent", "value", 2000, "combines", true,
                "conditions", Map.of("weekdays", List.of("tue"), "hours", Map.of("from", "11:00", "to", "12:00"))));
        long client = salon.client("Hanna", null);
        // Berlin: summer time (UTC+2) until 25 Oct 2026 and from 29 Mar 2026, winter time (UTC+1) between
        Map<String, String> utcOf11 = Map.of("2026-10-20", "2026-10-20T09:00:00Z", "2026-10-27", "2026-10-27T10:00:00Z",
                "2026-03-24", "2026-03-24T10:00:00Z", "2026-03-31", "2026-03-31T09:00:00Z");
        for (String day : List.of("2026-10-20", "2026-10-27", "2026-03-24", "2026-03-31")) {
            JsonNode at11 = salon.book(client, day + "T11:00", "admin", salon.haircutId);
            assertEquals(utcOf11.get(day), at11.get("start").asText(), "the visit is stored in UTC");
            assertEquals(List.of("Happy hours −20% -12000"), discounts(salon.quote(at11.get("id").asLong())), day + " 11:00");
            long at15 = salon.bookHaircut(client, day + "T15:00");
            JsonNode late = salon.quote(at15, options(Map.of("explain", true)));
            assertEquals(List.of(), discounts(late), day + " 15:00");
            assertTrue(notes(late).contains("discounts: Happy hours −20%: only 11:00–12:00, the visit starts at 15:00"),
                    notes(late).toString());
        }
        long monday = salon.bookHaircut(client, "2026-10-26T11:00");
        assertEquals(List.of("discounts: Happy hours −20%: not on Monday (only Tuesday)"),
                notes(salon.quote(monday, options(Map.of("explain", true)))));
    }

    @Test
    void aBirthdayWeekRuleAcrossNewYear() {
        DiscountSalon salon = DiscountSalon.create(server, "birthday");
        salon.rule(Map.of("name", "Birthday week −10%", "kind", "percent", "value", 1000,
                "conditions", Map.of("birthday", Map.of("daysBefore", 3, "daysAfter", 3))));
        long client = salon.client(Map.of("name", "Berta", "birthday", "1990-12-30"));
        long inWeek = salon.bookHaircut(client, "2027-01-02T10:00");
        assertEquals(List.of("Birthday week −10% -6000"), discounts(salon.quote(inWeek)));
        long after = salon.bookHaircut(client, "2027-01-03T10:00");
        JsonNode late = salon.quote(after, options(Map.of("explain", true)));
        assertEquals(List.of(), discounts(late));
        assertEquals(List.of("discounts: Birthday week −10%: only 3 days before to 3 days after the birthday (30 December)"),
                notes(late));
        long noBirthday = salon.bookHaircut(salon.client("Nobody", null), "2027-01-02T14:00");
        assertEquals(List.of(), discounts(salon.quote(noBirthday)));
    }

    @Test
    void aSpendTierIsReachedByPaidVisitsAndResetsAfterALongAbsence() {
        DiscountSalon salon = DiscountSalon.create(server, "tiers");
        salon.rule(Map.of("name", "Loyalty", "kind", "percent", "conditions", Map.of("tierResetDays", 180,
                "spendTiers", List.of(Map.of("minSpent", 100_000, "value", 500), Map.of("minSpent", 250_000, "value", 1000)))));
        long client = salon.client("Greta", null);
        long v1 = salon.book(client, "2026-11-02T10:00", "admin", salon.colourId).get("id").asLong();
        assertEquals(List.of(), discounts(salon.quote(v1)));
        salon.payInFull(v1);
        long v2 = salon.book(client, "2026-11-09T10:00", "admin", salon.colourId).get("id").asLong();
        assertEquals(List.of("Loyalty -7500"), discounts(salon.quote(v2)), "1500.00 paid: the 5% tier");
        salon.payInFull(v2);
        long v3 = salon.book(client, "2026-11-16T10:00", "admin", salon.colourId).get("id").asLong();
        assertEquals(List.of("Loyalty -15000"), discounts(salon.quote(v3)), "2925.00 paid: the 10% tier");
        salon.payInFull(v3);
        JsonNode widget = widget(salon, client);
        JsonNode standing = widget.get("data").get("spendTiers").get(0);
        assertEquals(1000, standing.get("tier").get("value").asLong());
        assertEquals(150_000 + 142_500 + 135_000, standing.get("spend").asLong());
        assertTrue(widget.get("lines").get(0).get("value").asText().startsWith("10"), "the reached tier for people: " + widget);
        long v4 = salon.book(client, "2027-06-10T10:00", "admin", salon.colourId).get("id").asLong();
        JsonNode away = salon.quote(v4, options(Map.of("explain", true)));
        assertEquals(List.of(), discounts(away), "206 days without a visit: the spend counts as 0");
        assertTrue(notes(away).get(0).startsWith("discounts: Loyalty: no visit for 206 days"), notes(away).toString());
    }

    static JsonNode widget(DiscountSalon salon, long client) {
        TestServer.Reply r = salon.call("GET", "/api/v1/clients/" + client + "/summary", null);
        assertEquals(200, r.status(), r.body());
        for (JsonNode w : r.json().get("widgets")) {
            if ("discounts".equals(w.get("plugin").asText())) {
                return w;
            }
        }
        throw new AssertionError("no discounts widget in " + r.body());
    }

    @Test
    void aFirstVisitRuleOnlyForTheFirstVisit() {
        DiscountSalon salon = DiscountSalon.create(server, "welcome");
        salon.rule(Map.of("name", "Welcome −15%", "kind", "percent", "value", 1500, "conditions", Map.of("firstVisitOnly", true)));
        long client = salon.client("Frida", null);
        long first = salon.bookHaircut(client, "2026-11-03T10:00");
        assertEquals(List.of("Welcome −15% -9000"), discounts(salon.quote(first)));
        JsonNode bill = salon.payInFull(first);
        assertEquals(DiscountSalon.HAIRCUT - 9000, bill.get("bill").get("total").asLong());
        long second = salon.bookHaircut(client, "2026-11-10T10:00");
        assertEquals(List.of(), discounts(salon.quote(second)));
    }

    @Test
    void aChannelRuleForOnlineAndAppBookings() {
        DiscountSalon salon = DiscountSalon.create(server, "channel");
        salon.rule(Map.of("name", "Booked online −5%", "kind", "percent", "value", 500, "combines", true,
                "conditions", Map.of("channels", List.of("online", "app"))));
        long client = salon.client("Olga", null);
        long online = salon.book(client, "2026-11-03T10:00", "online", salon.haircutId).get("id").asLong();
        long app = salon.book(client, "2026-11-03T12:00", "app", salon.haircutId).get("id").asLong();
        long desk = salon.book(client, "2026-11-03T14:00", "admin", salon.haircutId).get("id").asLong();
        assertEquals(List.of("Booked online −5% -3000"), discounts(salon.quote(online)));
        assertEquals(List.of("Booked online −5% -3000"), discounts(salon.quote(app)));
        assertEquals(List.of("discounts: Booked online −5%: only for visits booked app, online (this one: admin)"),
                notes(salon.quote(desk, options(Map.of("explain", true)))));
    }

    @Test
    void theSalonCapTrimsTheLastDiscountsAndExplainNamesWhatDidNotApply() {
        DiscountSalon salon = DiscountSalon.create(server, "cap");
        salon.rule(Map.of("name", "Autumn −20%", "kind", "percent", "value", 2000, "combines", true));
        salon.rule(Map.of("name", "Hair −20%", "kind", "percent", "value", 2000, "combines", true,
                "target", Map.of("type", "categories", "categories", List.of("hair"))));
        salon.rule(Map.of("name", "Minus 5", "kind", "fixed", "value", 500));
        salon.rule(Map.of("name", "Minus 50", "kind", "fixed", "value", 5000));
        salon.rule(Map.of("name", "VIP −30%", "kind", "percent", "value", 3000, "conditions", Map.of("clientTags", List.of("vip"))));
        salon.settings("discounts", Map.of("maxDiscountBasisPoints", 3500));
        long visit = salon.book(salon.client(Map.of("name", "Carla", "tags", List.of("regular"))), "2026-11-04T10:00", "admin",
                salon.haircutId, salon.manicureId).get("id").asLong();
        JsonNode q = salon.quote(visit, options(Map.of("explain", true)));
        // asked: 20 000 + 12 000 + 5 000 (the better fixed one); 35% of 100 000 allowed: the last one is cut to 3 000
        assertEquals(List.of("Autumn −20% -20000", "Hair −20% -12000", "Minus 50 -3000"), discounts(q));
        assertEquals(65_000, q.get("bill").get("total").asLong());
        String trim = "discounts: Minus 50: cut from 50.00 EUR to 30.00 EUR by the salon's cap of 35% of the bill (350.00 EUR)";
        assertEquals(List.of(trim, "discounts: VIP −30%: only for clients tagged vip",
                "discounts: Minus 5: a better non-combining discount applied (Minus 50)"), notes(q));
        assertEquals(List.of(trim), notes(salon.quote(visit)), "without explain only the trim is noted");
    }

    @Test
    void switchingThePluginOffRemovesItsAdjustmentsAndRoutes() {
        DiscountSalon salon = DiscountSalon.create(server, "switch");
        salon.rule(Map.of("name", "Always −10%", "kind", "percent", "value", 1000));
        long visit = salon.bookHaircut(salon.client("Sofia", null), "2026-11-05T10:00");
        assertEquals(List.of("Always −10% -6000"), discounts(salon.quote(visit)));
        assertEquals(200, salon.call("PUT", "/api/v1/plugins/discounts", Map.of("enabled", false)).status());
        JsonNode off = salon.quote(visit);
        assertEquals(List.of(), discounts(off));
        assertEquals(DiscountSalon.HAIRCUT, off.get("bill").get("total").asLong());
        assertEquals(404, salon.call("GET", "/api/v1/discounts/rules", null).status());
        assertEquals(200, salon.call("PUT", "/api/v1/plugins/discounts", Map.of("enabled", true)).status());
        assertEquals(List.of("Always −10% -6000"), discounts(salon.quote(visit)), "the rules stay while the plugin is off");
    }
}
