package app.atelier.plugins.bonus.gifts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BirthdayWindowTest {

    @Test
    void dueFromDaysBeforeUpToTheBirthday() {
        LocalDate birthday = LocalDate.of(1990, 12, 10);
        assertEquals(Optional.empty(), BirthdayWindow.due(LocalDate.of(2026, 12, 2), birthday, 7));
        assertEquals(Optional.of(LocalDate.of(2026, 12, 10)), BirthdayWindow.due(LocalDate.of(2026, 12, 3), birthday, 7));
        assertEquals(Optional.of(LocalDate.of(2026, 12, 10)), BirthdayWindow.due(LocalDate.of(2026, 12, 10), birthday, 7));
        assertEquals(Optional.empty(), BirthdayWindow.due(LocalDate.of(2026, 12, 11), birthday, 7));
    }

    @Test
    void theWindowCrossesTheNewYearIntoTheNextBirthday() {
        assertEquals(Optional.of(LocalDate.of(2027, 1, 2)), BirthdayWindow.due(LocalDate.of(2026, 12, 28), LocalDate.of(1985, 1, 2), 7));
    }

    @Test
    void aLeapDayBirthdayFallsOnTheLastDayOfFebruary() {
        assertEquals(Optional.of(LocalDate.of(2027, 2, 28)), BirthdayWindow.due(LocalDate.of(2027, 2, 28), LocalDate.of(2000, 2, 29), 0));
        assertEquals(Optional.of(LocalDate.of(2028, 2, 29)), BirthdayWindow.due(LocalDate.of(2028, 2, 27), LocalDate.of(2000, 2, 29), 3));
    }
}
