package app.atelier.web.loyalty;

import static app.atelier.web.loyalty.BonusAdminPagesTest.count;
import static app.atelier.web.loyalty.BonusAdminPagesTest.error;
import static app.atelier.web.loyalty.BonusAdminPagesTest.fastest;
import static app.atelier.web.loyalty.BonusAdminPagesTest.plain;
import static app.atelier.web.testing.SalonFixture.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.web.admin.PanelClient;
import app.atelier.web.admin.PanelClient.Page;
import app.atelier.web.loyalty.referral.ReferralSalon;
import app.atelier.web.testing.MutableClock;
import app.atelier.web.testing.PluginJars;
import app.atelier.web.testing.TestServer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The referral report in the admin panel, with the real referral and bonus jars, over a history
 * built by hand through the API: on 30 November Anna invites Ivan; on 1 December she invites
 * Maria and Olga, and Maria pays her first visit, which credits Anna 500.00 in points (the bonus
 * wallet). Salon in Moscow with roubles.
 */
class ReferralAdminPagesTest {
    private static final String REPORT = "/admin/referral/report";
    private static final String DECEMBER = REPORT + "?from=2026-12-01&to=2026-12-31";

    @TempDir
    Path root;
    TestServer server;
    ReferralSalon salon;
    PanelClient owner;
    long anna;

