package app.atelier.plugins.reminders.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class OffsetTest {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void parsesListsLongestFirstWithoutDuplicates() {
        assertEquals(List.of(new Offset(24, false), new Offset(2, false)), Offset.parseList("2h, 24h,2h", 1, 72));
        assertEquals(List.of(new Offset(2, true), new Offset(36, false), new Offset(1, false)),
                Offset.parseList("1h 36h;2d", 1, 72));
        assertEquals("1d", Offset.parse("1D", 2, 168).label());
    }

    @Test
    void refusesWhatItCannotRead() {
        assertThrows(IllegalArgumentException.class, () -> Offset.parseList("", 1, 72));
        assertThrows(IllegalArgumentException.class, () -> Offset.parseList("2 hours", 1, 72));
        assertThrows(IllegalArgumentException.class, () -> Offset.parseList("0h", 1, 72));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Offset.parseList("73h", 1, 72)).getMessage().contains("1h to 72h"));
        assertThrows(IllegalArgumentException.class, () -> Offset.parseList("4d", 1, 72));
        assertThrows(IllegalArgumentException.class, () -> Offset.parse("24h,2h", 1, 72));
    }

    @Test
    void aDayBeforeIsTheSameWallTimeAcrossTheSwitchToSummerTime() {
        Instant start = LocalDateTime.parse("2026-03-29T10:00").atZone(BERLIN).toInstant();
        assertEquals(LocalDateTime.parse("2026-03-28T10:00"), new Offset(1, true).before(start, BERLIN).atZone(BERLIN).toLocalDateTime());
        assertEquals(LocalDateTime.parse("2026-03-28T09:00"), new Offset(24, false).before(start, BERLIN).atZone(BERLIN).toLocalDateTime());
        Instant autumn = LocalDateTime.parse("2026-10-25T10:00").atZone(BERLIN).toInstant();
        assertEquals(Duration.ofHours(25), Duration.between(new Offset(1, true).before(autumn, BERLIN), autumn));
    }

    @Property
    void hoursAreElapsedTime(@ForAll @IntRange(min = 1, max = 72) int hours,
                             @ForAll @LongRange(min = 1_700_000_000L, max = 1_900_000_000L) long epochSecond) {
        Instant start = Instant.ofEpochSecond(epochSecond);
        assertEquals(Duration.ofHours(hours), Duration.between(new Offset(hours, false).before(start, BERLIN), start));
    }

    @Property
    void daysKeepTheWallTimeUnlessItFallsIntoAGap(@ForAll @IntRange(min = 1, max = 7) int days,
                                                  @ForAll @LongRange(min = 1_700_000_000L, max = 1_900_000_000L) long epochSecond) {
        Instant start = Instant.ofEpochSecond(epochSecond);
        LocalDateTime wall = start.atZone(BERLIN).toLocalDateTime();
        LocalDateTime before = new Offset(days, true).before(start, BERLIN).atZone(BERLIN).toLocalDateTime();
        LocalDateTime expected = wall.minusDays(days);
        boolean gap = BERLIN.getRules().getValidOffsets(expected).isEmpty();
        assertTrue(gap ? before.isAfter(expected) && before.isBefore(expected.plusHours(2)) : before.equals(expected),
                wall + " - " + days + "d = " + before);
        long hours = Duration.between(new Offset(days, true).before(start, BERLIN), start).toHours();
        assertTrue(Math.abs(hours - 24L * days) <= 1, "at most one DST hour off: " + hours);
    }

    @Property
    void labelsParseBack(@ForAll @IntRange(min = 1, max = 72) int hours) {
        Offset offset = new Offset(hours, false);
        assertEquals(offset, Offset.parse(offset.label(), 1, 72));
    }
}
