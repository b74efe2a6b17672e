package app.atelier.plugins.booking.slots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.api.data.StaffView.Hours;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Properties of free-time search over random weeks (several intervals a day, shifts past
 * midnight), days off, visits with pauses, lead times and horizons, in zones with and without DST
 * and on days around the DST changes. Working time is checked against an independent reading of
 * the week: every wall-clock interval mapped to instants on its own.
 */
class SlotEnginePropertiesTest {
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Berlin"), ZoneId.of("Europe/Moscow"),
            ZoneId.of("America/New_York"), ZoneId.of("UTC"));
    // DST changes of 2026 in Berlin and New York, and ordinary days
    private static final List<LocalDate> DAYS = List.of(LocalDate.of(2026, 3, 29), LocalDate.of(2026, 3, 30),
            LocalDate.of(2026, 10, 25), LocalDate.of(2026, 10, 26), LocalDate.of(2026, 3, 8), LocalDate.of(2026, 11, 1),
            LocalDate.of(2026, 12, 1), LocalDate.of(2026, 6, 15));

    record Case(ZoneId zone, LocalDate date, List<Hours> hours, Set<LocalDate> daysOff, List<Busy> busy, int duration,
                int buffer, int step, int lead, int horizon, int nowHoursBefore) {
        Instant now() {
            return date.atStartOfDay(zone).toInstant().minus(Duration.ofHours(nowHoursBefore));
        }

        SlotQuery query() {
            return new SlotQuery(zone, now(), date, duration, buffer, step, lead, horizon);
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<List<Hours>> hours = interval().list().ofMinSize(1).ofMaxSize(12);
        Arbitrary<List<Integer>> offDays = Arbitraries.integers().between(-2, 2).list().ofMaxSize(1);
        Arbitrary<List<int[]>> visits = Arbitraries.integers().between(-1440, 2 * 1440).flatMap(start ->
                Arbitraries.integers().between(15, 240).flatMap(len -> Arbitraries.integers().between(0, 30)
                        .map(pause -> new int[] {start, len, pause}))).list().ofMaxSize(6);
        return Combinators.combine(Arbitraries.of(ZONES), Arbitraries.of(DAYS), hours, offDays, visits,
                        Arbitraries.of(30, 45, 60, 90, 150), Arbitraries.of(0, 10, 15), Arbitraries.of(15, 20, 30, 60))
                .flatAs((zone, date, h, off, v, duration, buffer, step) -> Combinators.combine(
                                Arbitraries.of(0, 0, 60, 120, 1440), Arbitraries.of(0, 1, 7, 30, 30),
                                Arbitraries.integers().between(-12, 72))
                        .as((lead, horizon, before) -> {
                            Set<LocalDate> daysOff = new HashSet<>();
                            off.forEach(d -> daysOff.add(date.plusDays(d)));
                            List<Busy> busy = new ArrayList<>();
                            Instant midnight = date.atStartOfDay(zone).toInstant();
                            for (int[] x : v) {
                                Instant s = midnight.plus(Duration.ofMinutes(x[0]));
                                busy.add(new Busy(s, s.plus(Duration.ofMinutes(x[1] + x[2]))));
                            }
                            // most weeks work on the asked day, so that most cases have free times to check
                            List<Hours> week = new ArrayList<>(h);
                            Hours first = week.get(0);
                            week.set(0, new Hours(date.getDayOfWeek().getValue(), first.startMinute(), first.endMinute()));
                            return new Case(zone, date, withoutOverlaps(week), daysOff, busy, duration, buffer, step, lead,
                                    horizon, before);
                        }));
    }

    private static Arbitrary<Hours> interval() {
        return Combinators.combine(Arbitraries.integers().between(1, 7), Arbitraries.integers().between(0, 95),
                Arbitraries.integers().between(2, 64)).as((day, start, len) -> new Hours(day, start * 15, start * 15 + len * 15));
    }

    /** The core refuses overlapping intervals anywhere in the week (a late shift included); so do we. */
    static List<Hours> withoutOverlaps(List<Hours> raw) {
        List<Hours> kept = new ArrayList<>();
        for (Hours h : raw) {
            boolean clash = kept.stream().anyMatch(k -> overlap(k, h));
            if (!clash) {
                kept.add(h);
            }
        }
        return kept;
    }

    private static boolean overlap(Hours a, Hours b) {
        long week = 7 * 1440;
        long as = (a.weekday() - 1L) * 1440 + a.startMinute();
        long ae = (a.weekday() - 1L) * 1440 + a.endMinute();
        for (long shift : new long[] {-week, 0, week}) {
            long bs = (b.weekday() - 1L) * 1440 + b.startMinute() + shift;
            long be = (b.weekday() - 1L) * 1440 + b.endMinute() + shift;
            if (as < be && bs < ae) {
                return true;
            }
        }
        return false;
    }

    /** Working time read independently: each interval of each day (not a day off) on its own, as instants. */
    static List<Instant[]> working(Case c) {
        List<Instant[]> result = new ArrayList<>();
        for (LocalDate d = c.date().minusDays(2); !d.isAfter(c.date().plusDays(2)); d = d.plusDays(1)) {
            if (c.daysOff().contains(d)) {
                continue;
            }
            for (Hours h : c.hours()) {
                if (h.weekday() == d.getDayOfWeek().getValue()) {
                    result.add(new Instant[] {ZonedDateTime.of(d.atStartOfDay().plusMinutes(h.startMinute()), c.zone()).toInstant(),
                            ZonedDateTime.of(d.atStartOfDay().plusMinutes(h.endMinute()), c.zone()).toInstant()});
                }
            }
        }
        result.sort(Comparator.comparing(w -> w[0]));
        return result;
    }

    /** Whether {@code [from, to)} is covered by the union of the intervals. */
    static boolean covered(List<Instant[]> intervals, Instant from, Instant to) {
        Instant reached = from;
        for (Instant[] w : intervals) {
            if (!w[0].isAfter(reached) && w[1].isAfter(reached)) {
                reached = w[1];
            }
            if (!reached.isBefore(to)) {
                return true;
            }
        }
        return !reached.isBefore(to);
    }

    @Property(tries = 600)
    void everyFreeTimeLiesInsideWorkingHoursAndOutsideBreaksAndDaysOff(@ForAll("cases") Case c) {
        List<Instant[]> working = working(c);
        for (Instant start : SlotEngine.slots(c.query(), staffOf(c))) {
            Instant end = start.plus(Duration.ofMinutes(c.duration()));
            assertTrue(covered(working, start, end), () -> c + ": " + start + " runs outside working time");
        }
    }

    @Property(tries = 600)
    void noFreeTimeOverlapsAVisitOrItsPause(@ForAll("cases") Case c) {
        for (Instant start : SlotEngine.slots(c.query(), staffOf(c))) {
            Instant endWithPause = start.plus(Duration.ofMinutes(c.duration() + c.buffer()));
            for (Busy b : c.busy()) {
                assertFalse(b.start().isBefore(endWithPause) && start.isBefore(b.end()), () -> c + ": " + start + " overlaps " + b);
            }
        }
    }

    @Property(tries = 600)
    void leadTimeHorizonAndTheAskedDayHold(@ForAll("cases") Case c) {
        SlotQuery q = c.query();
        List<Instant> slots = SlotEngine.slots(q, staffOf(c));
        Statistics.label("free times").collect(slots.isEmpty() ? "none" : slots.size() < 10 ? "1-9" : "10+");
        for (Instant start : slots) {
            assertFalse(start.isBefore(q.now().plus(Duration.ofMinutes(c.lead()))), () -> c + ": " + start + " inside lead time");
            assertEquals(c.date(), start.atZone(c.zone()).toLocalDate(), () -> c + ": " + start + " is on another day");
        }
        if (c.date().isAfter(q.lastDay()) || c.date().isBefore(q.today())) {
            assertTrue(slots.isEmpty(), () -> c + ": beyond the horizon or in the past but " + slots);
        }
        assertEquals(slots.size(), new HashSet<>(slots).size(), "no start twice");
    }

    @Property(tries = 300)
    void freeTimesAreExactlyTheGridStartsThatFit(@ForAll("cases") Case c) {
        // the converse of the properties above: a grid start that fits everything is offered
        Set<Instant> slots = new HashSet<>(SlotEngine.slots(c.query(), staffOf(c)));
        List<Instant[]> working = working(c);
        SlotQuery q = c.query();
        if (c.date().isAfter(q.lastDay()) || c.date().isBefore(q.today())) {
            return;
        }
        for (LocalDate d : List.of(c.date().minusDays(1), c.date())) {
            if (c.daysOff().contains(d)) {
                continue;
            }
            for (Hours h : c.hours()) {
                if (h.weekday() != d.getDayOfWeek().getValue()) {
                    continue;
                }
                for (int m = h.startMinute(); m < h.endMinute(); m += c.step()) {
                    var wall = d.atStartOfDay().plusMinutes(m);
                    for (var offset : c.zone().getRules().getValidOffsets(wall)) {
                        Instant s = wall.toInstant(offset);
                        Instant e = s.plus(Duration.ofMinutes(c.duration()));
                        boolean fits = wall.toLocalDate().equals(c.date()) && !s.isBefore(q.now().plus(Duration.ofMinutes(c.lead())))
                                && covered(working, s, e) && c.busy().stream().noneMatch(b ->
                                b.start().isBefore(e.plus(Duration.ofMinutes(c.buffer()))) && s.isBefore(b.end()));
                        assertEquals(fits, slots.contains(s), () -> c + ": " + s);
                    }
                }
            }
        }
    }

    private static StaffSchedule staffOf(Case c) {
        return new StaffSchedule(1, c.hours(), c.daysOff(), c.busy());
    }
}