    @BeforeEach
    void start() {
        PluginJars.install(root.resolve("plugins"), "bonus", "referral");
        MutableClock clock = new MutableClock(Instant.parse("2026-11-30T09:00:00Z"));
        server = TestServer.start(root, clock);
        salon = ReferralSalon.create(server, "alpha", List.of("bonus", "referral"));
        anna = salon.client("Anna Petrova", "+79161234567");
        long ivan = salon.client("Ivan Sokolov", "+79161110000");
        ok(salon.refer(ivan, salon.code(anna)), 201);
        clock.advance(Duration.ofDays(1)); // 1 December, 12:00 in Moscow
        long maria = salon.client("Maria Ivanova", "+79167654321");
        long olga = salon.client("Olga Sidorova", "+79165550000");
        ok(salon.refer(maria, salon.code(anna)), 201);
        ok(salon.refer(olga, salon.code(anna)), 201);
        salon.visitAndPay(maria, "2026-12-02T12:00");
        owner = PanelClient.session(server, "owner@alpha.test", "owner-secret-1");
        owner.cookies.put("atelier_lang", "en");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theReportsFiguresMatchTheHistory() {
        Page page = owner.get(DECEMBER);

        assertEquals(200, page.status(), page.body());
        String body = plain(page.body());
        assertEquals("2", figure(body, "invited"));
        assertEquals("1", figure(body, "converted"));
        assertEquals("50%", figure(body, "conversion"), "Maria came, Olga did not yet");
        assertEquals("1", figure(body, "referrers"));
        assertTrue(figure(body, "points").contains("500.00"), figure(body, "points"));
        assertEquals("0", figure(body, "discounts"));
        assertEquals(2, count(body, "<tr class=\"invitation"), "Ivan was invited in November: " + body);
        assertEquals(1, count(body, "<tr class=\"invitation converted\""));
        assertTrue(body.contains("Maria Ivanova") && body.contains("Olga Sidorova") && !body.contains("Ivan Sokolov"), body);
        assertTrue(body.contains("Dec 2, 2026"), "Maria's first visit, a salon-local day: " + body);
        assertTrue(body.contains("500.00 RUB in points"), body);
        assertTrue(body.contains("not yet"), "Olga's first visit: " + body);

        String november = plain(owner.get(REPORT + "?from=2026-11-01&to=2026-11-30").body());
        assertEquals("1", figure(november, "invited"));
        assertEquals("0%", figure(november, "conversion"));
        assertTrue(november.contains("Ivan Sokolov") && !november.contains("Maria Ivanova"), november);
        // with the period cleared: this month up to today (1 December in Moscow)
        String month = plain(owner.get(REPORT + "?from=&to=").body());
        assertEquals("2", figure(month, "invited"));
        assertTrue(month.contains("value=\"2026-12-01\""), month);
    }

    @Test
    void aBadPeriodIsShownBesideItsFieldWith422() {
        Page bad = owner.get(REPORT + "?from=2026-13-01&to=2026-12-31");
        assertEquals(422, bad.status());
        assertEquals("Enter a date like 2026-12-01", error(bad.body(), "r-from-error"));
        assertTrue(bad.body().contains("value=\"2026-13-01\""), "kept as typed");
        assertFalse(bad.body().contains("id=\"figure-invited\""), "no figures for a period that is not one");

        Page reversed = owner.get(REPORT + "?from=2026-12-31&to=2026-12-01");
        assertEquals(422, reversed.status());
        assertEquals("The end must not come before the start", error(reversed.body(), "r-to-error"));
    }

    @Test
    void theMenuEntryFollowsThePluginAndMastersAndOtherSalonsSeeNothing() {
        assertTrue(owner.get("/admin").body().contains("href=\"" + REPORT + "\""));
        assertTrue(owner.get("/admin").body().contains(">Referral report</a>"));
        ok(salon.server.call("POST", "/api/v1/users", salon.token(), Map.of("email", "master@alpha.test", "password",
                "master-secret-1", "role", "master", "staffId", salon.staffId)), 201);
        PanelClient master = PanelClient.session(server, "master@alpha.test", "master-secret-1");
        assertEquals(403, master.get(DECEMBER).status());
        assertFalse(master.get(DECEMBER).body().contains("Maria Ivanova"));

        ReferralSalon.create(server, "beta", List.of("referral"));
        PanelClient beta = PanelClient.session(server, "owner@beta.test", "owner-secret-1");
        beta.cookies.put("atelier_lang", "en");
        String theirs = plain(beta.get(DECEMBER).body());
        assertEquals("0", figure(theirs, "invited"));
        assertFalse(theirs.contains("Anna Petrova") || theirs.contains("Maria Ivanova"), theirs);

        salon.enable("referral", false);
        Page dashboard = owner.get("/admin");
        assertFalse(dashboard.body().contains("href=\"" + REPORT + "\""), "gone with the plugin");
        assertTrue(dashboard.body().contains("href=\"/admin/bonus/program\""), "the bonus entry stays");
        assertEquals(404, owner.get(DECEMBER).status());
        assertEquals(200, beta.get(DECEMBER).status(), "still on for the other salon");
    }

    @Test
    void inRussian() {
        owner.cookies.put("atelier_lang", "ru");

        Page page = owner.get(DECEMBER);

        String body = plain(page.body());
        assertTrue(body.contains(">Отчёт по рекомендациям</a>"), "the navigation entry: " + body);
        assertTrue(body.contains("<h1>Отчёт по рекомендациям</h1>") && body.contains("Конверсия"), body);
        assertEquals("50%", figure(body, "conversion"));
        assertTrue(body.contains("500,00 ₽ бонусами"), body);
        assertTrue(body.contains("Рекомендатель получает 500,00 ₽ бонусами"), "the current rules: " + body);
    }

    @Test
    void theReportAnswersFast() {
        long best = fastest(owner, DECEMBER);
        System.out.printf("referral report page, best of 10: %d ms%n", best);
        assertTrue(best < 200, best + " ms");
    }

    /** The value of the report's figure card {@code figure-<name>}. */
    private static String figure(String body, String name) {
        Matcher m = Pattern.compile("id=\"figure-" + name + "\"><div class=\"label\">[^<]*</div><div class=\"value\">([^<]*)</div>")
                .matcher(body);
        assertTrue(m.find(), "no figure " + name + " in " + body);
        return m.group(1);
    }
}
