package app.atelier.core.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.core.auth.PasswordHasher;
import app.atelier.core.auth.UserService;
import app.atelier.core.common.FieldError;
import app.atelier.core.common.InvalidInputException;
import app.atelier.core.common.NotFoundException;
import app.atelier.core.db.Database;
import app.atelier.core.salons.SalonService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Every figure of every report against {@link SalonHistory}, worked out by hand in the comments.
 * "March" is the period 2026-03-01..2026-03-31 in Kiritimati (UTC+14). Run on SQLite by
 * {@link ReportFiguresTest} and on PostgreSQL by {@link ReportFiguresPostgresTest}: the same SQL
 * must give the same figures on both.
 */
abstract class ReportFigures {
    static final ReportQuery MARCH = ReportQuery.period("2026-03-01", "2026-03-31");
    static final ReportQuery APRIL = ReportQuery.period("2026-04-01", "2026-04-30");

    static Database db;
    static SalonHistory history;
    static ReportsService reports;

    static void setUp(Database database) {
        db = database;
        history = new SalonHistory(db);
        Clock clock = Clock.fixed(SalonHistory.NOW, ZoneOffset.UTC);
        reports = new ReportsService(db, clock, new SalonService(db, clock, new UserService(new PasswordHasher(), clock)));
    }

    @AfterAll
    static void close() {
        if (db != null) {
            db.close();
        }
    }

    long client(String name) {
        return history.clients.get(name);
    }

    long staff(String key) {
        return history.staff.get(key);
    }

    String staffKey(String id) {
        return history.staff.entrySet().stream().filter(e -> e.getValue().toString().equals(id)).findFirst().orElseThrow().getKey();
    }

    // ---- returnability ----

    @Test
    void returnabilityOfMarchNewClientsWithin30Days() {
        Returnability r = reports.returnability(history.salon, MARCH, 30);
        // New in March (first counted visit ever in March): Anna (1.03 01:00 local, still 28.02 in UTC),
        // Boris 5.03, Clara 10.03, Eva 3.03 (her cancelled 20.02 and no-show 2.03 do not count), Lev 12.03
        // (deleted since, but his visit happened). Dina is not new: her first visit was 28.02 23:30 local.
        // Mila (1.04 05:00 local = 31.03 in UTC) is April's. Back within 30 days: Anna (20.03, 19 days).
        // Boris came back after 46 days; Eva's 25.03 visit was refunded, her next is after 68 days.
        assertEquals(Returnability.Group.of(null, "all new clients", 5, 1, 0), r.total());
        assertEquals(2000, r.total().returnRateBp());
        // by the first visit's master: A Anna✓ Clara Eva → 1/3 = 3333.3 bp; B Boris Lev → 0/2
        assertEquals(Map.of("A", List.of(3L, 1L, 3333), "B", List.of(2L, 0L, 0)), groups(r.byMaster(), this::staffKey));
        // by source: instagram Anna✓ Clara; friends Boris Eva Lev
        assertEquals(Map.of("instagram", List.of(2L, 1L, 5000), "friends", List.of(3L, 0L, 0)),
                groups(r.bySource(), Function.identity()));
        // by first visit's category: hair Anna✓ (haircut) Clara (colour) Eva; nails Boris Lev
        assertEquals(Map.of("hair", List.of(3L, 1L, 3333), "nails", List.of(2L, 0L, 0)), groups(r.byCategory(), Function.identity()));
        assertEquals(List.of(Returnability.Group.of("2026-03", "2026-03", 5, 1, 0)), r.byMonth());
        // previous period: the 31 days before, 29.01–28.02. Counted visits then: Dina 28.02 23:30, Fedor 10.02
        // and 20.02 (Eva's 20.02 was cancelled; Galina's 1.01 and Ivan's 20.01 are earlier). Back in March:
        // Dina (15.03) → 1 of 2.
        assertEquals(new Returnability.Previous(LocalDate.parse("2026-01-29"), LocalDate.parse("2026-02-28"), 2, 1, 5000),
                r.previousPeriod());
        // largest groups first
        assertEquals("friends", r.bySource().get(0).key());
    }

