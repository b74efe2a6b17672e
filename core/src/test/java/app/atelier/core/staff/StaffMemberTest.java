package app.atelier.core.staff;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whether a time lies within a master's shifts: weekday hours, shifts past midnight, days off. */
class StaffMemberTest {
    // Monday 10:00–20:00; Friday 18:00–02:00 (next day); 2026-12-04 (a Friday) off
    private static final StaffMember MILA = new StaffMember(1, "Mila", null, null, null, true,
            List.of(new WorkingHours(1, 600, 1200), new WorkingHours(5, 1080, 1560)), List.of(LocalDate.parse("2026-12-04")),
            Instant.EPOCH);

    @Test
    void insideAndOutsideTheDaysShift() {
        assertTrue(MILA.works(at("2026-11-30T10:00"), at("2026-11-30T11:00")), "Monday morning");
        assertTrue(MILA.works(at("2026-11-30T19:00"), at("2026-11-30T20:00")), "ends exactly when the shift does");
        assertFalse(MILA.works(at("2026-11-30T09:30"), at("2026-11-30T10:30")), "starts before the shift");
        assertFalse(MILA.works(at("2026-11-30T19:30"), at("2026-11-30T20:30")), "runs past it");
        assertFalse(MILA.works(at("2026-12-01T12:00"), at("2026-12-01T13:00")), "Tuesday is not a working day");
    }

    @Test
    void aShiftPastMidnightAndADayOff() {
        assertTrue(MILA.works(at("2026-11-28T00:30"), at("2026-11-28T01:30")), "Saturday 00:30 is Friday's shift");
        assertFalse(MILA.works(at("2026-11-28T01:30"), at("2026-11-28T02:30")), "the Friday shift ends at 02:00");
        assertFalse(MILA.works(at("2026-12-04T19:00"), at("2026-12-04T20:00")), "Friday 4 December is a day off");
        assertFalse(MILA.works(at("2026-12-05T00:30"), at("2026-12-05T01:00")), "so is its shift's tail after midnight");
    }

    private static LocalDateTime at(String text) {
        return LocalDateTime.parse(text);
    }
}
