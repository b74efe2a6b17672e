package app.atelier.plugins.discounts.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.api.pricing.BillLine;
import app.atelier.plugins.discounts.rules.BirthdayWindow;
import app.atelier.plugins.discounts.rules.Conditions;
import app.atelier.plugins.discounts.rules.DiscountKind;
import app.atelier.plugins.discounts.rules.Rule;
import app.atelier.plugins.discounts.rules.SpendTier;
import app.atelier.plugins.discounts.rules.Target;
import app.atelier.plugins.discounts.rules.TimeWindow;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each condition on its own, on the salon's wall clock. */
class EligibilityTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final List<BillLine> LINES = List.of(new BillLine("service", 1, "Cut", "Hair", 100_000, 1, 100_000));

    private static Rule rule(Conditions c) {
        return new Rule(1, "R", DiscountKind.PERCENT, 1000L, Target.bill(), c, true, true);
    }

    private static Conditions when(java.util.function.UnaryOperator<Conditions> f) {
        return f.apply(Conditions.NONE);
    }

    private static Occasion at(String local, String channel) {
        Instant start = LocalDateTime.parse(local).atZone(BERLIN).toInstant();
        return new Occasion(BERLIN, start, channel, "EUR", LINES, 100_000, 100_000);
    }

    private static ClientFacts client(LocalDate birthday, long paid, int visits, Instant last, String... tags) {
        return new ClientFacts(true, List.of(tags), birthday, paid, visits, last);
    }

    private static final Conditions HAPPY_HOURS = new Conditions(null, null, List.of(DayOfWeek.TUESDAY),
            new TimeWindow(LocalTime.of(11, 0), LocalTime.of(12, 0)), List.of(), List.of(), null, false, null, List.of(), null);

    @Test
    void happyHoursFollowTheSalonsWallClockOnBothSidesOfEachDstChange() {
        ClientFacts c = client(null, 0, 0, null);
        // summer time (UTC+2) before 25 Oct 2026, winter time (UTC+1) after; winter before 29 Mar 2026, summer after
        for (String day : List.of("2026-10-20", "2026-10-27", "2026-03-24", "2026-03-31")) {
            assertTrue(Eligibility.check(rule(HAPPY_HOURS), at(day + "T11:00", "admin"), c).holds(), day + " 11:00");
            assertTrue(Eligibility.check(rule(HAPPY_HOURS), at(day + "T11:59", "admin"), c).holds(), day + " 11:59");
            assertFalse(Eligibility.check(rule(HAPPY_HOURS), at(day + "T12:00", "admin"), c).holds(), day + " 12:00");
            assertFalse(Eligibility.check(rule(HAPPY_HOURS), at(day + "T10:59", "admin"), c).holds(), day + " 10:59");
            assertFalse(Eligibility.check(rule(HAPPY_HOURS), at(day + "T15:00", "admin"), c).holds(), day + " 15:00");
        }
        Verdict saturday = Eligibility.check(rule(HAPPY_HOURS), at("2026-10-24T11:00", "admin"), c);
        assertEquals("not on Saturday (only Tuesday)", saturday.whyNot());
        assertEquals("only 11:00–12:00, the visit starts at 15:00",
                Eligibility.check(rule(HAPPY_HOURS), at("2026-10-27T15:00", "admin"), c).whyNot());
    }

    @Test
    void aWindowPastMidnightAndTheWeekdayOfTheLocalDate() {
        Conditions late = new Conditions(null, null, List.of(DayOfWeek.TUESDAY), new TimeWindow(LocalTime.of(22, 0), LocalTime.of(2, 0)),
                List.of(), List.of(), null, false, null, List.of(), null);
        ClientFacts c = client(null, 0, 0, null);
        assertTrue(Eligibility.check(rule(late), at("2026-10-27T23:30", "admin"), c).holds());
        // Tuesday 00:30 in Berlin is Monday 23:30 UTC: the salon's day counts
        assertTrue(Eligibility.check(rule(late), at("2026-10-27T00:30", "admin"), c).holds());
        assertFalse(Eligibility.check(rule(late), at("2026-10-28T00:30", "admin"), c).holds());
    }

    @Test
    void validityDatesAreSalonLocalAndInclusive() {
        Conditions promo = new Conditions(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), List.of(), null, List.of(), List.of(),
                null, false, null, List.of(), null);
        ClientFacts c = client(null, 0, 0, null);
        assertTrue(Eligibility.check(rule(promo), at("2026-03-31T23:30", "admin"), c).holds());
        assertEquals("ended on 2026-03-31", Eligibility.check(rule(promo), at("2026-04-01T00:10", "admin"), c).whyNot());
        assertEquals("starts on 2026-03-01", Eligibility.check(rule(promo), at("2026-02-28T23:59", "admin"), c).whyNot());
    }

    @Test
    void birthdayWindowsCrossTheYearEndAndKeepFebruary29OnThe28th() {
        BirthdayWindow week = new BirthdayWindow(3, 3);
        assertTrue(week.contains(LocalDate.of(1990, 12, 30), LocalDate.of(2027, 1, 2)));
        assertTrue(week.contains(LocalDate.of(1990, 1, 2), LocalDate.of(2026, 12, 30)));
        assertFalse(week.contains(LocalDate.of(1990, 12, 30), LocalDate.of(2027, 1, 3)));
        BirthdayWindow day = new BirthdayWindow(0, 0);
        assertTrue(day.contains(LocalDate.of(2000, 2, 29), LocalDate.of(2027, 2, 28)));
        assertFalse(day.contains(LocalDate.of(2000, 2, 29), LocalDate.of(2027, 3, 1)));
        assertTrue(day.contains(LocalDate.of(2000, 2, 29), LocalDate.of(2028, 2, 29)));
        assertFalse(day.contains(LocalDate.of(2000, 2, 29), LocalDate.of(2028, 2, 28)));
        Conditions c = when(n -> new Conditions(null, null, List.of(), null, List.of(), List.of(), null, false, week, List.of(), null));
        assertEquals("the client's birthday is not on the card",
                Eligibility.check(rule(c), at("2026-05-05T10:00", "admin"), client(null, 0, 0, null)).whyNot());
    }

    @Test
    void spendTiersGiveTheHighestReachedValueAndResetAfterALongAbsence() {
        Conditions tiers = new Conditions(null, null, List.of(), null, List.of(),
                List.of(new SpendTier(100_000, 300), new SpendTier(300_000, 700)), 180, false, null, List.of(), null);
        Rule r = new Rule(1, "Loyalty", DiscountKind.PERCENT, null, Target.bill(), tiers, true, true);
        Occasion visit = at("2026-10-20T11:00", "admin");
        Instant recent = visit.start().minus(java.time.Duration.ofDays(30));
        assertFalse(Eligibility.check(r, visit, client(null, 99_999, 1, recent)).holds());
        assertEquals(300, Eligibility.check(r, visit, client(null, 100_000, 1, recent)).value());
        assertEquals(700, Eligibility.check(r, visit, client(null, 450_000, 3, recent)).value());
        Instant longAgo = LocalDateTime.parse("2026-04-22T18:00").atZone(BERLIN).toInstant();
        Verdict reset = Eligibility.check(r, visit, client(null, 450_000, 3, longAgo));
        assertFalse(reset.holds());
        assertTrue(reset.whyNot().startsWith("no visit for 181 days"), reset.whyNot());
        Instant justInTime = LocalDateTime.parse("2026-04-23T18:00").atZone(BERLIN).toInstant();
        assertEquals(700, Eligibility.check(r, visit, client(null, 450_000, 3, justInTime)).value());
    }

    @Test
    void firstVisitTagsChannelAndMinimumBill() {
        Conditions c = new Conditions(null, null, List.of(), null, List.of("VIP"), List.of(), null, true, null, List.of("online"), 100_001L);
        Occasion online = at("2026-10-20T11:00", "online");
        assertEquals("the bill 1000.00 EUR is below the minimum 1000.01 EUR",
                Eligibility.check(rule(c), online, client(null, 0, 0, null, "vip")).whyNot());
        Conditions lower = new Conditions(null, null, List.of(), null, List.of("VIP"), List.of(), null, true, null, List.of("online"),
                100_000L);
        assertTrue(Eligibility.check(rule(lower), online, client(null, 0, 0, null, "vip")).holds());
        assertEquals("only for visits booked online (this one: admin)",
                Eligibility.check(rule(lower), at("2026-10-20T11:00", "admin"), client(null, 0, 0, null, "vip")).whyNot());
        assertEquals("only for a first visit (the client has 1 completed)",
                Eligibility.check(rule(lower), online, client(null, 1, 1, null, "vip")).whyNot());
        assertEquals("only for clients tagged VIP", Eligibility.check(rule(lower), online, client(null, 0, 0, null, "regular")).whyNot());
    }
}