    @Test
    void returnabilityWindowsOf60And90DaysAndTheExactBoundary() {
        // 60 days: Anna (19) and Boris (46) → 2/5; 90: also Eva (3.03 → 10.05 = 68 days) → 3/5
        assertEquals(List.of(5L, 2L, 4000), figures(reports.returnability(history.salon, MARCH, 60).total()));
        assertEquals(List.of(5L, 3L, 6000), figures(reports.returnability(history.salon, MARCH, 90).total()));
        // Boris: 5.03 → 20.04 is 46 calendar days: within 46, not within 45
        assertEquals(2, reports.returnability(history.salon, MARCH, 46).total().returned());
        assertEquals(1, reports.returnability(history.salon, MARCH, 45).total().returned());
    }

    @Test
    void returnabilityFilters() {
        // first visit with Alina: Anna✓ Clara Eva; previous period with Alina: nobody
        Returnability a = reports.returnability(history.salon, MARCH.withStaff(staff("A")), 30);
        assertEquals(List.of(3L, 1L, 3333), figures(a.total()));
        assertEquals(0, a.previousPeriod().clients());
        assertNull(a.previousPeriod().returnRateBp());
        assertEquals(List.of(3L, 0L, 0), figures(reports.returnability(history.salon, MARCH.withSource("friends"), 30).total()));
        assertEquals(List.of(1L, 1L, 10000), figures(reports.returnability(history.salon, MARCH.withTag("vip"), 30).total()));
        assertEquals(List.of(2L, 0L, 0), figures(reports.returnability(history.salon, MARCH.withCategory("nails"), 30).total()));
        // Cora in the previous period: Dina, who came back → 1/1
        assertEquals(1, reports.returnability(history.salon, MARCH.withStaff(staff("C")), 30).previousPeriod().returned());
    }

    @Test
    void aWindowThatHasNotClosedIsCountedAsOpen() {
        // April's new clients: Hanna (1.04, back 11.04) and Mila (1.04 05:00 local; never back).
        // 90 days: Mila's window runs to 30.06, today is 15.06 → open. 30 days: closed on 1.05 → not open.
        assertEquals(Returnability.Group.of(null, "all new clients", 2, 1, 1), reports.returnability(history.salon, APRIL, 90).total());
        assertEquals(Returnability.Group.of(null, "all new clients", 2, 1, 0), reports.returnability(history.salon, APRIL, 30).total());
    }

    @Test
    void monthByMonthAcrossAPeriodOfSeveralMonths() {
        // Feb–Apr: February's new clients Dina (28.02, back 15.03 = 15 days ✓) and Fedor (10.02, back 20.02 ✓);
        // March as above (5, 1); April Hanna✓ and Mila.
        Returnability r = reports.returnability(history.salon, ReportQuery.period("2026-02-01", "2026-04-30"), 30);
        assertEquals(List.of(Returnability.Group.of("2026-02", "2026-02", 2, 2, 0), Returnability.Group.of("2026-03", "2026-03", 5, 1, 0),
                Returnability.Group.of("2026-04", "2026-04", 2, 1, 0)), r.byMonth());
        assertEquals(List.of(9L, 4L, 4444), figures(r.total()));
    }

    // ---- lost and sleeping ----

