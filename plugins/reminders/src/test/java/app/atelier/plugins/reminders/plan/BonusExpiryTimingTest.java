package app.atelier.plugins.reminders.plan;

import static app.atelier.plugins.reminders.plan.TimingTest.BERLIN;
import static app.atelier.plugins.reminders.plan.TimingTest.berlin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.plugins.reminders.RemindersSettings;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When a warning before bonus points expire goes, and the key that keeps it single. */
class BonusExpiryTimingTest {
    private static final Offset WEEK = new Offset(7, true);
    private static final Offset DAY = new Offset(1, true);

    @Test
    void theWarningGoesAtTheMessageHourOfTheDayTheOffsetLeadsTo() {
        Instant expiry = berlin("2026-12-20T00:00");
        Instant now = berlin("2026-12-01T09:00");

        Intent week = Timing.bonusExpiry(11, 5, WEEK, expiry, BERLIN, now).orElseThrow();
        Intent day = Timing.bonusExpiry(11, 5, DAY, expiry, BERLIN, now).orElseThrow();

        assertEquals(berlin("2026-12-13T11:00"), week.dueAt());
        assertEquals(berlin("2026-12-19T11:00"), day.dueAt());
        assertEquals(expiry, week.expiresAt(), "pointless once the points have expired");
        assertNull(week.visitId());
        assertNull(week.skipReason());
        assertEquals("reminders:bonus_expiry:c5:7d@" + expiry.getEpochSecond(), week.dedupKey());
        assertEquals("reminders:bonus_expiry:c5:1d@" + expiry.getEpochSecond(), day.dedupKey());
    }

    @Test
    void calendarDaysAcrossTheDstChangeKeepTheMessageHour() {
        // clocks go back on 25 October 2026 in Berlin: seven calendar days are 169 hours
        Instant expiry = berlin("2026-10-29T18:00");
        Intent week = Timing.bonusExpiry(11, 5, WEEK, expiry, BERLIN, berlin("2026-10-01T00:00")).orElseThrow();
        assertEquals(berlin("2026-10-22T11:00"), week.dueAt());
    }

    @Test
    void aWarningWhoseTimeHadPassedIsRecordedAsSkipped() {
        Instant expiry = berlin("2026-12-20T00:00");
        Intent late = Timing.bonusExpiry(11, 5, WEEK, expiry, BERLIN, berlin("2026-12-15T09:00")).orElseThrow();
        assertTrue(late.skipReason() != null && late.skipReason().contains("passed"), String.valueOf(late.skipReason()));
    }

    @Test
    void anExpiryEarlyInTheDayIsStillWarnedTheDayBefore() {
        // the message hour 11 comes after the 10:00 expiry on its own day: "1d" means the calendar day before
        Instant expiry = berlin("2026-12-20T10:00");
        assertEquals(berlin("2026-12-19T11:00"),
                Timing.bonusExpiry(11, 5, DAY, expiry, BERLIN, berlin("2026-12-01T00:00")).orElseThrow().dueAt());
    }

    @Test
    void theSlotNamesTheExpiry() {
        Instant expiry = Instant.parse("2026-12-20T00:00:00Z");
        String slot = Timing.bonusSlot(WEEK, expiry);
        assertEquals("7d@" + expiry.getEpochSecond(), slot);
        assertEquals(Optional.of(expiry), Timing.bonusSlotExpiry(slot));
        assertEquals(Optional.empty(), Timing.bonusSlotExpiry("-"));
    }

    @Test
    void settingsDefaultToSevenAndOneDayAndRefuseHours() {
        RemindersSettings defaults = TimingTest.settings(Map.of());
        assertTrue(defaults.bonusExpiry());
        assertEquals(List.of(WEEK, DAY), defaults.bonusExpiryOffsets());
        RemindersSettings odd = TimingTest.settings(Map.of("bonusExpiryOffsets", "2h"));
        assertEquals(List.of(WEEK, DAY), odd.bonusExpiryOffsets());
        assertTrue(odd.warnings().stream().anyMatch(w -> w.startsWith("bonusExpiryOffsets:")), odd.warnings().toString());
        assertEquals(List.of(new Offset(14, true), new Offset(3, true)),
                TimingTest.settings(Map.of("bonusExpiryOffsets", "3d, 14d")).bonusExpiryOffsets());
    }
}
