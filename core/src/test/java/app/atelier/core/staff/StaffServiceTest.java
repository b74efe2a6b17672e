package app.atelier.core.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.core.auth.PasswordHasher;
import app.atelier.core.auth.UserService;
import app.atelier.core.common.FieldError;
import app.atelier.core.common.InvalidInputException;
import app.atelier.core.common.Json;
import app.atelier.core.common.NotFoundException;
import app.atelier.core.db.Database;
import app.atelier.core.salons.SalonService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaffServiceTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    Database db;
    StaffService staff;
    long salonA;
    long salonB;

    @BeforeEach
    void setUp() {
        db = Database.open(dir);
        staff = new StaffService(db, CLOCK, new SalonService(db, CLOCK, new UserService(new PasswordHasher(), CLOCK)));
        salonA = salon("a");
        salonB = salon("b");
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void createsAMasterWithSortedHoursAndDaysOff() {
        StaffMember m = staff.create(salonA, new StaffInput(" Ольга ", "стилист", "8 912 345 67 89", "Olga@Salon.ru", null,
                List.of(hours(2, "10:00", "19:00"), hours(1, "14:00", "20:00"), hours(1, "09:00", "13:00"),
                        hours(5, "22:00", "26:00")),
                List.of("2026-05-09", "2026-05-01", "2026-05-01")));
        assertEquals("Ольга", m.name());
        assertEquals("+79123456789", m.phone());
        assertEquals("olga@salon.ru", m.email());
        assertTrue(m.active());
        assertEquals(List.of(new WorkingHours(1, 540, 780), new WorkingHours(1, 840, 1200), new WorkingHours(2, 600, 1140),
                new WorkingHours(5, 1320, 1560)), m.hours());
        assertEquals(List.of(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 9)), m.daysOff());
        assertEquals(m, staff.get(salonA, m.id()));

        WorkingHours late = m.hours().get(3);
        assertEquals("26:00", late.end());
        assertTrue(late.endsNextDay());
        assertEquals(LocalTime.of(2, 0), late.endTime());
        String json = new Json().write(m);
        assertTrue(json.contains("\"start\":\"22:00\"") && json.contains("\"end\":\"26:00\""), json);
    }

    @Test
    void rejectsBadHoursNamingEachInterval() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> staff.create(salonA,
                StaffInput.named("Ольга").withHours(List.of(
                        hours(1, "10:00", "09:00"),   // 0: end before start
                        hours(8, "10:00", "18:00"),   // 1: no such weekday
                        hours(2, "9am", "18:00"),     // 2: not a time
                        hours(3, "09:00", "13:00"),   // 3: fine
                        hours(3, "12:00", "18:00"),   // 4: overlaps 3
                        hours(4, "20:00", "27:00"),   // 5: fine, runs into Friday
                        hours(5, "02:00", "10:00"),   // 6: overlaps the tail of 5
                        hours(7, "22:00", "25:00"),   // 7: Sunday night into Monday
                        hours(1, "00:30", "05:00"),   // 8: overlaps the tail of 7
                        hours(6, "10:00", "37:00"))))); // 9: past 36:00
        assertEquals(List.of("hours[0].end", "hours[1].weekday", "hours[2].start", "hours[9].end",
                "hours[4]", "hours[6]", "hours[8]"), fields(e));
        assertEquals(0, count("staff"));
    }

    @Test
    void adjacentIntervalsAreFine() {
        StaffMember m = staff.create(salonA, StaffInput.named("Ольга").withHours(List.of(
                hours(1, "09:00", "13:00"), hours(1, "13:00", "18:00"), hours(1, "22:00", "24:00"), hours(2, "00:00", "04:00"))));
        assertEquals(4, m.hours().size());
    }

    @Test
    void rejectsBadDaysOffPhoneAndEmailTogether() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> staff.create(salonA,
                new StaffInput("", "x".repeat(201), "123", "nope", true, null, List.of("2026-05-01", "01.05.2026"))));
        assertEquals(List.of("name", "position", "phone", "email", "daysOff[1]"), fields(e));
    }

    @Test
    void updateReplacesWhatIsGivenAndKeepsTheRest() {
        StaffMember m = staff.create(salonA, new StaffInput("Ольга", "стилист", "+79123456789", null, null,
                List.of(hours(1, "09:00", "18:00")), List.of("2026-05-01")));
        StaffMember u = staff.update(salonA, m.id(), new StaffInput(null, "", null, "o@salon.ru", null,
                List.of(hours(2, "10:00", "16:00")), List.of()));
        assertEquals(new StaffMember(m.id(), "Ольга", null, "+79123456789", "o@salon.ru", true,
                List.of(new WorkingHours(2, 600, 960)), List.of(), m.createdAt()), u);

        assertThrows(InvalidInputException.class, () -> staff.update(salonA, m.id(),
                new StaffInput("Новое имя", null, null, null, null, List.of(hours(3, "18:00", "10:00")), List.of("2026-06-01"))));
        assertEquals(u, staff.get(salonA, m.id()));
    }

    @Test
    void deactivatedMastersStayForHistory() {
        StaffMember olga = staff.create(salonA, StaffInput.named("Ольга"));
        StaffMember anna = staff.create(salonA, StaffInput.named("Анна"));
        assertFalse(staff.deactivate(salonA, olga.id()).active());
        assertEquals(List.of(anna.id()), staff.list(salonA, false).stream().map(StaffMember::id).toList());
        assertEquals(List.of(anna.id(), olga.id()), staff.list(salonA, true).stream().map(StaffMember::id).toList());
        assertFalse(staff.get(salonA, olga.id()).active());
        assertTrue(staff.update(salonA, olga.id(), new StaffInput(null, null, null, null, true, null, null)).active());
    }

    @Test
    void anotherSalonsMasterIsNotFound() {
        StaffMember m = staff.create(salonA, StaffInput.named("Ольга").withHours(List.of(hours(1, "09:00", "18:00"))));
        assertThrows(NotFoundException.class, () -> staff.get(salonB, m.id()));
        assertThrows(NotFoundException.class, () -> staff.update(salonB, m.id(), StaffInput.named("Взлом").withHours(List.of())));
        assertThrows(NotFoundException.class, () -> staff.deactivate(salonB, m.id()));
        assertTrue(db.read(h -> staff.find(h, salonB, m.id())).isEmpty());
        assertEquals(List.of(), staff.list(salonB, true));
        assertEquals(m, staff.get(salonA, m.id()));
    }

    private static StaffInput.Hours hours(int weekday, String start, String end) {
        return new StaffInput.Hours(weekday, start, end);
    }

    private static List<String> fields(InvalidInputException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }

    private int count(String table) {
        return db.read(h -> h.createQuery("SELECT count(*) FROM " + table).mapTo(Integer.class).one());
    }

    private long salon(String slug) {
        return db.write(h -> {
            h.execute("INSERT OR IGNORE INTO tariff (name, created_at) VALUES ('basic', 0)");
            return h.createUpdate("""
                            INSERT INTO salon (slug, name, timezone, currency, country, locale, tariff_id, created_at)
                            VALUES (:slug, :slug, 'Europe/Moscow', 'RUB', 'RU', 'ru', (SELECT id FROM tariff), 0)""")
                    .bind("slug", slug).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        });
    }
}