    @Test
    void lostAndSleepingClientsAsOfToday() {
        LostClients r = reports.lostClients(history.salon, ReportQuery.period(null, null), null, null, null, null, null);
        // As of 15.06, threshold 90 days, k = 2:
        //  Galina  4 visits, last 1.01 → 165 days → lost; interval (1.10→1.01 = 92 days)/3 = 30.7; spent 4×2000
        //  Clara   1 visit 10.03 → 97 days → lost; 5000
        //  Hanna   4 visits 1.04…1.05, interval 30/3 = 10 days; 45 days since > 2×10 → sleeping; 4000
        //  Ivan    2 visits, last 20.01 → 146 days → lost; 4000 (two visits: no interval rule, the threshold)
        //  Dina    2 visits, last 15.03 → 92 days → lost; 2000
        // Not listed: Anna 51 days (< 2 × 27.5), Boris 56 (two visits), Eva 36, Fedor 45 (< 2 × 40), Julia 26,
        // Mila 75; Kira (196 days) has a visit booked for 20.06; Lev is deleted.
        assertEquals(List.of("Galina", "Clara", "Hanna", "Ivan", "Dina"), names(r.clients()));
        assertEquals(5, r.total());
        assertEquals(4, r.lost());
        assertEquals(1, r.sleeping());
        assertEquals(23_000, r.totalValue());
        LostClients.Row galina = r.clients().get(0);
        assertEquals(new LostClients.Row(client("Galina"), "Galina", galina.phone(), "lost", 4, LocalDate.parse("2025-10-01"),
                LocalDate.parse("2026-01-01"), 165, new BigDecimal("30.7"), 8000, staff("A"), "Alina"), galina);
        LostClients.Row hanna = r.clients().get(2);
        assertEquals("sleeping", hanna.status());
        assertEquals(45, hanna.daysSinceLastVisit());
        assertEquals(new BigDecimal("10.0"), hanna.usualIntervalDays());
        assertEquals(staff("C"), hanna.favouriteMasterId());
        LostClients.Row clara = r.clients().get(1);
        assertEquals(97, clara.daysSinceLastVisit());
        assertNull(clara.usualIntervalDays());
        LostClients.Row dina = r.clients().get(4);
        assertEquals(92, dina.daysSinceLastVisit());
        assertEquals(new BigDecimal("15.0"), dina.usualIntervalDays());
    }

    @Test
    void lostClientsSortsAndPages() {
        // last visit longest ago first: Galina 1.01, Ivan 20.01, Clara 10.03, Dina 15.03, Hanna 1.05
        assertEquals(List.of("Galina", "Ivan", "Clara", "Dina", "Hanna"),
                names(reports.lostClients(history.salon, ReportQuery.period(null, null), null, null, "lastVisit", null, null).clients()));
        // most visits first, ties by value: Galina 4 (8000), Hanna 4 (4000), Ivan 2 (4000), Dina 2 (2000), Clara 1
        assertEquals(List.of("Galina", "Hanna", "Ivan", "Dina", "Clara"),
                names(reports.lostClients(history.salon, ReportQuery.period(null, null), null, null, "visits", null, null).clients()));
        LostClients page = reports.lostClients(history.salon, ReportQuery.period(null, null), null, null, null, 2, 2);
        assertEquals(List.of("Hanna", "Ivan"), names(page.clients()));
        assertEquals(5, page.total());
        LostClients past = reports.lostClients(history.salon, ReportQuery.period(null, null), null, null, null, 2, 10);
        assertEquals(List.of(), past.clients());
        assertEquals(5, past.total());
        assertEquals(23_000, past.totalValue());
    }

    @Test
    void lostClientsThresholdAndKBoundaries() {
        ReportQuery today = ReportQuery.period(null, null);
        // Dina is 92 days away: lost over 91 days, not over 92
        assertTrue(names(reports.lostClients(history.salon, today, 91, null, null, null, null).clients()).contains("Dina"));
        assertTrue(!names(reports.lostClients(history.salon, today, 92, null, null, null, null).clients()).contains("Dina"));
        // Hanna: 45 days since, interval 10: sleeping for k < 4.5 only (45 > 4.49 × 10, not > 4.5 × 10)
        assertTrue(names(reports.lostClients(history.salon, today, null, "4.49", null, null, null).clients()).contains("Hanna"));
        assertTrue(!names(reports.lostClients(history.salon, today, null, "4.5", null, null, null).clients()).contains("Hanna"));
    }

    @Test
    void lostClientsLookingBackFromAPastDay() {
        // As of 31.03: Galina's last visit (1.01) is 89 days old — not lost over 90 — but more than
        // 2 × 30.7 → sleeping. Ivan (70 days, 2 visits) is neither; Kira (120 days) has her booking.
        LostClients r = reports.lostClients(history.salon, ReportQuery.period(null, "2026-03-31"), null, null, null, null, null);
        assertEquals(List.of("Galina"), names(r.clients()));
        assertEquals("sleeping", r.clients().get(0).status());
        assertEquals(89, r.clients().get(0).daysSinceLastVisit());
    }

