package app.atelier.plugins.booking.slots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.api.data.StaffView.Hours;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Free times on hand-checked days: breaks, visits with pauses, days off, lead time, horizon, midnight, DST. */
class SlotEngineTest {
    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    // Monday 2026-11-30, 12:00 in Moscow
    static final Instant MONDAY_NOON = Instant.parse("2026-11-30T09:00:00Z");
    static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);

    static SlotQuery query(ZoneId zone, Instant now, LocalDate date, int duration, int buffer, int step, int lead, int horizon) {
        return new SlotQuery(zone, now, date, duration, buffer, step, lead, horizon);
    }

    static StaffSchedule staff(List<Hours> hours, Set<LocalDate> daysOff, List<Busy> busy) {
        return new StaffSchedule(1, hours, daysOff, busy);
    }

    static List<Hours> weekdays(int from, int to) {
        List<Hours> hours = new ArrayList<>();
        for (int d = 1; d <= 7; d++) {
            hours.add(new Hours(d, from, to));
        }
        return hours;
    }

    static List<String> local(List<Instant> slots, ZoneId zone) {
        return slots.stream().map(i -> i.atZone(zone).toLocalDateTime().toString()).toList();
    }

    static Instant at(ZoneId zone, String local) {
        return LocalDateTime.parse(local).atZone(zone).toInstant();
    }

    @Test
    void aPlainDayHasAStartEveryStepThatStillEndsInsideWorkingHours() {
        List<Instant> slots = SlotEngine.slots(query(MOSCOW, MONDAY_NOON, TUESDAY, 60, 0, 15, 0, 30),
                staff(weekdays(600, 1200), Set.of(), List.of()));
        assertEquals(37, slots.size(), "10:00, 10:15 … 19:00");
        assertEquals("2026-12-01T10:00", local(slots, MOSCOW).get(0));
        assertEquals("2026-12-01T19:00", local(slots, MOSCOW).get(36));
    }

    @Test
    void aBreakBetweenTwoIntervalsHoldsNoVisit() {
        List<Hours> hours = List.of(new Hours(2, 600, 840), new Hours(2, 900, 1200));
        List<String> slots = local(SlotEngine.slots(query(MOSCOW, MONDAY_NOON, TUESDAY, 60, 0, 15, 0, 30),
                staff(hours, Set.of(), List.of())), MOSCOW);
        assertTrue(slots.contains("2026-12-01T13:00"), "ends as the break starts");
        assertFalse(slots.contains("2026-12-01T13:15"), "would run into the break");
        assertFalse(slots.contains("2026-12-01T14:30"));
        assertTrue(slots.contains("2026-12-01T15:00"));
    }

    @Test
    void visitsKeepTheirPauseAndTheNewVisitKeepsItsOwn() {
        Busy visit = new Busy(at(MOSCOW, "2026-12-01T12:00"), at(MOSCOW, "2026-12-01T13:15")); // 12–13 + 15 min pause
        StaffSchedule vera = staff(weekdays(600, 1200), Set.of(), List.of(visit));
        List<String> noPause = local(SlotEngine.slots(query(MOSCOW, MONDAY_NOON, TUESDAY, 60, 0, 15, 0, 30), vera), MOSCOW);
        assertTrue(noPause.contains("2026-12-01T11:00"));
        assertFalse(noPause.contains("2026-12-01T11:15"));
        assertFalse(noPause.contains("2026-12-01T13:00"), "the visit's pause runs to 13:15");
        assertTrue(noPause.contains("2026-12-01T13:15"));
        List<String> ownPause = local(SlotEngine.slots(query(MOSCOW, MONDAY_NOON, TUESDAY, 60, 15, 15, 0, 30), vera), MOSCOW);
        assertFalse(ownPause.contains("2026-12-01T11:00"), "its own 15 minutes would run into the 12:00 visit");
        assertTrue(ownPause.contains("2026-12-01T10:45"));
    }

    @Test
    void aDayOffCancelsTheShiftsStartingThatDayButNotLastNightsTail() {
        List<Hours> hours = List.of(new Hours(1, 1200, 1560), new Hours(2, 600, 1200)); // Monday 20:00–02:00, Tuesday 10–20
        List<String> slots = local(SlotEngine.slots(query(MOSCOW, MONDAY_NOON, TUESDAY, 60, 0, 30, 0, 30),
                staff(hours, Set.of(TUESDAY), List.of())), MOSCOW);
        assertEquals(List.of("2026-12-01T00:00", "2026-12-01T00:30", "2026-12-01T01:00"), slots);
    }

    @Test
    void leadTimeAndHorizonHold() {
        Instant tuesday1020 = at(MOSCOW, "2026-12-01T10:20");
        List<String> today = local(SlotEngine.slots(query(MOSCOW, tuesday1020, TUESDAY, 60, 0, 15, 60, 1),
                staff(weekdays(600, 1200), Set.of(), List.of())), MOSCOW);
        assertEquals("2026-12-01T11:30", today.get(0), "an hour from 10:20, on the 15-minute grid");
        StaffSchedule vera = staff(weekdays(600, 1200), Set.of(), List.of());
        assertFalse(SlotEngine.slots(query(MOSCOW, tuesday1020, TUESDAY.plusDays(1), 60, 0, 15, 60, 1), vera).isEmpty());
        assertTrue(SlotEngine.slots(query(MOSCOW, tuesday1020, TUESDAY.plusDays(2), 60, 0, 15, 60, 1), vera).isEmpty(),
                "beyond the horizon");
        assertTrue(SlotEngine.slots(query(MOSCOW, tuesday1020, TUESDAY.minusDays(1), 60, 0, 15, 0, 1), vera).isEmpty(),
                "the past");
    }

    @Test
    void aShiftPastMidnightGivesStartsOnBothDaysAndVisitsMayCrossMidnight() {
        List<Hours> friday = List.of(new Hours(5, 1200, 1560)); // Friday 20:00 – Saturday 02:00
        Instant now = at(MOSCOW, "2026-12-01T12:00");
        StaffSchedule night = staff(friday, Set.of(), List.of());
        List<String> fri = local(SlotEngine.slots(query(MOSCOW, now, LocalDate.of(2026, 12, 4), 60, 0, 30, 0, 30), night), MOSCOW);
        List<String> sat = local(SlotEngine.slots(query(MOSCOW, now, LocalDate.of(2026, 12, 5), 60, 0, 30, 0, 30), night), MOSCOW);
        assertEquals("2026-12-04T20:00", fri.get(0));
        assertEquals("2026-12-04T23:30", fri.get(fri.size() - 1), "ends at 00:30 on Saturday");
        assertEquals(List.of("2026-12-05T00:00", "2026-12-05T00:30", "2026-12-05T01:00"), sat);
    }

    @Test
    void adjacentIntervalsAcrossMidnightJoinUp() {
        List<Hours> hours = List.of(new Hours(1, 1200, 1440), new Hours(2, 0, 240)); // Mon 20–24, Tue 00–04
        List<String> monday = local(SlotEngine.slots(query(MOSCOW, MONDAY_NOON, LocalDate.of(2026, 11, 30), 90, 0, 30, 0, 30),
                staff(hours, Set.of(), List.of())), MOSCOW);
        assertTrue(monday.contains("2026-11-30T23:30"), "a visit from 23:30 to 01:00 fits into the joined night");
    }

    @Test
    void onTheSpringForwardNightSkippedWallTimesGiveNoStartAndTheShiftIsAnHourShorter() {
        LocalDate sunday = LocalDate.of(2026, 3, 29); // Berlin: 02:00 CET becomes 03:00 CEST
        Instant now = Instant.parse("2026-03-27T12:00:00Z");
        StaffSchedule night = staff(List.of(new Hours(7, 0, 360), new Hours(7, 600, 1200)), Set.of(), List.of());
        List<Instant> slots = SlotEngine.slots(query(BERLIN, now, sunday, 60, 0, 30, 0, 30), night);
        List<String> wall = local(slots, BERLIN);
        assertFalse(wall.stream().anyMatch(t -> t.startsWith("2026-03-29T02:")), wall.toString());
        assertEquals(List.of("2026-03-29T00:00", "2026-03-29T00:30", "2026-03-29T01:00", "2026-03-29T01:30",
                "2026-03-29T03:00", "2026-03-29T03:30", "2026-03-29T04:00", "2026-03-29T04:30", "2026-03-29T05:00"),
                wall.subList(0, 9));
        assertTrue(slots.contains(Instant.parse("2026-03-29T08:00:00Z")), "10:00 is summer time: 08:00 UTC");
        assertEquals(Instant.parse("2026-03-29T17:00:00Z"), slots.get(slots.size() - 1), "19:00 summer time");
    }

    @Test
    void onTheFallBackNightTheRepeatedHourGivesBothInstants() {
        LocalDate sunday = LocalDate.of(2026, 10, 25); // Berlin: 03:00 CEST becomes 02:00 CET
        Instant now = Instant.parse("2026-10-23T12:00:00Z");
        List<Instant> slots = SlotEngine.slots(query(BERLIN, now, sunday, 60, 0, 30, 0, 30),
                staff(List.of(new Hours(7, 0, 360)), Set.of(), List.of()));
        assertEquals(13, slots.size(), "11 wall times, two of which happen twice");
        assertTrue(slots.contains(Instant.parse("2026-10-25T00:00:00Z")), "02:00 summer time");
        assertTrue(slots.contains(Instant.parse("2026-10-25T01:00:00Z")), "02:00 winter time");
        assertEquals(Instant.parse("2026-10-25T04:00:00Z"), slots.get(slots.size() - 1), "05:00 winter time, ends at 06:00");
    }

    @Test
    void anyMasterMergesFreeTimesAndListsWhoIsFree() {
        StaffSchedule vera = new StaffSchedule(1, weekdays(600, 720), Set.of(), List.of());
        StaffSchedule alina = new StaffSchedule(2, weekdays(660, 780), Set.of(), List.of());
        List<Slot> merged = SlotEngine.merged(query(MOSCOW, MONDAY_NOON, TUESDAY, 60, 0, 60, 0, 30), List.of(vera, alina));
        assertEquals(3, merged.size());
        assertEquals(List.of(1L), merged.get(0).staffIds());
        assertEquals(List.of(1L, 2L), merged.get(1).staffIds());
        assertEquals(List.of(2L), merged.get(2).staffIds());
    }
}