    @Test
    void lostClientsFilters() {
        ReportQuery today = ReportQuery.period(null, null);
        // favourite master Alina: Galina, Clara, Ivan; Cora: Hanna, Dina
        assertEquals(List.of("Galina", "Clara", "Ivan"), names(reports.lostClients(history.salon, today.withStaff(staff("A")),
                null, null, null, null, null).clients()));
        assertEquals(List.of("Hanna", "Dina"), names(reports.lostClients(history.salon, today.withStaff(staff("C")),
                null, null, null, null, null).clients()));
        assertEquals(List.of("Galina", "Clara"), names(reports.lostClients(history.salon, today.withSource("instagram"),
                null, null, null, null, null).clients()));
        assertEquals(List.of("Galina"), names(reports.lostClients(history.salon, today.withTag("vip"),
                null, null, null, null, null).clients()));
        assertEquals(List.of("Hanna", "Dina"), names(reports.lostClients(history.salon, today.withCategory("brows"),
                null, null, null, null, null).clients()));
        // from 1.02: only those whose last visit is on or after it
        assertEquals(List.of("Clara", "Hanna", "Dina"), names(reports.lostClients(history.salon, ReportQuery.period("2026-02-01", null),
                null, null, null, null, null).clients()));
    }

    // ---- sources ----

    @Test
    void sourcesOfMarch() {
        Sources r = reports.sources(history.salon, MARCH, 30);
        Map<String, Sources.Row> by = r.sources().stream().collect(Collectors.toMap(Sources.Row::label, x -> x));
        // instagram: new Anna✓ Clara. To date Anna 2000+3500+1500 in 3 visits, Clara 5000 in 1 → 12000 / 4 = 3000,
        // 6000 per new client. In March: Anna (2 visits) and Clara → 2 clients, 3 visits, 2000+3500+5000.
        assertEquals(new Sources.Row("instagram", "instagram", 2, 1, 0, 5000, 4, 12_000, 3000L, 6000L, 2, 3, 10_500),
                by.get("instagram"));
        // friends: new Boris (2 × 1500), Eva (2000 + 1500; the refunded 2000 does not count), Lev (1500)
        // → 5 visits, 8000, 1600 a bill, 8000/3 = 2666.7 → 2667 per client. In March: 1500 + 2000 + 1500.
        assertEquals(new Sources.Row("friends", "friends", 3, 0, 0, 0, 5, 8000, 1600L, 2667L, 3, 3, 5000), by.get("friends"));
        // no source: Dina, not new; in March one visit of 1000
        assertEquals(new Sources.Row(null, Returnability.NO_SOURCE, 0, 0, 0, null, 0, 0, null, null, 1, 1, 1000),
                by.get(Returnability.NO_SOURCE));
        assertEquals(3, r.sources().size());
        assertEquals(List.of("friends", "instagram", Returnability.NO_SOURCE), r.sources().stream().map(Sources.Row::label).toList());
        // all: 5 new, 1 back, 9 visits, 20000 → 2222.2 → 2222 a bill, 4000 per client; March 6 clients, 7 visits, 16500
        assertEquals(new Sources.Row(null, "all sources", 5, 1, 0, 2000, 9, 20_000, 2222L, 4000L, 6, 7, 16_500), r.total());
    }

    // ---- top clients ----

    @Test
    void topClientsOfMarch() {
        TopClients r = reports.topClients(history.salon, MARCH, "revenue", null);
        // March: Anna 2000+3500 (2 visits), Clara 5000, Eva 2000, Boris 1500, Lev 1500 (deleted), Dina 1000
        // → all 7 visits, 16500, 6 clients; Lev counts in the totals but is not ranked.
        assertEquals(16_500, r.totalRevenue());
        assertEquals(7, r.totalVisits());
        assertEquals(6, r.totalClients());
        assertEquals(List.of("Anna", "Clara", "Eva", "Boris", "Dina"), r.clients().stream().map(TopClients.Row::name).toList());
        // Anna: 5500/16500 = 3333.3 bp of revenue, 2/7 = 2857.1 bp of visits, 2750 a bill
        assertEquals(new TopClients.Row(1, client("Anna"), "Anna", r.clients().get(0).phone(), "instagram", 5500, 2, 2750L, 3333, 2857),
                r.clients().get(0));
        // Clara 5000/16500 = 3030.3; 1/7 = 1428.6 → 1429. Dina 1000/16500 = 606.06
        assertEquals(List.of(3030, 1429), List.of(r.clients().get(1).revenueShareBp(), r.clients().get(1).visitsShareBp()));
        assertEquals(606, r.clients().get(4).revenueShareBp());
        // by visits: Anna (2), then one visit each by revenue; by average bill: Clara 5000, Anna 2750, …
        assertEquals(List.of("Anna", "Clara", "Eva", "Boris", "Dina"), names(reports.topClients(history.salon, MARCH, "visits", null)));
        assertEquals(List.of("Clara", "Anna", "Eva", "Boris", "Dina"), names(reports.topClients(history.salon, MARCH, "averageBill", null)));
        assertEquals(List.of("Anna", "Clara"), names(reports.topClients(history.salon, MARCH, null, 2)));
        // filters: Bella's March visits are Boris's and (deleted) Lev's
        TopClients bella = reports.topClients(history.salon, MARCH.withStaff(staff("B")), null, null);
        assertEquals(List.of("Boris"), names(bella));
        assertEquals(3000, bella.totalRevenue());
        assertEquals(5000, bella.clients().get(0).revenueShareBp());
    }

    // ---- master rating ----

    @Test
    void masterRatingOfMarch() {
        MasterRating r = reports.masters(history.salon, MARCH, 30, 90);
        assertEquals(List.of("Alina", "Bella", "Cora"), r.masters().stream().map(MasterRating.Row::name).toList());
        MasterRating.Row a = r.masters().get(0);
        // Alina in March: counted a1 2000, a2 3500, c1 5000, e2 2000 = 12500 in 4 visits → 3125 a bill (e3 refunded);
        // clients Anna, Clara, Eva. New with her: Anna✓ Clara Eva → 1/3.
        // Anna's last visit with her 20.03, then 25.04 with Bella → moved; Eva's last counted with her 3.03,
        // then 10.05 with Bella → moved; Clara none since 10.03, 97 days ago > 90 → lost. 2/3 moved, 1/3 lost.
        // No-shows: e1; due: a1 a2 c1 e2 e3 (completed, refunded or not) + e1 = 6 → 1666.7 → 1667.
        // Booked: 6 visits × 60 = 360 min. Working: 22 weekdays in March − day off 9.03 = 21 × 480 = 10080 min
        // → 357.1 → 357.
        assertEquals(new MasterRating.Row(1, staff("A"), "Alina", true, 12_500, 4, 3125L, 3, 3, 1, 3333, 2, 6667, 1, 3333, 1, 6,
                1667, 360, 10_080, 357), a);
        // Bella: b1 1500, l1 1500; Boris (last with her 20.04, none since, 56 days: not lost), Lev (12.03, 95 days:
        // lost). New: Boris, Lev, none back. Tue+Thu in March: 5 + 4 = 9 × 480 = 4320 min; 120 booked → 277.8 → 278.
        assertEquals(new MasterRating.Row(2, staff("B"), "Bella", true, 3000, 2, 1500L, 2, 2, 0, 0, 0, 0, 1, 5000, 0, 2, 0,
                120, 4320, 278), r.masters().get(1));
        // Cora: d2 1000; Dina not new (28.02); last with Cora 15.03, 92 days → lost. 4 Saturdays × 360 = 1440 → 60/1440 = 416.7
        assertEquals(new MasterRating.Row(3, staff("C"), "Cora", true, 1000, 1, 1000L, 1, 0, 0, null, 0, 0, 1, 10_000, 0, 1, 0,
                60, 1440, 417), r.masters().get(2));
    }

    @Test
    void masterRatingFilters() {
        MasterRating one = reports.masters(history.salon, MARCH.withStaff(staff("B")), 30, 90);
        assertEquals(List.of("Bella"), one.masters().stream().map(MasterRating.Row::name).toList());
        // nails only: Alina's a2 (haircut + manicure) 3500; her no-show was a haircut
        MasterRating.Row a = reports.masters(history.salon, MARCH.withCategory("nails"), 30, 90).masters().stream()
                .filter(m -> m.staffId() == staff("A")).findFirst().orElseThrow();
        assertEquals(List.of(3500L, 1L, 0L, 1L, 60L), List.of(a.revenue(), a.visits(), a.noShows(), a.dueVisits(), a.bookedMinutes()));
    }

    // ---- category gaps ----

    @Test
    void categoryGapsOfMarch() {
        CategoryGaps r = reports.categoryGaps(history.salon, MARCH, null, null);
        // Seen in March (Lev deleted): Anna {hair, nails}, Boris {nails}, Clara {hair}, Dina {brows}, Eva {hair}
        // (her refunded visit does not count). Never brows: 4 of 5; never nails: 3; never hair: 2. The inactive
        // spa category nobody used does not appear.
        assertEquals(5, r.clients());
        assertEquals(List.of(new CategoryGaps.CategoryRow("brows", 1, 4, 8000), new CategoryGaps.CategoryRow("nails", 2, 3, 6000),
                new CategoryGaps.CategoryRow("hair", 3, 2, 4000)), r.categories());
        assertEquals(List.of(), r.nonUsers());
        // whom to offer nails: Clara (5000 to 31.03), Dina (2 visits, 2000), Eva (1 counted visit, 2000)
        CategoryGaps nails = reports.categoryGaps(history.salon, MARCH.withCategory("nails"), null, null);
        assertEquals(3, nails.totalNonUsers());
        assertEquals(List.of(
                new CategoryGaps.ClientRow(client("Clara"), "Clara", nails.nonUsers().get(0).phone(), 1, 5000, LocalDate.parse("2026-03-10"), List.of("hair")),
                new CategoryGaps.ClientRow(client("Dina"), "Dina", nails.nonUsers().get(1).phone(), 2, 2000, LocalDate.parse("2026-03-15"), List.of("brows")),
                new CategoryGaps.ClientRow(client("Eva"), "Eva", nails.nonUsers().get(2).phone(), 1, 2000, LocalDate.parse("2026-03-03"), List.of("hair"))),
                nails.nonUsers());
        CategoryGaps second = reports.categoryGaps(history.salon, MARCH.withCategory("nails"), 1, 1);
        assertEquals(List.of("Dina"), second.nonUsers().stream().map(CategoryGaps.ClientRow::name).toList());
        assertEquals(3, second.totalNonUsers());
        // Alina's March clients only: Anna, Clara, Eva → never brows 3, never nails 2 (Clara, Eva)
        CategoryGaps alina = reports.categoryGaps(history.salon, MARCH.withStaff(staff("A")).withCategory("nails"), null, null);
        assertEquals(List.of("Clara", "Eva"), alina.nonUsers().stream().map(CategoryGaps.ClientRow::name).toList());
    }

    @Test
    void categoriesOneClientNeverUsed() {
        ClientCategories anna = reports.clientCategories(history.salon, client("Anna"), null);
        // hair: 1.03, 20.03; nails: 20.03, 25.04 → two visits each, by name; never brows (spa is inactive)
        assertEquals(List.of(new ClientCategories.Used("hair", 2, LocalDate.parse("2026-03-20")),
                new ClientCategories.Used("nails", 2, LocalDate.parse("2026-04-25"))), anna.used());
        assertEquals(List.of("brows"), anna.neverUsed());
        // Eva: her refunded haircut does not count
        assertEquals(List.of(new ClientCategories.Used("hair", 1, LocalDate.parse("2026-03-03")),
                new ClientCategories.Used("nails", 1, LocalDate.parse("2026-05-10"))),
                reports.clientCategories(history.salon, client("Eva"), null).used());
        // as of 19.03 Anna had had hair only (her first manicure was on 20.03)
        assertEquals(List.of("brows", "nails"), reports.clientCategories(history.salon, client("Anna"), "2026-03-19").neverUsed());
        assertThrows(NotFoundException.class, () -> reports.clientCategories(history.salon, history.otherClient, null));
        assertThrows(NotFoundException.class, () -> reports.clientCategories(history.salon, client("Lev"), null));
    }

    // ---- activity ----

    @Test
    void activityByLocalWeekdayAndHour() {
        Activity r = reports.activity(history.salon, MARCH);
        // a1 Sun 01:00 2000 · e2 Tue 10:00 2000 · b1 Thu 12:00 1500 · c1 Tue 11:00 5000 · l1 Thu 10:00 1500
        // · d2 Sun 10:00 1000 · a2 Fri 10:00 3500 (in UTC a1 would be Saturday 11:00)
        assertEquals(7, r.visits());
        assertEquals(16_500, r.revenue());
        assertEquals(168, r.cells().size());
        Map<String, Long> nonEmpty = r.cells().stream().filter(c -> c.visits() > 0)
                .collect(Collectors.toMap(c -> c.weekday() + "@" + c.hour(), Activity.Cell::revenue));
        assertEquals(Map.of("7@1", 2000L, "2@10", 2000L, "4@12", 1500L, "2@11", 5000L, "4@10", 1500L, "7@10", 1000L, "5@10", 3500L),
                nonEmpty);
        assertEquals(new Activity.Cell(2, null, 2, 7000), r.byWeekday().get(1));
        assertEquals(new Activity.Cell(null, 10, 4, 8000), r.byHour().get(10));
        assertEquals(List.of(0L, 2L, 0L, 2L, 1L, 0L, 2L), r.byWeekday().stream().map(Activity.Cell::visits).toList());
        Activity cora = reports.activity(history.salon, MARCH.withStaff(staff("C")));
        assertEquals(1, cora.visits());
    }

    // ---- tenancy and input ----

    @Test
    void anotherSalonsHistoryNeverShows() {
        // the other salon has a 99 999 visit on 10.03 by an instagram vip client
        assertEquals(16_500, reports.topClients(history.salon, MARCH, null, null).totalRevenue());
        assertEquals(0, reports.topClients(history.otherSalon, MARCH, null, null).totalRevenue() - 99_999);
        assertEquals(1, reports.returnability(history.otherSalon, MARCH, 30).total().clients());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> reports.masters(history.otherSalon, MARCH.withStaff(staff("A")), 30, 90));
        assertEquals(List.of(new FieldError("staffId", "no such master in this salon")), e.errors());
    }

    @Test
    void badInputNamesEveryField() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> reports.activity(history.salon,
                new ReportQuery("2026-13-01", "yesterday", -1L, "x".repeat(201), null, null)));
        assertEquals(List.of("to", "from", "staffId", "category"), e.errors().stream().map(FieldError::field).toList());
        assertEquals("from", assertThrows(InvalidInputException.class, () -> reports.activity(history.salon,
                ReportQuery.period("2026-04-01", "2026-03-01"))).errors().get(0).field());
        assertEquals("from", assertThrows(InvalidInputException.class, () -> reports.activity(history.salon,
                ReportQuery.period("2000-01-01", "2026-03-01"))).errors().get(0).field());
        assertEquals("days", assertThrows(InvalidInputException.class, () -> reports.returnability(history.salon, MARCH, 0))
                .errors().get(0).field());
        InvalidInputException lost = assertThrows(InvalidInputException.class, () -> reports.lostClients(history.salon, MARCH,
                0, "0.5", "name", 0, -1));
        assertEquals(List.of("thresholdDays", "k", "sort", "limit", "offset"), lost.errors().stream().map(FieldError::field).toList());
        assertEquals("k", assertThrows(InvalidInputException.class, () -> reports.lostClients(history.salon, MARCH, null, "1.234",
                null, null, null)).errors().get(0).field());
        assertEquals("k", assertThrows(InvalidInputException.class, () -> reports.lostClients(history.salon, MARCH, null, "two",
                null, null, null)).errors().get(0).field());
        assertEquals("by", assertThrows(InvalidInputException.class, () -> reports.topClients(history.salon, MARCH, "name", null))
                .errors().get(0).field());
    }

    // ---- helpers ----

    private static List<Object> figures(Returnability.Group g) {
        return List.of(g.clients(), g.returned(), g.returnRateBp());
    }

    private static Map<String, List<Object>> groups(List<Returnability.Group> groups, Function<String, String> key) {
        return groups.stream().collect(Collectors.toMap(g -> key.apply(g.key()),
                g -> List.of(g.clients(), g.returned(), g.returnRateBp())));
    }

    private static List<String> names(List<LostClients.Row> rows) {
        return rows.stream().map(LostClients.Row::name).toList();
    }

    private static List<String> names(TopClients r) {
        return r.clients().stream().map(TopClients.Row::name).toList();
    }
}
